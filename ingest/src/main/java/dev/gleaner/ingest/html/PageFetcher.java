package dev.gleaner.ingest.html;

import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.text.TextDecoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Fetches pages over HTTP with one shared client (timeouts, redirects, gzip/deflate, a size cap on
 * the body both as sent and once decompressed) and extracts their article; follows a Naver Blog
 * desktop page's {@code mainFrame} to its post. Thread-safe; close it when done.
 */
public final class PageFetcher implements AutoCloseable {
    /** The default cap on a page's body, compressed or not, in bytes. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final ArticleExtractor extractor;
    private final int maxBytes;
    private final ExecutorService executor;
    private final HttpClient client;
    private final TextDecoding decoding = new TextDecoding();

    /** Creates a fetcher that extracts with {@code extractor} and refuses bodies over 16 MB. */
    public PageFetcher(ArticleExtractor extractor) {
        this(extractor, DEFAULT_MAX_BYTES);
    }

    /** Creates a fetcher that extracts with {@code extractor} and refuses bodies over {@code maxBytes}. */
    public PageFetcher(ArticleExtractor extractor, int maxBytes) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("page-http-", 0).factory());
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
    }

    /**
     * {@return the article at {@code url}}
     *
     * @throws IngestException when the page answers an error, is too large, or is not a page
     */
    public Extraction fetchAndExtract(String url) throws IOException, InterruptedException {
        Page page = fetch(url);
        String html = decoding.decode(page.bytes(), page.type()).text();
        if (html.contains("mainFrame")) {
            var framed = extractor.framedPostUrl(html, page.url());
            if (framed.isPresent()) {
                page = fetch(framed.get());
            }
        }
        return extractor.extract(page.bytes(), page.type(), page.url());
    }

    private record Page(String url, String type, byte[] bytes) {}

    private Page fetch(String url) throws IOException, InterruptedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("User-Agent", "Gleaner")
                    .header("Accept", "text/html,application/xhtml+xml")
                    .header("Accept-Encoding", "gzip, deflate")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IngestException(url + " is not a valid URL: " + e.getMessage(), e);
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new IngestException(url + " did not answer in time; try again later.", e);
        } catch (ConnectException e) {
            throw new IngestException("Could not connect to " + request.uri().getHost() + " for " + url + ".", e);
        }
        byte[] raw;
        try (InputStream in = response.body()) {
            if (response.statusCode() >= 400) {
                throw new IngestException(url + " answered HTTP " + response.statusCode() + ".");
            }
            raw = in.readNBytes(maxBytes + 1);
        }
        if (raw.length > maxBytes) {
            throw new IngestException(url + " is larger than " + maxBytes / 1024 + " KB: not extracted.");
        }
        String encoding = response.headers()
                .firstValue("Content-Encoding")
                .orElse("identity")
                .strip()
                .toLowerCase(Locale.ROOT);
        byte[] body = switch (encoding) {
            case "gzip", "x-gzip" -> decompressed(url, encoding, () -> new GZIPInputStream(stream(raw)));
            case "deflate" -> inflated(url, raw);
            case "identity", "" -> raw;
            default ->
                throw new IngestException(url + " was sent with an unsupported Content-Encoding " + encoding + ".");
        };
        return new Page(
                response.uri().toString(),
                response.headers().firstValue("Content-Type").orElse(null),
                body);
    }

    private byte[] inflated(String url, byte[] raw) {
        try {
            return decompressed(url, "deflate", () -> new InflaterInputStream(stream(raw)));
        } catch (IngestException e) {
            if (!(e.getCause() instanceof ZipException)) {
                throw e;
            }
            // Some servers send raw deflate without the zlib wrapper.
            return decompressed(url, "deflate", () -> new InflaterInputStream(stream(raw), new Inflater(true)));
        }
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private byte[] decompressed(String url, String encoding, Opener opener) {
        try (InputStream in = opener.open()) {
            byte[] out = in.readNBytes(maxBytes + 1);
            if (out.length > maxBytes) {
                throw new IngestException(url + " expands to more than " + maxBytes / 1024 + " KB once decompressed ("
                        + encoding + "): refused.");
            }
            return out;
        } catch (IOException e) {
            throw new IngestException(url + " sent a corrupt " + encoding + " body: " + e.getMessage(), e);
        }
    }

    private static InputStream stream(byte[] raw) {
        return new ByteArrayInputStream(raw);
    }

    /** Closes the HTTP client and its threads. */
    @Override
    public void close() {
        client.close();
        executor.close();
    }
}
