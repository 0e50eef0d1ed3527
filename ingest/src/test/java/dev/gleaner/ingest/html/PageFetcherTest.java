package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gleaner.ingest.IngestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PageFetcher} against pages served by a local HTTP server on the loopback address. */
class PageFetcherTest {
    private record Served(byte[] body, String encoding) {}

    private final Map<String, Served> pages = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> acceptEncodings = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private final ArticleExtractor extractor = new ArticleExtractor();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requested.add(ex.getRequestURI().toString());
            acceptEncodings.add(String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")));
            Served page = pages.get(ex.getRequestURI().getPath());
            if (page == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                if (page.encoding() != null) {
                    ex.getResponseHeaders().add("Content-Encoding", page.encoding());
                }
                ex.sendResponseHeaders(200, page.body().length);
                ex.getResponseBody().write(page.body());
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PageFetcherTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void naverDesktopPageIsFollowedIntoItsMainFrameToThePost() throws Exception {
        pages.put("/momo/223000000001", new Served(fixture("sites/naver-desktop.html"), null));
        pages.put("/PostView.naver", new Served(fixture("sites/naver-se4.html"), null));
        try (PageFetcher fetcher = new PageFetcher(extractor)) {
            Extraction e = fetcher.fetchAndExtract(url("/momo/223000000001"));
            assertEquals("남해 바다 1박 2일 여행 코스", e.title());
            assertEquals(OffsetDateTime.parse("2024-07-14T09:31+09:00"), e.published());
            assertTrue(e.text().contains("남해 독일마을에 도착했습니다"), e.text());
            assertFalse(e.text().contains("이웃추가"), e.text());
            assertEquals(
                    List.of("/momo/223000000001", "/PostView.naver?blogId=momo&logNo=223000000001&redirect=Dlog"),
                    requested);
        }
    }

    @Test
    void gzipAndDeflateBodiesAreAskedForAndDecompressed() throws Exception {
        byte[] html = fixture("tistory-post.html");
        pages.put("/gz", new Served(gzip(html), "gzip"));
        pages.put("/z", new Served(deflate(html), "deflate"));
        try (PageFetcher fetcher = new PageFetcher(extractor)) {
            for (String path : List.of("/gz", "/z")) {
                Extraction e = fetcher.fetchAndExtract(url(path));
                assertEquals("스프링 트랜잭션 정리", e.title(), path);
                assertTrue(e.text().contains("트랜잭션 전파 속성은"), e.text());
            }
        }
        assertTrue(
                acceptEncodings.stream().allMatch(a -> a.contains("gzip") && a.contains("deflate")),
                acceptEncodings.toString());
    }

    @Test
    void aGzipBombIsRefusedWithAClearMessage() throws Exception {
        byte[] huge = ("<html><body><p>" + " ".repeat(4 * 1024 * 1024) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bomb = gzip(huge);
        assertTrue(bomb.length < 64 * 1024, "the bomb is small on the wire: " + bomb.length);
        pages.put("/bomb", new Served(bomb, "gzip"));
        try (PageFetcher fetcher = new PageFetcher(extractor, 1024 * 1024)) {
            IngestException error = assertThrows(IngestException.class, () -> fetcher.fetchAndExtract(url("/bomb")));
            assertTrue(error.getMessage().contains("decompressed"), error.getMessage());
            assertTrue(error.getMessage().contains(url("/bomb")), error.getMessage());
        }
    }

    @Test
    void aBodyOverTheSizeCapIsRefusedAndAnErrorStatusIsReported() throws Exception {
        pages.put("/big", new Served(("<p>" + "word ".repeat(50_000) + "</p>").getBytes(StandardCharsets.UTF_8), null));
        try (PageFetcher fetcher = new PageFetcher(extractor, 64 * 1024)) {
            IngestException big = assertThrows(IngestException.class, () -> fetcher.fetchAndExtract(url("/big")));
            assertTrue(big.getMessage().contains("larger than 64 KB"), big.getMessage());
            IngestException missing =
                    assertThrows(IngestException.class, () -> fetcher.fetchAndExtract(url("/missing")));
            assertTrue(missing.getMessage().contains("HTTP 404"), missing.getMessage());
        }
    }
}
