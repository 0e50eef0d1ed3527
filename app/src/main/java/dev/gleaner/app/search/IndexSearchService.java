package dev.gleaner.app.search;

import dev.gleaner.index.SearchHit;
import dev.gleaner.index.SearchIndex;
import dev.gleaner.index.SearchRequest;
import dev.gleaner.index.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The window's search on the workspace's Lucene index, opened (and caught up) on first use off the UI thread. */
public final class IndexSearchService implements SearchService {
    private final Supplier<SearchIndex> index;

    /** Searches the index {@code index} supplies; the supplier may open it on first call. */
    public IndexSearchService(Supplier<SearchIndex> index) {
        this.index = index;
    }

    @Override
    public SearchOutcome search(String query, int limit) {
        return outcome(index.get().search(SearchRequest.of(query, bounded(limit))));
    }

    @Override
    public SearchOutcome typing(String query, int limit, int highlighted) {
        int n = bounded(limit);
        return outcome(index.get().search(SearchRequest.typing(query, n, Math.max(0, Math.min(n, highlighted)))));
    }

    @Override
    public Map<String, Map<String, Integer>> facets(String query, BooleanSupplier cancelled) {
        return index.get().facets(query, cancelled);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(1000, limit));
    }

    private static SearchOutcome outcome(SearchResult result) {
        return new SearchOutcome.Results(
                hits(result.hits()),
                (int) Math.min(
                        Integer.MAX_VALUE,
                        Math.max(result.total(), result.hits().size())),
                result.note() != null && !result.note().isBlank(),
                result.facets(),
                result.totalIsLowerBound());
    }

    @Override
    public java.util.Map<String, Integer> tags() {
        return index.get().search(SearchRequest.of("", 1)).facets().getOrDefault("tag", java.util.Map.of());
    }

    @Override
    public SearchOutcome related(long articleId, int limit) {
        List<SearchHit> hits = index.get().related(articleId, limit);
        return new SearchOutcome.Results(hits(hits), hits.size(), false);
    }

    private static List<SearchOutcome.Hit> hits(List<SearchHit> hits) {
        return hits.stream()
                .map(h -> new SearchOutcome.Hit(h.id(), h.title(), h.site(), marked(h.snippet())))
                .toList();
    }

    /** {@return the index's snippet with its {@code <b>} marks as «» and nothing else of HTML} */
    static String marked(String snippet) {
        return snippet.replace("«", "\"")
                .replace("»", "\"")
                .replace("<b>", "«")
                .replace("</b>", "»")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
