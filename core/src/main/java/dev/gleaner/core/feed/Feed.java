package dev.gleaner.core.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscribed feed with its fetch state.
 *
 * @param id the source id
 * @param url the feed URL
 * @param title the display title, or {@code null}
 * @param siteUrl the site the feed belongs to, or {@code null}
 * @param folder the user's folder, or {@code null}
 * @param etag the last ETag, or {@code null}
 * @param lastModified the last Last-Modified header, or {@code null}
 * @param lastAttempt when it was last fetched, or {@code null}
 * @param lastSuccess when it last succeeded, or {@code null}
 * @param lastError the last error, or {@code null} after a success
 * @param failures consecutive failures
 * @param nextAttempt not to be fetched before this time, or {@code null}
 * @param fullText whether excerpt entries get their full page fetched
 * @param unread unread articles from this feed
 * @param total articles from this feed
 * @param failingSince the first failed fetch since it last worked, or {@code null} while it works
 */
public record Feed(
        long id,
        String url,
        String title,
        String siteUrl,
        String folder,
        String etag,
        String lastModified,
        Instant lastAttempt,
        Instant lastSuccess,
        String lastError,
        int failures,
        Instant nextAttempt,
        boolean fullText,
        int unread,
        int total,
        Instant failingSince) {
    public Feed {
        Objects.requireNonNull(url, "url");
        if (failures < 0 || unread < 0 || total < 0) {
            throw new IllegalArgumentException("negative count for feed " + url);
        }
    }

    /** A feed without a recorded start of its failures (as before that was kept). */
    public Feed(
            long id,
            String url,
            String title,
            String siteUrl,
            String folder,
            String etag,
            String lastModified,
            Instant lastAttempt,
            Instant lastSuccess,
            String lastError,
            int failures,
            Instant nextAttempt,
            boolean fullText,
            int unread,
            int total) {
        this(
                id,
                url,
                title,
                siteUrl,
                folder,
                etag,
                lastModified,
                lastAttempt,
                lastSuccess,
                lastError,
                failures,
                nextAttempt,
                fullText,
                unread,
                total,
                failures > 0 ? lastAttempt : null);
    }

    /** {@return the title when there is one, else the URL} */
    public String displayName() {
        return title == null || title.isBlank() ? url : title;
    }
}
