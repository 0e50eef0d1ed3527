package dev.gleaner.app.search;

import dev.gleaner.app.usecase.Search;
import dev.gleaner.index.SearchHit;
import dev.gleaner.index.SearchRequest;
import dev.gleaner.index.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The window's search: the {@link Search} use case the commands call, its results turned into what
 * the window shows. Call it off the UI thread: the index opens (and catches up) on first use.
 */
public final class IndexSearchService implements SearchService {
    private final Search search;

    /** Searches through {@code search}. */
    public IndexSearchService(Search search) {
        this.search = search;
    }

    @Override
    public SearchOutcome search(String query, int limit) {
        return outcome(search.search(SearchRequest.of(query, Search.bounded(limit))));
    }

    @Override
    public SearchOutcome typing(String query, int limit, int highlighted) {
        return outcome(search.typing(query, limit, highlighted));
    }

    @Override
    public Map<String, Map<String, Integer>> facets(String query, BooleanSupplier cancelled) {
        return search.facets(query, cancelled);
    }

    static SearchOutcome outcome(SearchResult result) {
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
        return search.tags();
    }

    @Override
    public SearchOutcome related(long articleId, int limit) {
        List<SearchHit> hits;
        try {
            hits = search.related(articleId, limit);
        } catch (Search.NoArticle gone) {
            hits = List.of(); // deleted meanwhile: nothing is like it any more
        }
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
