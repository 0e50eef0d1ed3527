package dev.gleaner.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on a free loopback port, serving whatever the test registers. */
final class TestFeedServer implements AutoCloseable {
    final HttpServer server;
    final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, String> userAgents = new ConcurrentHashMap<>();

    TestFeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("test-http-", 0).factory()));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    void on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger())
                    .incrementAndGet();
            userAgents.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    /** Serves {@code body} with an ETag, answering 304 when the client sends it back. */
    void feedWithEtag(String path, String etag, String contentType, byte[] body) {
        on(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            send(ex, 200, contentType, body);
        });
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] rss(String title, int entries, String linkBase) {
        StringBuilder sb = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>")
                .append(title)
                .append("</title><link>")
                .append(linkBase)
                .append("</link>");
        for (int i = 0; i < entries; i++) {
            sb.append("<item><title>Post ")
                    .append(i)
                    .append("</title><link>")
                    .append(linkBase)
                    .append("post-")
                    .append(i)
                    .append("</link><guid>")
                    .append(linkBase)
                    .append("post-")
                    .append(i)
                    .append("</guid><pubDate>Mon, 02 Nov 2026 10:00:00 +0900</pubDate><description><![CDATA[<p>")
                    .append("Body of post ")
                    .append(i)
                    .append(". ".repeat(1))
                    .append(
                            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. "
                                    .repeat(6))
                    .append("</p>]]></description></item>");
        }
        return sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
