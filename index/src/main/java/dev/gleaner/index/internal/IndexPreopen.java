package dev.gleaner.index.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index opened for reading on another thread while a one-shot command reads its command line and
 * opens the library: the analysis (the synonym map from its cache) and a reader of the last commit.
 * It writes nothing and takes no lock, so it may start before the workspace is locked; the index it
 * read is taken only if it is still the latest commit once the workspace is locked ({@link #take}).
 */
public final class IndexPreopen {
    /** The name of the thread {@link #start} starts. */
    static final String THREAD = "gleaner-index-preopen";

    /** What the thread opened: the folder, the analysis, the directory and its reader, the sequence. */
    record Opened(
            Path dir,
            Path userSynonyms,
            GleanerAnalysis analysis,
            Directory directory,
            DirectoryReader reader,
            long sequence) {
        void close() {
            try {
                reader.close();
                directory.close();
            } catch (IOException | RuntimeException ignored) {
                // only read; nothing to lose
            }
        }
    }

    private static final Object LOCK = new Object();
    private static CompletableFuture<Optional<Opened>> pending;

    private IndexPreopen() {}

    /**
     * Starts opening the index in {@code dir} for reading on a thread of its own and returns at once.
     * Nothing is created or written: a missing, older or damaged index is left for {@link
     * LuceneSearchIndex#open(Path, Path)} to find and repair.
     *
     * @param dir the index folder
     * @param userSynonyms the user's synonym file, as the index will be opened with it
     */
    public static void start(Path dir, Path userSynonyms) {
        CompletableFuture<Optional<Opened>> opening = new CompletableFuture<>();
        synchronized (LOCK) {
            discard(pending);
            pending = opening;
        }
        Thread.ofPlatform().name(THREAD).daemon().start(() -> {
            try {
                opening.complete(open(dir, userSynonyms));
            } catch (RuntimeException | LinkageError e) {
                opening.complete(Optional.empty()); // the ordinary open says what is wrong
            }
        });
    }

    private static Optional<Opened> open(Path dir, Path userSynonyms) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        GleanerAnalysis analysis = GleanerAnalysis.loadCached(userSynonyms, dir.resolve(SynonymCache.FILE_NAME));
        if (analysis == null) {
            return Optional.empty(); // the synonym map is built and kept by the ordinary open
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Optional.empty();
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            Map<String, String> data = reader.getIndexCommit().getUserData();
            if (!ArticleDocuments.SCHEMA.equals(data.get(IndexUpdates.SCHEMA_KEY))) {
                reader.close();
                directory.close();
                return Optional.empty();
            }
            long sequence = Long.parseLong(data.getOrDefault(IndexUpdates.SEQUENCE_KEY, "0"));
            return Optional.of(new Opened(dir, userSynonyms, analysis, directory, reader, sequence));
        } catch (IOException | RuntimeException e) {
            if (directory != null) {
                try {
                    directory.close();
                } catch (IOException ignored) {
                    // only read
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@return what was opened for {@code dir} and {@code userSynonyms}, waiting for it, when it is
     * still the index's latest commit; empty otherwise (nothing started, another folder, a failure, or
     * the index changed since), and then what was opened is closed}
     */
    static Optional<Opened> take(Path dir, Path userSynonyms) {
        CompletableFuture<Optional<Opened>> opening;
        synchronized (LOCK) {
            opening = pending;
            pending = null;
        }
        if (opening == null) {
            return Optional.empty();
        }
        Optional<Opened> opened = opening.join();
        if (opened.isEmpty()) {
            return opened;
        }
        Opened o = opened.get();
        try {
            if (same(o.dir(), dir)
                    && java.util.Objects.equals(o.userSynonyms(), userSynonyms)
                    && o.reader().isCurrent()) {
                return opened;
            }
        } catch (IOException | RuntimeException e) {
            // read again below
        }
        o.close();
        return Optional.empty();
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static void discard(CompletableFuture<Optional<Opened>> opening) {
        if (opening != null) {
            opening.thenAccept(o -> o.ifPresent(Opened::close));
        }
    }
}
