package dev.gleaner.index;

import java.util.Objects;

/**
 * A search: the query in Gleaner's query language, how many hits and in which order.
 *
 * @param query the text the user typed, e.g. {@code 레디스 -sentinel site:hudi.blog after:2023-01-01}
 * @param limit how many hits at most, 1..1000
 * @param sort relevance or newest first
 */
public record SearchRequest(String query, int limit, SortOrder sort) {
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
    }

    /** {@return a relevance-ordered search for the first {@code limit} hits} */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, SortOrder.RELEVANCE);
    }
}
