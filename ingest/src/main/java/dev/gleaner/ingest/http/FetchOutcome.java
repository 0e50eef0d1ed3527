package dev.gleaner.ingest.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** What fetching a URL came to. */
public sealed interface FetchOutcome {

    /** {@return the URL finally reached, after redirects} */
    URI url();

    /**
     * The server sent the document.
     *
     * @param url the final URL
     * @param movedPermanently whether every redirect on the way was permanent (301/308)
     * @param body the decompressed body
     * @param contentType the Content-Type header, or {@code null}
     * @param etag the ETag, or {@code null}
     * @param lastModified the Last-Modified header, or {@code null}
     */
    record Fetched(URI url, boolean movedPermanently, byte[] body, String contentType, String etag, String lastModified)
            implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * The document has not changed since the validators sent (304).
     *
     * @param url the final URL
     * @param movedPermanently whether every redirect on the way was permanent
     */
    record NotModified(URI url, boolean movedPermanently) implements FetchOutcome {
        public NotModified {
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * The server says the document is gone for good (410).
     *
     * @param url the final URL
     */
    record Gone(URI url) implements FetchOutcome {
        public Gone {
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * The fetch failed.
     *
     * @param url the URL that failed
     * @param reason a short sentence for the user
     * @param retryAfter how long the server asked us to wait, or {@code null}
     */
    record Failed(URI url, String reason, Duration retryAfter) implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
