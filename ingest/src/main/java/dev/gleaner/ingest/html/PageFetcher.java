package dev.gleaner.ingest.html;

import dev.gleaner.ingest.IngestException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/** Fetches a page over HTTP (timeouts, size cap, redirects) and extracts its article; follows a Naver Blog frame. */
public final class PageFetcher {
    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private final ArticleExtractor extractor;

    /** Creates a fetcher that extracts with {@code extractor}. */
    public PageFetcher(ArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** {@return the article at {@code url}} */
    public Extraction fetchAndExtract(String url) throws IOException, InterruptedException {
        return fetchAndExtract(url, 0);
    }

    private Extraction fetchAndExtract(String url, int hops) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Gleaner")
                .header("Accept", "text/html,application/xhtml+xml")
                .build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            response.body().close();
            throw new IngestException(url + " answered HTTP " + response.statusCode() + ".");
        }
        byte[] bytes;
        try (var in = response.body()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IngestException(url + " is too large to extract.");
        }
        String type = response.headers().firstValue("Content-Type").orElse(null);
        String finalUrl = response.uri().toString();
        if (hops == 0) {
            String html = new dev.gleaner.ingest.text.TextDecoding()
                    .decode(bytes, type)
                    .text();
            var framed = extractor.framedPostUrl(html, finalUrl);
            if (framed.isPresent()) {
                return fetchAndExtract(framed.get(), 1);
            }
        }
        return extractor.extract(bytes, type, finalUrl);
    }
}
