package dev.gleaner.app.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a search gave: hits, or the plain fact that search is not available in this build. */
public sealed interface SearchOutcome {
    /**
     * The hits of a query, best first, with the counts of the matching articles by facet.
     *
     * @param facets facet ({@code site}, {@code tag}, {@code lang}, {@code month}) to value to count, largest first;
     *     empty when not counted (yet)
     * @param totalIsLowerBound whether counting stopped early, so at least {@code total} articles match
     */
    record Results(
            List<Hit> hits,
            int total,
            boolean readAsPlainWords,
            Map<String, Map<String, Integer>> facets,
            boolean totalIsLowerBound)
            implements SearchOutcome {
        public Results {
            hits = List.copyOf(hits);
            if (total < hits.size()) {
                throw new IllegalArgumentException("total " + total + " is below the " + hits.size() + " hits");
            }
            Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
            facets.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
            facets = Collections.unmodifiableMap(copy);
        }

        /** Results with an exact total. */
        public Results(List<Hit> hits, int total, boolean readAsPlainWords, Map<String, Map<String, Integer>> facets) {
            this(hits, total, readAsPlainWords, facets, false);
        }

        /** Results without facet counts. */
        public Results(List<Hit> hits, int total, boolean readAsPlainWords) {
            this(hits, total, readAsPlainWords, Map.of());
        }
    }

    /** Search is not wired: the index service is missing. */
    record Unavailable() implements SearchOutcome {}

    /**
     * One hit.
     *
     * @param articleId the library id of the article
     * @param title its title
     * @param siteName its site, or null
     * @param snippet the matching text with the hit marked by {@code «»}, or empty
     */
    record Hit(long articleId, String title, String siteName, String snippet) {
        public Hit {
            Objects.requireNonNull(title, "title");
            snippet = snippet == null ? "" : snippet;
        }
    }
}
