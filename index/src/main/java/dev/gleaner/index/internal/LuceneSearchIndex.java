package dev.gleaner.index.internal;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.Changes;
import dev.gleaner.index.IndexCheck;
import dev.gleaner.index.IndexException;
import dev.gleaner.index.RebuildProgress;
import dev.gleaner.index.RepairResult;
import dev.gleaner.index.SearchHit;
import dev.gleaner.index.SearchIndex;
import dev.gleaner.index.SearchRequest;
import dev.gleaner.index.SearchResult;
import dev.gleaner.index.SortOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded search index: Lucene with Gleaner's Korean analysis in one folder. Writes are
 * serialized; searches go through a {@link SearcherManager} and never wait for them.
 */
public final class LuceneSearchIndex implements SearchIndex {
    static final String SEQUENCE_KEY = "library.sequence";
    static final String SCHEMA_KEY = "schema";
    static final int BATCH = 500;
    /** A catch-up commits after this many changes; a rebuild commits once, at the end. */
    static final int COMMIT_EVERY = 20_000;
    /** Analysis threads: Nori is CPU-bound, and a desktop shares its cores with the window. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** Batches smaller than this are indexed on the calling thread (a catch-up after one change). */
    private static final int PARALLEL_FROM = 64;
    /** The writer's buffer: a few large segments instead of many small ones to merge. */
    static final double RAM_BUFFER_MB = 128;

    private static final List<String> FACETS =
            List.of(ArticleDocuments.SITE, ArticleDocuments.TAG, ArticleDocuments.LANG, ArticleDocuments.MONTH);
    private static final int FACET_VALUES = 20;
    private static final int SNIPPET_FALLBACK = 200;
    private static final int SNIPPET_GOAL = 160;

    private final Path dir;
    private final Directory directory;
    private final GleanerAnalysis analysis;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryLanguage language;
    private final Object writeLock = new Object();
    private volatile long sequence;
    /** The library last caught up with: where the snippets' texts are read. */
    private volatile Library library;

    private volatile String rebuildReason;

