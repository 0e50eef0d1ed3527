package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages fetched through the HTTP layer feeds use: the same per-host limit, the same cap on a body
 * once decompressed, the same redirect rules. A real server on the loopback address answers.
 */
class PageFetcherLimitsTest {
    private static final String POST = "<html><head><title>Kafka 컨슈머 정리</title></head><body><article>"
            + "<h1>Kafka 컨슈머 정리</h1>"
            + "<p>컨슈머 그룹은 파티션을 나누어 읽는다. 리밸런스가 일어나면 파티션이 다시 배정된다.</p>".repeat(8)
            + "</article></body></html>";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Object arrivals = new Object();
    private HttpServer server;
    private ExecutorService serverThreads;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Many threads on the server, so that only the client can keep requests waiting.
        serverThreads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("test-server-", 0).factory());
        server.setExecutor(serverThreads);
        server.createContext("/slow/", this::slowPost);
        server.createContext("/bomb", ex -> send(ex, "deflate", deflate(" ".repeat(4 * 1024 * 1024))));
        server.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        server.createContext("/to-script", ex -> redirect(ex, "javascript:alert(1)"));
        server.createContext("/hop/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/hop/".length()));
            redirect(ex, "/hop/" + (n + 1));
        });
        server.createContext("/moved", ex -> redirect(ex, "/post"));
        server.createContext("/post", ex -> send(ex, null, POST.getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Holds each request until a second one is in flight (or a while has passed), then answers. */
    private void slowPost(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        synchronized (arrivals) {
            arrivals.notifyAll();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            try {
                while (inFlight.get() < 2 && System.nanoTime() < until) {
                    arrivals.wait(100);
                }
                // Room for a third request to arrive, were the client to send one.
                arrivals.wait(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        inFlight.decrementAndGet();
        send(ex, null, POST.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, String encoding, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        if (encoding != null) {
            ex.getResponseHeaders().add("Content-Encoding", encoding);
        }
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static byte[] deflate(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void clippingManyPagesOfOneHostSendsAtMostThePerHostLimitAtOnce() throws Exception {
        try (HttpFetcher http = new HttpFetcher(FetchSettings.defaults("test").withLimits(16, 2));
                PageFetcher pages = new PageFetcher(new ArticleExtractor(), http);
                ExecutorService clips = Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("clip-", 0).factory())) {
            List<Future<Extraction>> done = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String page = url("/slow/" + i);
                done.add(clips.submit(() -> pages.fetchAndExtract(page)));
            }
            for (Future<Extraction> f : done) {
                assertEquals("Kafka 컨슈머 정리", f.get().title());
            }
        }
        assertEquals(2, mostInFlight.get(), "requests to one host at once");
    }

    @Test
    void aDeflateBombIsRefusedOnceDecompressedPastThePageCap() throws Exception {
        try (HttpFetcher http = new HttpFetcher(FetchSettings.defaults("test").withPageCap(1024 * 1024));
                PageFetcher pages = new PageFetcher(new ArticleExtractor(), http)) {
            IngestException e = assertThrows(IngestException.class, () -> pages.fetchAndExtract(url("/bomb")));
            assertTrue(e.getMessage().startsWith(url("/bomb")), e.getMessage());
            assertTrue(e.getMessage().contains("larger than 1024 KB once decompressed"), e.getMessage());
        }
    }

    @Test
    void aRedirectOutOfTheWebIsRefusedAndOneWithinItIsFollowed() throws Exception {
        try (HttpFetcher http = new HttpFetcher(FetchSettings.defaults("test"));
                PageFetcher pages = new PageFetcher(new ArticleExtractor(), http)) {
            for (String path : List.of("/to-file", "/to-script")) {
                IngestException e = assertThrows(IngestException.class, () -> pages.fetchAndExtract(url(path)));
                assertTrue(e.getMessage().contains("refused: not an http(s) address"), e.getMessage());
            }
            Extraction moved = pages.fetchAndExtract(url("/moved"));
            assertEquals("Kafka 컨슈머 정리", moved.title());
        }
    }

    @Test
    void endlessRedirectsStopAtTheLimit() throws Exception {
        try (HttpFetcher http = new HttpFetcher(FetchSettings.defaults("test"));
                PageFetcher pages = new PageFetcher(new ArticleExtractor(), http)) {
            IngestException e = assertThrows(IngestException.class, () -> pages.fetchAndExtract(url("/hop/0")));
            assertTrue(e.getMessage().contains("more than 5 redirects"), e.getMessage());
        }
    }
}
