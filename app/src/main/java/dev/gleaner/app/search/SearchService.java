package dev.gleaner.app.search;

/**
 * What the window needs from the search index: results as the user types, and related articles.
 * Implementations are thread-safe; the window calls them off the UI thread.
 */
public interface SearchService {
    /** {@return the hits of {@code query} (the search issue's syntax), at most {@code limit}} */
    SearchOutcome search(String query, int limit);

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