    private LuceneSearchIndex(
            Path dir,
            Directory directory,
            GleanerAnalysis analysis,
            IndexWriter writer,
            long sequence,
            String rebuildReason)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.analysis = analysis;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.language = new QueryLanguage(analysis.queryAnalyzer());
        this.sequence = sequence;
        this.rebuildReason = rebuildReason;
    }

    /** Opens or creates the index in {@code dir}; see {@link SearchIndex#open}. */
    public static LuceneSearchIndex open(Path dir, Path userSynonyms) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IndexException(
                    "Cannot open the search index " + dir + ": " + e.getMessage()
                            + ". Run `gleaner reindex` to rebuild it.",
                    e);
        }
        // The synonym map is kept beside the index (derived data too), so that a start reads it
        // instead of analysing every rule again.
        GleanerAnalysis analysis = GleanerAnalysis.load(userSynonyms, dir.resolve(SynonymCache.FILE_NAME));
        return open(dir, analysis);
    }

    /** Opens or creates the index in {@code dir} with a given analysis (tests, benchmarks). */
    public static LuceneSearchIndex open(Path dir, GleanerAnalysis analysis) {
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
            return new LuceneSearchIndex(dir, directory, analysis, writer, sequence, reason);
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
                // The synonym map does not depend on the index: it stays.
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals(SynonymCache.FILE_NAME)) {
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

    /** {@return the analysis in use} */
    public GleanerAnalysis analysis() {
        return analysis;
    }

    @Override
    public RepairResult catchUp(Library library) {
        this.library = library;
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
            int[] counts = apply(library, from, null, 0, false);
            return new RepairResult.CaughtUp(from, sequence, counts[0], counts[1]);
        }
    }

    /**
     * Applies changes after {@code from}, streamed from the library in batches of {@link #BATCH}: at
     * most two batches are in memory whatever the library's size, the next one read while the last
     * one is analysed on {@link #THREADS} threads. A catch-up commits every {@link #COMMIT_EVERY}
     * changes (a crash costs at most that much work again), a rebuild ({@code fresh}: the index was
     * cleared) once at the end; returns {updated, deleted}.
     */
    private int[] apply(Library library, long from, RebuildProgress progress, int total, boolean fresh) {
        int updated = 0;
        int deleted = 0;
        int sinceCommit = 0;
        long seq = from;
        ExecutorService pool = null;
        List<Future<?>> running = List.of();
        try {
            while (true) {
                Changes changes = library.changesSince(seq, BATCH);
                List<Document> docs = new ArrayList<>(changes.changed().size());
                for (Article a : changes.changed()) {
                    docs.add(ArticleDocuments.toDocument(a, library.issues().isInIssue(a.id())));
                }
                awaitAll(running);
                if (!fresh && sinceCommit >= COMMIT_EVERY) {
                    commit(seq);
                    sinceCommit = 0;
                }
                if (!fresh) {
                    // A cleared index has nothing to delete (and an id SQLite gave again must stay).
                    for (long id : changes.deletedIds()) {
                        writer.deleteDocuments(new Term(ArticleDocuments.ID, Long.toString(id)));
                        deleted++;
                    }
                }
                if (docs.size() >= PARALLEL_FROM && pool == null) {
                    pool = Executors.newFixedThreadPool(
                            THREADS,
                            Thread.ofPlatform()
                                    .name("gleaner-index-", 1)
                                    .daemon(true)
                                    .factory());
                }
                running = index(docs, fresh, pool);
                updated += docs.size();
                sinceCommit += docs.size() + changes.deletedIds().size();
                seq = changes.upTo();
                if (progress != null) {
                    progress.indexed(updated, total);
                }
                if (changes.changed().size() < BATCH) {
                    break;
                }
            }
            awaitAll(running);
            commit(seq);
            searchers.maybeRefreshBlocking();
            return new int[] {updated, deleted};
        } catch (IOException e) {
            throw new IndexException(
                    "Cannot update the search index " + dir + ": " + e.getMessage()
                            + ". Run `gleaner reindex` to rebuild it.",
                    e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void commit(long seq) throws IOException {
        writer.setLiveCommitData(commitData(seq));
        writer.commit();
        sequence = seq;
    }

    /** Starts indexing {@code docs}: on the pool's threads in slices, or here when there is no pool. */
    private List<Future<?>> index(List<Document> docs, boolean fresh, ExecutorService pool) throws IOException {
        if (pool == null) {
            indexSlice(docs, fresh);
            return List.of();
        }
        List<Future<?>> started = new ArrayList<>(THREADS);
        int slice = (docs.size() + THREADS - 1) / THREADS;
        for (int from = 0; from < docs.size(); from += slice) {
            List<Document> part = docs.subList(from, Math.min(docs.size(), from + slice));
            started.add(pool.submit(() -> {
                indexSlice(part, fresh);
                return null;
            }));
        }
        return started;
    }

    private void indexSlice(List<Document> docs, boolean fresh) throws IOException {
        for (Document doc : docs) {
            if (fresh) {
                writer.addDocument(doc);
            } else {
                writer.updateDocument(new Term(ArticleDocuments.ID, doc.get(ArticleDocuments.ID)), doc);
            }
        }
    }

    private static void awaitAll(List<Future<?>> running) throws IOException {
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while indexing");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(e.getCause());
            }
        }
    }

    @Override
    public RepairResult rebuild(Library library, RebuildProgress progress) {
        return rebuild(library, progress, "asked for");
    }

    private RepairResult rebuild(Library library, RebuildProgress progress, String reason) {
        this.library = library;
        synchronized (writeLock) {
            try {
                writer.deleteAll();
            } catch (IOException e) {
                throw new IndexException("Cannot clear the search index " + dir + ": " + e.getMessage(), e);
            }
            int total = library.count(ArticleQuery.all(0));
            progress.indexed(0, total);
            int[] counts = apply(library, 0, progress, total, true);
            rebuildReason = null;
            return new RepairResult.Rebuilt(reason, counts[0], sequence);
        }
    }

    @Override
    public RepairResult repair(Library library) {
        RepairResult first = catchUp(library);
        IndexCheck check = check(library);
        if (check.healthy()) {
            return first;
        }
        return rebuild(library, RebuildProgress.NONE, String.join("; ", check.problems()));
    }

    @Override
    public long indexedSequence() {
        return sequence;
    }

    @Override
    public int documentCount() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public Set<Long> indexedIds() {
        return withSearcher(s -> {
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

    @Override
    public IndexCheck check(Library library) {
        this.library = library;
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

    @Override
    public String rebuildReason() {
        return rebuildReason;
    }

    @Override
    public List<String> warnings() {
        return analysis.warnings();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        QueryLanguage.Parsed parsed = language.parse(request.query());
        return withSearcher(searcher -> {
            String note = parsed.note();
            SearchResult result = run(searcher, parsed.query(), request, note);
            if (result.total() == 0 && parsed.relaxed() != null) {
                String relaxedNote = "No article has all the words; showing articles with some of them.";
                result =
                        run(searcher, parsed.relaxed(), request, note == null ? relaxedNote : note + " " + relaxedNote);
            }
            return result;
        });
    }

    @Override
    public Map<String, Map<String, Integer>> facets(String query, BooleanSupplier cancelled) {
        QueryLanguage.Parsed parsed = language.parse(query);
        return withSearcher(searcher -> {
            Query q = parsed.query();
            if (parsed.relaxed() != null
                    && searcher.search(q, new TopScoreDocCollectorManager(1, null, 1))
                                    .totalHits
                                    .value()
                            == 0) {
                q = parsed.relaxed();
            }
            return searcher.search(q, new FacetCounter(FACETS, FACET_VALUES, cancelled));
        });
    }

    private SearchResult run(IndexSearcher searcher, Query query, SearchRequest request, String note)
            throws IOException {
        boolean byDate = request.sort() == SortOrder.DATE;
        int countUpTo = request.countUpTo();
        TopDocs top;
        Map<String, Map<String, Integer>> facets = Map.of();
        CollectorManager<?, ? extends TopDocs> topManager;
        if (byDate) {
            Sort sort =
                    new Sort(new SortField(ArticleDocuments.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            topManager = new TopFieldCollectorManager(sort, request.limit(), null, countUpTo);
        } else {
            topManager = new TopScoreDocCollectorManager(request.limit(), null, countUpTo);
        }
        if (request.facets()) {
            Object[] both = searcher.search(
                    query, new MultiCollectorManager(topManager, new FacetCounter(FACETS, FACET_VALUES)));
            top = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Integer>> f = (Map<String, Map<String, Integer>>) both[1];
            facets = f;
        } else {
            top = searcher.search(query, topManager);
        }
        ScoreDoc[] scored = top.scoreDocs;
        Document[] docs = documents(searcher, scored);
        String[] texts = texts(searcher, scored, docs);
        int highlighted = Math.min(request.highlighted(), scored.length);
        String[] snippets = new String[scored.length];
        Map<Integer, String> textOf = new HashMap<>();
        List<ScoreDoc> marking = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < highlighted; i++) {
            if (texts[i] != null) {
                textOf.put(scored[i].doc, texts[i]);
                marking.add(scored[i]);
                at.add(i);
            }
        }
        if (!marking.isEmpty()) {
            UnifiedHighlighter highlighter =
                    new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analysis.indexAnalyzer())
                            .withMaxLength(50_000)
                            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                                    BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_GOAL, 0.5f))
                            // Each matched term apart: a proximity match would otherwise mark every word between.
                            .withWeightMatches(false)
                            .withFormatter(new SnippetFormatter(request.query()))) {
                        @Override
                        protected List<CharSequence[]> loadFieldValues(
                                String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
                            // The texts come from the library (the index does not store them), loaded above.
                            List<CharSequence[]> values = new ArrayList<>();
                            for (int doc = docIter.nextDoc();
                                    doc != DocIdSetIterator.NO_MORE_DOCS;
                                    doc = docIter.nextDoc()) {
                                CharSequence[] perField = new CharSequence[fields.length];
                                for (int f = 0; f < fields.length; f++) {
                                    perField[f] =
                                            ArticleDocuments.TEXT.equals(fields[f]) ? textOf.getOrDefault(doc, "") : "";
                                }
                                values.add(perField);
                            }
                            return values;
                        }
                    };
            TopDocs first = new TopDocs(top.totalHits, marking.toArray(ScoreDoc[]::new));
            // A few passages: the formatter picks the best one outside the title, joining neighbours.
            String[] marked = highlighter.highlight(ArticleDocuments.TEXT, query, first, 3);
            for (int j = 0; j < marked.length; j++) {
                snippets[at.get(j)] = marked[j];
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < scored.length; i++) {
            float score = Float.isNaN(scored[i].score) ? 0f : scored[i].score;
            hits.add(toHit(docs[i], score, snippets[i], texts[i]));
        }
        boolean lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
        long total = lowerBound ? Math.min(top.totalHits.value(), countUpTo) : top.totalHits.value();
        return new SearchResult(total, hits, facets, note, lowerBound);
    }

    private static Document[] documents(IndexSearcher searcher, ScoreDoc[] scored) throws IOException {
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[scored.length];
        for (int i = 0; i < scored.length; i++) {
            docs[i] = stored.document(scored[i].doc);
        }
        return docs;
    }

    /**
     * {@return the indexed text of each hit, read from the library; {@code null} where the library
     * is not known yet, no longer has the article, or has changed its text since it was indexed}
     */
    private String[] texts(IndexSearcher searcher, ScoreDoc[] scored, Document[] docs) throws IOException {
        String[] texts = new String[scored.length];
        Library source = library;
        if (source == null || scored.length == 0) {
            return texts;
        }
        List<Long> ids = new ArrayList<>(scored.length);
        for (Document doc : docs) {
            ids.add(Long.parseLong(doc.get(ArticleDocuments.ID)));
        }
        Map<Long, Article> articles = new HashMap<>();
        try {
            source.articlesById(ids).forEach(a -> articles.put(a.id(), a));
        } catch (LibraryException e) {
            return texts; // a closed or failing library: the hits without their text
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < scored.length; i++) {
            Article a = articles.get(ids.get(i));
            if (a == null) {
                continue;
            }
            String text = ArticleDocuments.text(a);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scored[i].doc, leaves));
            NumericDocValues print = leaf.reader().getNumericDocValues(ArticleDocuments.TEXT_PRINT);
            if (print != null
                    && print.advanceExact(scored[i].doc - leaf.docBase)
                    && print.longValue() == ArticleDocuments.print(text)) {
                texts[i] = text;
            }
        }
        return texts;
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] scored) throws IOException {
        Document[] docs = documents(searcher, scored);
        String[] texts = texts(searcher, scored, docs);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < scored.length; i++) {
            hits.add(toHit(docs[i], scored[i].score, null, texts[i]));
        }
        return hits;
    }

    private static SearchHit toHit(Document doc, float score, String snippet, String text) {
        String title = doc.get(ArticleDocuments.TITLE);
        String shown = snippet;
        if (shown == null || shown.isBlank()) {
            String body = text == null
                    ? ""
                    : text.substring(Math.min(text.length(), title.length())).strip();
            shown = body.length() > SNIPPET_FALLBACK ? body.substring(0, SNIPPET_FALLBACK) + "…" : body;
        }
        shown = shown.replaceAll("\\s+", " ").strip();
        return new SearchHit(
                Long.parseLong(doc.get(ArticleDocuments.ID)),
                title,
                doc.get(ArticleDocuments.URL),
                doc.get(ArticleDocuments.PATH),
                doc.get(ArticleDocuments.PUBLISHED),
                doc.get(ArticleDocuments.SITE),
                score,
                shown);
    }

    @Override
    public List<SearchHit> titlePrefix(String typed, int limit) {
        if (typed == null || typed.isBlank() || limit < 1) {
            return List.of();
        }
        String trimmed = typed.strip();
        boolean endsWithSpace = Character.isWhitespace(typed.charAt(typed.length() - 1));
        int lastSpace = trimmed.lastIndexOf(' ');
        String complete = endsWithSpace ? trimmed : (lastSpace < 0 ? "" : trimmed.substring(0, lastSpace));
        String partial = endsWithSpace ? "" : trimmed.substring(lastSpace + 1);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : analyze(analysis.indexAnalyzer(), ArticleDocuments.TITLE, complete)) {
            b.add(new TermQuery(new Term(ArticleDocuments.TITLE, term)), Occur.MUST);
            clauses++;
        }
        if (!partial.isEmpty()) {
            // The half-typed word as typed (lowercased) and as analyzed: Nori may drop or stem it.
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(
                    new PrefixQuery(new Term(ArticleDocuments.TITLE, partial.toLowerCase(java.util.Locale.ROOT))),
                    Occur.SHOULD);
            for (String term : analyze(analysis.indexAnalyzer(), ArticleDocuments.TITLE, partial)) {
                either.add(new PrefixQuery(new Term(ArticleDocuments.TITLE, term)), Occur.SHOULD);
                either.add(new BoostQuery(new TermQuery(new Term(ArticleDocuments.TITLE, term)), 2f), Occur.SHOULD);
            }
            b.add(either.build(), Occur.MUST);
            clauses++;
        }
        if (clauses == 0) {
            return List.of();
        }
        Query query = b.build();
        return withSearcher(s -> {
            return hits(s, s.search(query, limit).scoreDocs);
        });
    }

    static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public List<SearchHit> related(long articleId, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return withSearcher(s -> {
            Term idTerm = new Term(ArticleDocuments.ID, Long.toString(articleId));
            TopDocs self = s.search(new TermQuery(idTerm), 1);
            if (self.scoreDocs.length == 0) {
                throw new IndexException("No article " + articleId
                        + " in the search index: check the id with `gleaner list`, or run `gleaner reindex`.");
            }
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analysis.indexAnalyzer());
            mlt.setFieldNames(new String[] {ArticleDocuments.TITLE, ArticleDocuments.TEXT});
            mlt.setMinTermFreq(2);
            mlt.setMinDocFreq(2);
            // Terms in more than 30% of articles say nothing about this one; in a small library that
            // bound would leave no term at all, so it never goes below two articles.
            mlt.setMaxDocFreq(Math.max(2, s.getIndexReader().numDocs() * 3 / 10));
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            // The title stored here and the text from the library (the index does not store it).
            Map<String, Collection<Object>> fields = new HashMap<>();
            fields.put(
                    ArticleDocuments.TITLE,
                    List.of(s.storedFields().document(self.scoreDocs[0].doc).get(ArticleDocuments.TITLE)));
            Library source = library;
            if (source != null) {
                try {
                    source.article(articleId)
                            .ifPresent(a -> fields.put(ArticleDocuments.TEXT, List.of(ArticleDocuments.text(a))));
                } catch (LibraryException e) {
                    // a closed or failing library: related by title alone
                }
            }
            Query like = mlt.like(fields);
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(idTerm), Occur.MUST_NOT)
                    .build();
            return hits(s, s.search(q, limit).scoreDocs);
        });
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new IndexException("Cannot read the search index " + dir + ": " + e.getMessage(), e);
        }
        try {
            return work.apply(searcher);
        } catch (IOException e) {
            throw new IndexException(
                    "Cannot search the index " + dir + ": " + e.getMessage() + ". Run `gleaner reindex` to rebuild it.",
                    e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException ignored) {
                // releasing a reader only decrements a count
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new IndexException("Cannot close the search index " + dir + ": " + e.getMessage(), e);
        }
    }
}
