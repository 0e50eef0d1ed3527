package dev.gleaner.index;

import java.util.Objects;

/**
 * A search: the query in Gleaner's query language, how many hits and in which order, and how much
 * work beyond the hits it asks for.
 *
 * @param query the text the user typed, e.g. {@code 레디스 -sentinel site:hudi.blog after:2023-01-01}
 * @param limit how many hits at most, 1..1000
 * @param sort relevance or newest first
 * @param countUpTo matches are counted exactly up to this many; above it the total is a lower bound
 *     ({@link SearchResult#totalIsLowerBound()}) and the search may stop early; at least {@code limit}
 * @param highlighted how many of the first hits get a highlighted snippet (the others the opening text), 0..limit
 * @param facets whether to count the matches by facet, which visits every match
 */
public record SearchRequest(String query, int limit, SortOrder sort, int countUpTo, int highlighted, boolean facets) {
    /** How far the search-as-you-type path counts matches before it reads "1,000+". */
    public static final int TYPING_COUNT_UP_TO = 1000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
        if (countUpTo < limit) {
            throw new IllegalArgumentException("countUpTo " + countUpTo + " is below the limit " + limit);
        }
        if (highlighted < 0 || highlighted > limit) {
            throw new IllegalArgumentException("highlighted must be between 0 and the limit: " + highlighted);
        }
    }

    /** A complete search: exact total, every hit highlighted, facet counts. */
    public SearchRequest(String query, int limit, SortOrder sort) {
        this(query, limit, sort, Integer.MAX_VALUE, limit, true);
    }

    /** {@return a complete relevance-ordered search for the first {@code limit} hits} */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, SortOrder.RELEVANCE);
    }

    /**
     * {@return a search-as-you-type search: relevance order, matches counted up to
     * {@link #TYPING_COUNT_UP_TO}, the first {@code highlighted} hits highlighted, no facets}
     */
    public static SearchRequest typing(String query, int limit, int highlighted) {
        return new SearchRequest(
                query,
                limit,
                SortOrder.RELEVANCE,
                Math.max(limit, TYPING_COUNT_UP_TO),
                Math.min(limit, highlighted),
                false);
    }
}
