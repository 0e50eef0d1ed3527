package dev.gleaner.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param total how many articles match (at least this many when {@code totalIsLowerBound})
 * @param hits the first hits, in the requested order
 * @param facets counts by facet ({@code site}, {@code tag}, {@code lang}, {@code month}), each value
 *     to its count, largest first; empty when the request asked for none
 * @param note a message about how the query was understood (e.g. it could not be parsed), or null
 * @param totalIsLowerBound whether counting stopped at the request's {@link SearchRequest#countUpTo()}
 */
public record SearchResult(
        long total,
        List<SearchHit> hits,
        Map<String, Map<String, Integer>> facets,
        String note,
        boolean totalIsLowerBound) {
    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("negative total");
        }
        hits = List.copyOf(hits);
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        facets = java.util.Collections.unmodifiableMap(copy);
    }

    /** An answer with an exact total. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets, String note) {
        this(total, hits, facets, note, false);
    }
}
