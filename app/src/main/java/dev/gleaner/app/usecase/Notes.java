package dev.gleaner.app.usecase;

import dev.gleaner.ingest.local.ImportReport;
import dev.gleaner.ingest.local.LocalImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Importing notes and files (Markdown with front matter, text, HTML, whole folders) into the library:
 * {@code gleaner import}, files dropped on the window and the window's import all go through this
 * class. Importing again changes only what changed; files are stored in small batches, each its
 * own transaction (a file the library refuses is stored alone and fails alone), so a cancelled or
 * failed import keeps what it stored.
 */
public final class Notes {
    /** How many files an import stores between two phases of indexing them. */
    static final int INDEX_EVERY = 10_000;

    private final Supplier<LocalImporter> importer;
    private final Indexing indexing;

    /**
     * How an import lets the search index follow: held back while a batch of files is stored, then
     * caught up before the next batch, so that storing and indexing do not share the cores.
     */
    public interface Indexing {
        /** The index follows as it always does. */
        Indexing ALONGSIDE = new Indexing() {
            @Override
            public AutoCloseable holdBack() {
                return () -> {};
            }

            @Override
            public void catchUp() {}
        };

        /** {@return a hold on indexing, released when closed} */
        AutoCloseable holdBack();

        /** Brings the index up to what is stored, while the import waits. */
        void catchUp();
    }

    /** Creates the use case on the importer {@code importer} supplies (made when an import starts). */
    public Notes(Supplier<LocalImporter> importer) {
        this(importer, Indexing.ALONGSIDE);
    }

    /**
     * Creates the use case on the importer {@code importer} supplies, indexing what it stores in
     * phases of {@link #INDEX_EVERY} files through {@code indexing}.
     */
    public Notes(Supplier<LocalImporter> importer, Indexing indexing) {
        this.importer = importer;
        this.indexing = indexing;
    }

    /** Takes what an import does as it goes. */
    public interface Listener {
        /** Nobody listens. */
        Listener NONE = new Listener() {};

        /** A file was added, updated, left unchanged or refused. */
        default void file(ImportReport.FileResult result) {}

        /** A file was imported though not all of it could be read. */
        default void warning(ImportReport.Warning warning) {}
    }

    /**
     * Imports {@code paths} (files or folders, read recursively); {@code progress} gets files done of
     * files found and can stop the import before its next file.
     *
     * @return what happened to each file, the warnings, and the notes gone from their folder (none
     *     when cancelled)
     * @throws dev.gleaner.ingest.IngestException when a path does not exist or a folder has nothing
     *     to import, before anything of that path is stored
     */
    public ImportReport importPaths(List<Path> paths, Progress progress, Listener listener) {
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AutoCloseable hold = indexing.holdBack();
        try {
            return importer.get()
                    .importPaths(
                            paths,
                            r -> {
                                listener.file(r);
                                long n = done.incrementAndGet();
                                progress.update(n, total.get());
                                if (n % INDEX_EVERY == 0) {
                                    indexing.catchUp(); // storing waits: the cores are the index's now
                                }
                            },
                            listener::warning,
                            files -> total.addAndGet(files),
                            progress::cancelled);
        } finally {
            try {
                hold.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
