package dev.gleaner.index.internal;

import dev.gleaner.core.library.Library;
import dev.gleaner.index.IndexCheck;
import dev.gleaner.index.IndexException;
import dev.gleaner.index.RebuildProgress;
import dev.gleaner.index.RepairResult;
import dev.gleaner.index.SearchHit;
import dev.gleaner.index.SearchIndex;
import dev.gleaner.index.SearchRequest;
import dev.gleaner.index.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The embedded search index: Lucene with Gleaner's Korean analysis in one folder. Writes are
 * serialized ({@link IndexUpdates}); searches ({@link IndexQueries}, {@link RelatedArticles}) go
 * through a {@link org.apache.lucene.search.SearcherManager} and never wait for them.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private final GleanerAnalysis analysis;
    private final IndexUpdates updates;
    private final IndexQueries queries;
    private final RelatedArticles related;

    private LuceneSearchIndex(GleanerAnalysis analysis, IndexUpdates updates) {
        this.analysis = analysis;
        this.updates = updates;
        this.queries = new IndexQueries(analysis, updates.searchers(), updates.texts());
        this.related = new RelatedArticles(analysis, updates.searchers(), updates.texts());
    }

    /** Opens or creates the index in {@code dir}; see {@link SearchIndex#open}. */
    public static LuceneSearchIndex open(Path dir, Path userSynonyms) {
        var opened = IndexPreopen.take(dir, userSynonyms);
        if (opened.isPresent()) {
            return new LuceneSearchIndex(opened.get().analysis(), IndexUpdates.reading(opened.get()));
        }
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
        return new LuceneSearchIndex(analysis, IndexUpdates.open(dir, analysis));
    }

    /** {@return the analysis in use} */
    public GleanerAnalysis analysis() {
        return analysis;
    }

    @Override
    public RepairResult catchUp(Library library) {
        return updates.catchUp(library);
    }

    @Override
    public RepairResult rebuild(Library library, RebuildProgress progress) {
        return updates.rebuild(library, progress);
    }

    @Override
    public RepairResult repair(Library library) {
        return updates.repair(library);
    }

    @Override
    public long indexedSequence() {
        return updates.indexedSequence();
    }

    @Override
    public int documentCount() {
        return updates.searchers().withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public Set<Long> indexedIds() {
        return updates.indexedIds();
    }

    @Override
    public IndexCheck check(Library library) {
        return updates.check(library);
    }

    @Override
    public String rebuildReason() {
        return updates.rebuildReason();
    }

    @Override
    public List<String> warnings() {
        return analysis.warnings();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return queries.search(request);
    }

    @Override
    public Map<String, Map<String, Integer>> facets(String query, BooleanSupplier cancelled) {
        return queries.facets(query, cancelled);
    }

    @Override
    public List<SearchHit> titlePrefix(String typed, int limit) {
        return queries.titlePrefix(typed, limit);
    }

    /** Forgets what recent searches kept (parsed queries): the benchmark's first-time searches. */
    void forgetRecentQueries() {
        queries.forgetRecent();
    }

    @Override
    public List<SearchHit> related(long articleId, int limit) {
        return related.related(articleId, limit);
    }

    @Override
    public void close() {
        updates.close();
    }
}
