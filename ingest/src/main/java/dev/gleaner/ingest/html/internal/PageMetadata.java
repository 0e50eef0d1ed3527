package dev.gleaner.ingest.html.internal;

import java.time.OffsetDateTime;
import java.util.List;

/** Metadata read from a page's head, JSON-LD and markup; any field may be {@code null}. */
public record PageMetadata(
        String title,
        String byline,
        OffsetDateTime published,
        String lang,
        String siteName,
        String canonicalUrl,
        String leadImage,
        List<String> tags) {

    /** Copies the tags. */
    public PageMetadata {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
