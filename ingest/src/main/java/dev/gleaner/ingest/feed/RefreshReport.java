package dev.gleaner.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * What refreshing one feed did.
 *
 * @param feedId the feed
 * @param url the feed URL (the new one after a permanent redirect)
 * @param title the feed title, or {@code null}
 * @param status what happened
 * @param added new articles
 * @param updated changed articles
 * @param excerpts entries that are only excerpts
 * @param error why it failed, or {@code null}
 * @param problems what was wrong with the document but recovered
 */
public record RefreshReport(
        long feedId,
        String url,
        String title,
        Status status,
        int added,
        int updated,
        int excerpts,
        String error,
        List<String> problems) {

    /** The outcome of one feed's refresh. */
    public enum Status {
        /** The feed was fetched and parsed. */
        FETCHED,
        /** The server said nothing changed (304). */
        NOT_MODIFIED,
        /** The fetch or parse failed; the feed keeps its articles and backs off. */
        FAILED,
        /** Not fetched: the feed is backing off after failures. */
        SKIPPED;
    }

    public RefreshReport {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        problems = problems == null ? List.of() : List.copyOf(problems);
        if (status == Status.FAILED && error == null) {
            throw new IllegalArgumentException("a failed refresh needs a reason: " + url);
        }
    }
}
