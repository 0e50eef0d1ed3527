package dev.gleaner.ingest.feed;

import dev.gleaner.core.model.ArticleDraft;
import java.util.Optional;

/**
 * Fetches and extracts the full article behind an excerpt entry. The app wires the page extractor
 * here; without one, excerpts are stored as they are (and stay marked).
 */
@FunctionalInterface
public interface FullTextFetcher {

    /**
     * Fetches the page of an excerpt entry.
     *
     * @param excerpt the entry as the feed gave it (its URL is the page)
     * @return the full article, or empty when the page could not be extracted
     */
    Optional<ArticleDraft> fullText(ArticleDraft excerpt);
}
