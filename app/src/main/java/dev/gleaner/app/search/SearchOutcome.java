package dev.gleaner.app.search;

import java.util.List;
import java.util.Objects;

/** What a search gave: hits, or the plain fact that search is not available in this build. */
public sealed interface SearchOutcome {
    /** The hits of a query, best first. */
    record Results(List<Hit> hits, int total, boolean readAsPlainWords) implements SearchOutcome {
        public Results {
            hits = List.copyOf(hits);
            if (total < hits.size()) {
                throw new IllegalArgumentException("total " + total + " is below the " + hits.size() + " hits");
            }
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
