package dev.gleaner.index.internal;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.Changes;
import dev.gleaner.index.IndexCheck;
import dev.gleaner.index.IndexException;
import dev.gleaner.index.RebuildProgress;
import dev.gleaner.index.RepairResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The writer side of the index: opening (and clearing a missing, older or damaged index), the
 * library change sequence in the commit data, catch-up, rebuild, repair and check. Writes are
 * serialized; searches see them through {@link #searchers()} after each commit.
 */
final class IndexUpdates {
    static final String SEQUENCE_KEY = "library.sequence";
    static final String SCHEMA_KEY = "schema";
    static final int BATCH = 500;
    /** Catch-ups and rebuilds commit after this many changes, and at their end. */
    static final int COMMIT_EVERY = 20_000;
    /** Analysis threads: Nori is CPU-bound, and a desktop shares its cores with the window. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** Batches smaller than this are indexed on the calling thread (a catch-up after one change). */
    private static final int PARALLEL_FROM = 64;
    /** The writer's buffer: a few large segments instead of many small ones to merge. */
    static final double RAM_BUFFER_MB = 128;

    private final Path dir;
    private final Directory directory;
    private final GleanerAnalysis analysis;
    /** Null while an index opened for reading has not written yet: see {@link #writer()}. */
    private volatile IndexWriter writer;

    private final Searchers searchers;
    private final LibraryTexts texts = new LibraryTexts();
    private final Object writeLock = new Object();
    private volatile long sequence;

    private volatile String rebuildReason;

    private IndexUpdates(
            Path dir,
            Directory directory,
            GleanerAnalysis analysis,
            IndexWriter writer,
            SearcherManager manager,
            long sequence,
            String rebuildReason) {
        this.dir = dir;
        this.directory = directory;
        this.analysis = analysis;
        this.writer = writer;
        this.searchers = new Searchers(dir, manager);
        this.sequence = sequence;
        this.rebuildReason = rebuildReason;
    }

    /**
     * Opens the index that {@link IndexPreopen} read, for reading only: no writer and no write lock
     * until something is to be written (a catch-up that has changes to apply, a rebuild). A one-shot
     * search of an index that is up to date never writes, and pays for neither.
     */
    static IndexUpdates reading(IndexPreopen.Opened opened) {
        try {
            return new IndexUpdates(
                    opened.dir(),
                    opened.directory(),
                    opened.analysis(),
                    null,
                    new SearcherManager(opened.reader(), null),
                    opened.sequence(),
                    null);
        } catch (IOException e) {
            opened.close();
            throw new IndexException("Cannot read the search index " + opened.dir() + ": " + e.getMessage(), e);
        }
    }

    /** {@return the writer, opened on first use when the index was opened for reading} */
    private IndexWriter writer() throws IOException {
        IndexWriter w = writer;
        if (w == null) {
            synchronized (writeLock) {
                w = writer;
                if (w == null) {
                    try {
                        w = new IndexWriter(directory, writerConfig(analysis, IndexWriterConfig.OpenMode.APPEND));
                    } catch (LockObtainFailedException e) {
                        throw new IndexException(
                                "The search index " + dir + " is in use by another Gleaner: close it first.", e);
                    }
                    writer = w;
                    searchers.switchTo(new SearcherManager(w, null));
                }
            }
        }
        return w;
    }

    /** Opens or creates the index in {@code dir}; see {@link LuceneSearchIndex#open(Path, GleanerAnalysis)}. */
    static IndexUpdates open(Path dir, GleanerAnalysis analysis) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            String reason = null;
            long sequence = 0;
            if (!DirectoryReader.indexExists(directory)) {
                reason = "no index yet";
            } else {
                try {
                    SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
                    Map<String, String> data = infos.getUserData();
                    if (!ArticleDocuments.SCHEMA.equals(data.get(SCHEMA_KEY))) {
                        reason = "the index is from another version of Gleaner";
                    } else {
                        sequence = Long.parseLong(data.getOrDefault(SEQUENCE_KEY, "0"));
                    }
                } catch (CorruptIndexException
                        | IndexFormatTooOldException
                        | IndexFormatTooNewException
                        | java.io.EOFException
                        | java.nio.file.NoSuchFileException
                        | NumberFormatException e) {
                    reason = "the index was damaged (" + e.getClass().getSimpleName() + ")";
                }
            }
            IndexWriter writer = null;
            if (reason == null) {
                try {
                    writer = new IndexWriter(directory, writerConfig(analysis, IndexWriterConfig.OpenMode.APPEND));
                } catch (CorruptIndexException
                        | IndexFormatTooOldException
                        | IndexFormatTooNewException
                        | java.io.EOFException
                        | java.nio.file.NoSuchFileException e) {
                    // The writer reads every commit point, not only the latest: a damaged older
                    // segments_N (left by a crash or a partial copy) lands here.
                    reason = "the index was damaged (" + e.getClass().getSimpleName() + ")";
                }
            }
            if (reason != null) {
                directory.close();
                wipe(dir);
                directory = FSDirectory.open(dir);
                writer = new IndexWriter(directory, writerConfig(analysis, IndexWriterConfig.OpenMode.CREATE));
                writer.setLiveCommitData(commitData(0));
                writer.commit();
                sequence = 0;
            }
            return new IndexUpdates(
                    dir, directory, analysis, writer, new SearcherManager(writer, null), sequence, reason);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IndexException("The search index " + dir + " is in use by another Gleaner: close it first.", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexException(
                    "Cannot open the search index " + dir + ": " + e.getMessage()
                            + ". Run `gleaner reindex` to rebuild it.",
                    e);
        }
    }

    private static IndexWriterConfig writerConfig(GleanerAnalysis analysis, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setOpenMode(mode);
        return config;
    }

    private static void wipe(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                // The synonym map and Nori's decoded costs do not depend on the index: they stay (and
                // the costs may be mapped by this process, which some systems do not let delete).
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f)
                        && !name.equals(SynonymCache.FILE_NAME)
                        && !name.equals(NoriCosts.FILE_NAME)) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void closeQuietly(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    private static Iterable<Map.Entry<String, String>> commitData(long seq) {
        return Map.of(SEQUENCE_KEY, Long.toString(seq), SCHEMA_KEY, ArticleDocuments.SCHEMA)
                .entrySet();
    }

    /** {@return the searchers over this index, refreshed after each commit} */
    Searchers searchers() {
        return searchers;
    }

    /** {@return the texts of the library last caught up with} */
    LibraryTexts texts() {
        return texts;
    }

    RepairResult catchUp(Library library) {
        texts.follow(library);
        synchronized (writeLock) {
            String reason = rebuildReason;
            if (reason != null) {
                return rebuild(library, RebuildProgress.NONE, reason);
            }
            long librarySeq = library.changeSequence();
            if (librarySeq < sequence) {
                return rebuild(library, RebuildProgress.NONE, "the library is older than the index");
            }
            if (librarySeq == sequence) {
                return new RepairResult.UpToDate(sequence);
            }
            long from = sequence;
            int[] counts = apply(library, from, null, 0, -1);
            return new RepairResult.CaughtUp(from, sequence, counts[0], counts[1]);
        }
    }

    /**
     * Applies changes after {@code from}, streamed from the library in batches of {@link #BATCH}: at
     * most two batches are in memory whatever the library's size, the next one read while the
     * documents queued before it are analysed on {@link #THREADS} threads ({@link IndexPipeline}).
     * It commits every {@link #COMMIT_EVERY} changes
     * and at the end: a crash costs at most that much work again, also in a rebuild (the first
     * catch-up of a new workspace, during a large import), since every commit holds exactly the
     * articles changed up to its sequence; returns {updated, deleted}.
     *
     * <p>{@code freshUpTo} is the library's sequence when the index was cleared for a rebuild (-1 in
     * a catch-up): the articles changed up to it are added without looking for an older copy. Those
     * changed after it (an import that goes on while the index is rebuilt) may have been added
     * already in this rebuild, and replace it.
     */
    private int[] apply(Library library, long from, RebuildProgress progress, int total, long freshUpTo) {
        boolean fresh = freshUpTo >= 0;
        int updated = 0;
        int deleted = 0;
        int sinceCommit = 0;
        long seq = from;
        IndexPipeline pipeline = null;
        try {
            // Here, holding the write lock: the indexing threads below use the writer this opens.
            IndexWriter w = writer();
            while (true) {
                Changes changes = library.changesSince(seq, BATCH);
                if (sinceCommit >= COMMIT_EVERY) {
                    if (pipeline != null) {
                        pipeline.flush();
                    }
                    commit(seq);
                    sinceCommit = 0;
                }
                if (changes.changed().size() >= PARALLEL_FROM && pipeline == null) {
                    pipeline = new IndexPipeline(w, THREADS, BATCH);
                }
                if (!fresh || changes.upTo() > freshUpTo) {
                    // A cleared index has nothing to delete (and an id SQLite gave again must stay).
                    for (long id : changes.deletedIds()) {
                        if (pipeline != null) {
                            pipeline.delete(id);
                        } else {
                            w.deleteDocuments(new Term(ArticleDocuments.ID, Long.toString(id)));
                        }
                        deleted++;
                    }
                }
                for (Article a : changes.changed()) {
                    Document doc =
                            ArticleDocuments.toDocument(a, library.issues().isInIssue(a.id()));
                    // Changed after the index was cleared: it may be in this rebuild already.
                    boolean replace = !fresh || a.changeSeq() > freshUpTo;
                    if (pipeline != null) {
                        pipeline.add(a.id(), doc, replace);
                    } else if (replace) {
                        w.updateDocument(new Term(ArticleDocuments.ID, Long.toString(a.id())), doc);
                    } else {
                        w.addDocument(doc);
                    }
                }
                updated += changes.changed().size();
                sinceCommit += changes.changed().size() + changes.deletedIds().size();
                seq = changes.upTo();
                if (progress != null) {
                    progress.indexed(updated, total);
                }
                if (changes.changed().size() < BATCH) {
                    break;
                }
            }
            if (pipeline != null) {
                pipeline.flush();
            }
            commit(seq);
            searchers.refresh();
            return new int[] {updated, deleted};
        } catch (IOException e) {
            throw new IndexException(
                    "Cannot update the search index " + dir + ": " + e.getMessage()
                            + ". Run `gleaner reindex` to rebuild it.",
                    e);
        } finally {
            if (pipeline != null) {
                pipeline.close();
            }
        }
    }

    private void commit(long seq) throws IOException {
        IndexWriter w = writer();
        w.setLiveCommitData(commitData(seq));
        w.commit();
        sequence = seq;
    }

    RepairResult rebuild(Library library, RebuildProgress progress) {
        return rebuild(library, progress, "asked for");
    }

    private RepairResult rebuild(Library library, RebuildProgress progress, String reason) {
        texts.follow(library);
        synchronized (writeLock) {
            try {
                writer().deleteAll();
            } catch (IOException e) {
                throw new IndexException("Cannot clear the search index " + dir + ": " + e.getMessage(), e);
            }
            long clearedAt = library.changeSequence();
            int total = library.count(ArticleQuery.all(0));
            progress.indexed(0, total);
            int[] counts = apply(library, 0, progress, total, clearedAt);
            rebuildReason = null;
            return new RepairResult.Rebuilt(reason, counts[0], sequence);
        }
    }

    RepairResult repair(Library library) {
        RepairResult first = catchUp(library);
        IndexCheck check = check(library);
        if (check.healthy()) {
            return first;
        }
        return rebuild(library, RebuildProgress.NONE, String.join("; ", check.problems()));
    }

    long indexedSequence() {
        return sequence;
    }

    Set<Long> indexedIds() {
        return searchers.withSearcher(s -> {
            Set<Long> ids = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                NumericDocValues dv = leaf.reader().getNumericDocValues(ArticleDocuments.ID);
                var live = leaf.reader().getLiveDocs();
                if (dv == null) {
                    continue;
                }
                for (int doc = dv.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(dv.longValue());
                    }
                }
            }
            return ids;
        });
    }

    IndexCheck check(Library library) {
        texts.follow(library);
        Set<Long> indexed = indexedIds();
        // The ids alone: loading every article (bodies included) would read the whole library.
        Set<Long> inLibrary = new HashSet<>(library.ids(ArticleQuery.all(0)));
        long librarySeq = library.changeSequence();
        int missing = 0;
        for (long id : inLibrary) {
            if (!indexed.contains(id)) {
                missing++;
            }
        }
        int extra = 0;
        for (long id : indexed) {
            if (!inLibrary.contains(id)) {
                extra++;
            }
        }
        List<String> problems = new ArrayList<>();
        if (rebuildReason != null) {
            problems.add("the index must be rebuilt: " + rebuildReason);
        }
        if (sequence != librarySeq) {
            problems.add("the index reflects library change " + sequence + ", the library is at " + librarySeq);
        }
        if (missing > 0) {
            problems.add(missing + " article(s) are not indexed");
        }
        if (extra > 0) {
            problems.add(extra + " indexed article(s) are no longer in the library");
        }
        return new IndexCheck(sequence, librarySeq, indexed.size(), inLibrary.size(), missing, extra, problems);
    }

    String rebuildReason() {
        return rebuildReason;
    }

    void close() {
        try {
            searchers.close();
            IndexWriter w = writer;
            if (w != null) {
                w.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new IndexException("Cannot close the search index " + dir + ": " + e.getMessage(), e);
        }
    }
}
