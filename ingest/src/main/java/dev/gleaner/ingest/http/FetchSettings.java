package dev.gleaner.ingest.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far Gleaner fetches over HTTP, feeds and pages alike.
 *
 * @param maxConcurrent requests in flight at once, over all hosts
 * @param maxPerHost requests in flight at once to one host
 * @param connectTimeout time to connect
 * @param readTimeout time for the whole response
 * @param maxBytes the largest feed body accepted, before and after decompression
 * @param maxPageBytes the largest page body accepted, before and after decompression
 * @param maxRedirects redirects followed before giving up
 * @param userAgent the User-Agent header
 */
public record FetchSettings(
        int maxConcurrent,
        int maxPerHost,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        long maxPageBytes,
        int maxRedirects,
        String userAgent) {
    public FetchSettings {
        if (maxConcurrent < 1 || maxPerHost < 1) {
            throw new IllegalArgumentException(
                    "concurrency limits must be at least 1: " + maxConcurrent + ", " + maxPerHost);
        }
        if (maxBytes < 1024 || maxPageBytes < 1024) {
            throw new IllegalArgumentException("size caps too small: " + maxBytes + ", " + maxPageBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects < 0: " + maxRedirects);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /**
     * {@return the defaults: 16 at once, 2 per host, 10 s to connect, 30 s to read, 10 MB per feed,
     * 16 MB per page, 5 redirects}
     */
    public static FetchSettings defaults(String version) {
        return new FetchSettings(
                16,
                2,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                10L * 1024 * 1024,
                16L * 1024 * 1024,
                5,
                "Gleaner/" + version + " (+https://github.com/gleaner)");
    }

    /** {@return these settings with other limits} */
    public FetchSettings withLimits(int concurrent, int perHost) {
        return new FetchSettings(
                concurrent, perHost, connectTimeout, readTimeout, maxBytes, maxPageBytes, maxRedirects, userAgent);
    }

    /** {@return these settings with another read timeout and feed size cap} */
    public FetchSettings withReadTimeout(Duration timeout, long bytes) {
        return new FetchSettings(
                maxConcurrent, maxPerHost, connectTimeout, timeout, bytes, maxPageBytes, maxRedirects, userAgent);
    }

    /** {@return these settings with another cap on a page's body} */
    public FetchSettings withPageCap(long bytes) {
        return new FetchSettings(
                maxConcurrent, maxPerHost, connectTimeout, readTimeout, maxBytes, bytes, maxRedirects, userAgent);
    }
}
