package dev.gleaner.ingest.html;

import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.http.FetchOutcome;
import dev.gleaner.ingest.http.FetchRequest;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import dev.gleaner.ingest.text.TextDecoding;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * Fetches pages over Gleaner's one HTTP layer ({@link HttpFetcher}: its per-host limits, time
 * limit, redirect rules and size cap, also once decompressed) and extracts their article; follows
 * a Naver Blog desktop page's {@code mainFrame} to its post. Thread-safe; close it when done.
 */
public final class PageFetcher implements AutoCloseable {
    /** The default cap on a page's body, compressed or not, in bytes. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final ArticleExtractor extractor;
    private final HttpFetcher http;
    private final boolean ownsHttp;
    private final TextDecoding decoding = new TextDecoding();

    /** Creates a fetcher with its own HTTP client that extracts with {@code extractor} and refuses bodies over 16 MB. */
    public PageFetcher(ArticleExtractor extractor) {
        this(extractor, DEFAULT_MAX_BYTES);
    }

    /**
     * Creates a fetcher with its own HTTP client (the default limits) that extracts with {@code
     * extractor} and refuses bodies over {@code maxBytes}.
     */
    public PageFetcher(ArticleExtractor extractor, int maxBytes) {
        this(extractor, new HttpFetcher(FetchSettings.defaults("page").withPageCap(maxBytes)), true);
    }

    /**
     * Creates a fetcher that extracts with {@code extractor} and fetches with {@code http}, shared with
     * feeds so that one host sees one set of limits; {@code http}'s owner closes it.
     */
    public PageFetcher(ArticleExtractor extractor, HttpFetcher http) {
        this(extractor, http, false);
    }

    private PageFetcher(ArticleExtractor extractor, HttpFetcher http, boolean ownsHttp) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.http = Objects.requireNonNull(http, "http");
        this.ownsHttp = ownsHttp;
    }

    /**
     * {@return the article at {@code url}}
     *
     * @throws IngestException when the page answers an error, is too large, or is not a page
     */
    public Extraction fetchAndExtract(String url) throws IOException, InterruptedException {
        FetchOutcome.Fetched page = fetch(url);
        String html = decoding.decode(page.body(), page.contentType()).text();
        if (html.contains("mainFrame")) {
            var framed = extractor.framedPostUrl(html, page.url().toString());
            if (framed.isPresent()) {
                page = fetch(framed.get());
            }
        }
        return extractor.extract(page.body(), page.contentType(), page.url().toString());
    }

    private FetchOutcome.Fetched fetch(String url) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IngestException(url + " is not a valid URL: " + e.getMessage(), e);
        }
        FetchOutcome outcome = http.fetch(FetchRequest.page(uri));
        if (Thread.interrupted()) {
            throw new InterruptedException("fetching " + url);
        }
        return switch (outcome) {
            case FetchOutcome.Fetched f -> f;
            case FetchOutcome.Gone g -> throw new IngestException(url + " is gone (HTTP 410): not extracted.");
            case FetchOutcome.NotModified n ->
                throw new IngestException(url + " answered 304 Not Modified to a plain GET: not extracted.");
            case FetchOutcome.Failed f -> throw new IngestException(url + ": " + f.reason() + ": not extracted.");
        };
    }

    /** Closes the HTTP client and its threads when this fetcher made them. */
    @Override
    public void close() {
        if (ownsHttp) {
            http.close();
        }
    }
}
