package dev.gleaner.app.search;

/**
 * What the window needs from the search index: results as the user types, and related articles.
 * Implementations are thread-safe; the window calls them off the UI thread.
 */
public interface SearchService {
    /** {@return the hits of {@code query} (the search issue's syntax), at most {@code limit}} */
    SearchOutcome search(String query, int limit);

    /**
     * {@return the first hits of {@code query} for search-as-you-type: matches counted only up to a
     * bound (then {@link SearchOutcome.Results#totalIsLowerBound()}), the first {@code highlighted}
     * snippets marked, no facet counts (see {@link #facets})}
     */
    default SearchOutcome typing(String query, int limit, int highlighted) {
        return search(query, limit);
    }

    /**
     * {@return the counts of {@code query}'s matches by facet, for after its first hits are shown;
     * empty when not available}
     *
     * @param cancelled polled while counting; when true the count stops with a
     *     {@link java.util.concurrent.CancellationException}
     */
    default java.util.Map<String, java.util.Map<String, Integer>> facets(
            String query, java.util.function.BooleanSupplier cancelled) {
        return java.util.Map.of();
    }

    /** {@return articles like the one with {@code articleId}, at most {@code limit}} */
    SearchOutcome related(long articleId, int limit);

    /** {@return every tag of the library with its article count, most used first; empty when not available} */
    default java.util.Map<String, Integer> tags() {
        return java.util.Map.of();
    }

    /** {@return a service that says plainly that search is not available yet} */
    static SearchService unavailable() {
        return new SearchService() {
            @Override
            public SearchOutcome search(String query, int limit) {
                return new SearchOutcome.Unavailable();
            }

            @Override
            public SearchOutcome related(long articleId, int limit) {
                return new SearchOutcome.Unavailable();
            }
        };
    }
}
