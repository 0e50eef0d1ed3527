package dev.gleaner.ingest.http;

import java.net.URI;
import java.util.Objects;

/**
 * One GET: what is asked for, and the validators of the copy already held.
 *
 * @param url an http or https URL
 * @param kind a feed or a page: the Accept header and the size cap follow from it
 * @param etag the ETag from the last fetch, or {@code null}
 * @param lastModified the Last-Modified from the last fetch, or {@code null}
 */
public record FetchRequest(URI url, Kind kind, String etag, String lastModified) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }

    /** What a request fetches. */
    public enum Kind {
        /** An RSS, Atom or JSON feed, fetched again and again: conditional GET pays. */
        FEED("application/rss+xml, application/atom+xml, application/feed+json,"
                + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"),
        /** A web page to extract an article from. */
        PAGE("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");

        private final String accept;

        Kind(String accept) {
            this.accept = accept;
        }

        /** {@return the Accept header of this kind of request} */
        public String accept() {
            return accept;
        }
    }

    /** {@return a conditional GET of the feed at {@code url}; either validator may be {@code null}} */
    public static FetchRequest feed(URI url, String etag, String lastModified) {
        return new FetchRequest(url, Kind.FEED, etag, lastModified);
    }

    /** {@return a GET of the page at {@code url}} */
    public static FetchRequest page(URI url) {
        return new FetchRequest(url, Kind.PAGE, null, null);
    }
}
