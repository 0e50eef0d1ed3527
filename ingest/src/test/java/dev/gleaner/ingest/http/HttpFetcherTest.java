package dev.gleaner.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one HTTP layer that feeds and pages share, against a real server on the loopback address. */
class HttpFetcherTest {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Object arrivals = new Object();
    private HttpServer server;
    private ExecutorService serverThreads;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("test-server-", 0).factory());
        server.setExecutor(serverThreads);
        server.createContext("/", this::slow);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.close();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Notes the request, holds it until another is in flight (or a while has passed), then answers. */
    private void slow(HttpExchange ex) throws IOException {
        seen.add(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Accept") + " "
                + ex.getRequestHeaders().getFirst("If-None-Match"));
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        synchronized (arrivals) {
            arrivals.notifyAll();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            try {
                while (inFlight.get() < 2 && System.nanoTime() < until) {
                    arrivals.wait(100);
                }
                arrivals.wait(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        inFlight.decrementAndGet();
        byte[] body = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("ETag", "\"v1\"");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Test
    void feedsAndPagesOfOneHostShareItsLimit() throws Exception {
        List<Future<FetchOutcome>> done = new ArrayList<>();
        try (HttpFetcher http = new HttpFetcher(FetchSettings.defaults("test").withLimits(16, 2));
                ExecutorService callers = Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("caller-", 0).factory())) {
            for (int i = 0; i < 3; i++) {
                URI feed = url("/feed/" + i);
                URI page = url("/page/" + i);
                done.add(callers.submit(() -> http.fetch(feed, "\"v0\"", null)));
                done.add(callers.submit(() -> http.fetch(FetchRequest.page(page))));
            }
            for (Future<FetchOutcome> f : done) {
                FetchOutcome.Fetched fetched = assertInstanceOf(FetchOutcome.Fetched.class, f.get());
                assertEquals("\"v1\"", fetched.etag());
            }
        }
        assertEquals(2, mostInFlight.get(), "requests to one host at once, feeds and pages together");
        assertEquals(6, seen.size());
        // Feeds ask for feeds and send their validators; pages ask for HTML and never do.
        for (String request : seen) {
            if (request.startsWith("/feed/")) {
                assertTrue(request.contains("application/rss+xml") && request.endsWith("\"v0\""), request);
            } else {
                assertTrue(request.contains("text/html") && request.endsWith(" null"), request);
            }
        }
    }
}
