package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner feed ...} and {@code refresh} against a local HTTP server, as a user runs them. */
class FeedCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/blog/",
                ex -> send(
                        ex,
                        200,
                        "text/html",
                        "<html><head><title>Blog</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/blog/rss.xml\"></head><body>hi</body></html>"));
        server.createContext("/blog/rss.xml", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            send(ex, 200, "application/rss+xml", rss("로컬 블로그", 3));
        });
        server.createContext("/broken.xml", ex -> send(ex, 500, "text/plain", "oops"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String rss(String title, int n) {
        StringBuilder sb = new StringBuilder(
                "<rss version=\"2.0\"><channel><title>" + title + "</title><link>https://l.example/</link>");
        for (int i = 0; i < n; i++) {
            sb.append("<item><title>글 ")
                    .append(i)
                    .append("</title><link>https://l.example/p")
                    .append(i)
                    .append("</link><guid>p")
                    .append(i)
                    .append("</guid><description>")
                    .append("본문 ".repeat(300))
                    .append("</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Test
    void addDiscoversTheFeedAndRefreshCountsNewNotModifiedAndFailed() throws Exception {
        Path ws = dir.resolve("ws");
        CliRun add = CliRun.run(ws, "feed", "add", url("/blog/"), "--folder", "Dev");
        assertEquals(0, add.status(), add.err());
        assertEquals("1\t로컬 블로그", add.out().strip());
        assertEquals(
                0,
                CliRun.run(ws, "feed", "add", url("/broken.xml")).status() == 0 ? 1 : 0,
                "a failing URL cannot be added");

        Path opml = dir.resolve("more.opml");
        Files.writeString(
                opml,
                "<opml version=\"2.0\"><body><outline text=\"Broken\"><outline text=\"B\" xmlUrl=\""
                        + url("/broken.xml") + "\"/></outline></body></opml>");
        CliRun imported = CliRun.run(ws, "feed", "import-opml", opml.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().contains("Imported 1 feeds in 1 folders"), imported.out());

        CliRun first = CliRun.run(ws, "refresh", "--format", "json");
        assertEquals(0, first.status(), first.err());
        JsonNode totals = JSON.readTree(first.out()).path("totals");
        assertEquals(3, totals.path("new").asInt());
        assertEquals(1, totals.path("failed").asInt());
        JsonNode failedFeed = JSON.readTree(first.out()).path("feeds").get(1);
        assertEquals("failed", failedFeed.path("status").asText());
        assertEquals("HTTP 500", failedFeed.path("error").asText());

        CliRun second = CliRun.run(ws, "refresh", "--feed", "1", "--format", "json");
        assertEquals(
                "not-modified",
                JSON.readTree(second.out()).path("feeds").get(0).path("status").asText());

        JsonNode feeds = JSON.readTree(
                        CliRun.run(ws, "feed", "list", "--format", "json").out())
                .path("feeds");
        assertEquals(2, feeds.size());
        JsonNode blog = feeds.get(0);
        assertEquals(url("/blog/rss.xml"), blog.path("url").asText());
        assertEquals("로컬 블로그", blog.path("title").asText());
        assertEquals("https://l.example/", blog.path("siteUrl").asText());
        assertEquals("Dev", blog.path("folder").asText());
        assertEquals(3, blog.path("unread").asInt());
        assertEquals(3, blog.path("total").asInt());
        assertTrue(blog.path("lastError").isNull());
        assertTrue(blog.path("lastSuccess").isTextual());
        assertEquals("HTTP 500", feeds.get(1).path("lastError").asText());
        assertEquals("Broken", feeds.get(1).path("folder").asText());

        JsonNode listed = JSON.readTree(CliRun.run(ws, "list", "--feed", "1", "--format", "json")
                        .out())
                .path("articles");
        assertEquals(3, listed.size());

        Path out = dir.resolve("out.opml");
        assertEquals(0, CliRun.run(ws, "feed", "export-opml", out.toString()).status());
        assertTrue(Files.readString(out).contains(url("/broken.xml")));

        CliRun removed = CliRun.run(ws, "feed", "remove", "1");
        assertEquals(0, removed.status(), removed.err());
        assertTrue(removed.out().contains("3 articles deleted, 0 kept"), removed.out());
    }

    @Test
    void theRealKoreanOpmlImports880FeedsAndTheMalformedCopyFailsClearly() {
        Path kr = CliRun.corpus().resolve("feeds/opml/korea-dev-rss");
        assumeTrue(Files.isDirectory(kr), "corpus not found: " + kr);
        Path ws = dir.resolve("ws");
        CliRun ok = CliRun.run(
                ws,
                "feed",
                "import-opml",
                kr.resolve("Korea-Dev-RSS.opml@91af125.opml").toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().startsWith("Imported 880 feeds in 7 folders"), ok.out());
        CliRun bad = CliRun.run(
                ws,
                "feed",
                "import-opml",
                kr.resolve("Korea-Dev-RSS_temp.opml@ca25f42.opml").toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("malformed at line 1"), bad.err());
        assertEquals(
                880, CliRun.run(ws, "feed", "list", "--format", "json").out().split("\"url\"").length - 1);
    }
}
