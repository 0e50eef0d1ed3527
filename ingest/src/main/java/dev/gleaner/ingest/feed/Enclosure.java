package dev.gleaner.ingest.feed;

import java.util.Objects;

/**
 * A file attached to an entry (a podcast episode, an image).
 *
 * @param url the absolute URL
 * @param type the media type, or {@code null}
 * @param length the size in bytes, or -1 when unknown
 */
public record Enclosure(String url, String type, long length) {
    public Enclosure {
        Objects.requireNonNull(url, "url");
        if (length < -1) {
            throw new IllegalArgumentException("bad enclosure length " + length + " for " + url);
        }
    }
}
