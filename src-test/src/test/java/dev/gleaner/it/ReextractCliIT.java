package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.workspace.Workspace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner reextract} over pages clipped from a local HTTP server. */
class ReextractCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<!doctype html><html lang=\"ko\"><head><title>카프카 컨슈머 리밸런싱 | 로컬 블로그</title>"
            + "<meta property=\"og:title\" content=\"카프카 컨슈머 리밸런싱\"></head><body>"
            + "<nav><a href=\"/blog/\">Home</a></nav><article class=\"post\"><h1>카프카 컨슈머 리밸런싱</h1>"
            + "<div class=\"post-content\">"
            + "<p>Kafka consumer group 의 리밸런싱을 줄이는 방법을 정리했다. 파티션 할당 전략을 바꿨다.</p>".repeat(4)
            + "<p>마지막으로 cooperative sticky assignor 로 옮기자 멈춤이 사라졌다.</p>"
            + "</div></article><footer>© 로컬 블로그 · Powered by Hexo</footer></body></html>";

    @TempDir
    Path dir;

    private HttpServer server;
    private Path ws;

    @BeforeEach
    void serve() throws Exception {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/blog/kafka/", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        ws = dir.resolve("ws");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/blog/kafka/";
    }

    private long clip() {
        CliRun clip = CliRun.run(ws, "clip", url());
        assertEquals(0, clip.status(), clip.out() + clip.err());
        return Long.parseLong(clip.out().strip().split("\\s+")[1]);
    }

    @Test
    void aClippedPageIsKeptAndExtractsToTheSameArticle() {
        long id = clip();
        try (Workspace w = Workspace.open(ws)) {
            assertEquals(PAGE, w.library().rawHtml(id).orElseThrow());
        }

        CliRun again = CliRun.run(ws, "reextract", String.valueOf(id));

        assertEquals(0, again.status(), again.out() + again.err());
        assertTrue(again.out().startsWith("unchanged  " + id + "  카프카 컨슈머 리밸런싱"), again.out());
        assertTrue(again.out().contains("0 changed, 1 unchanged"), again.out());
    }

    @Test
    void anArticleFromAnOlderExtractionIsRestoredAndKeepsWhatTheReaderDid() throws Exception {
        long id = clip();
        String full;
        try (Workspace w = Workspace.open(ws)) {
            Article a = w.library().article(id).orElseThrow();
            full = a.text();
            // An older extractor lost the last paragraph.
            String cut = a.text().substring(0, a.text().indexOf("마지막으로"));
            w.library()
                    .save(
                            new ArticleDraft(
                                    a.url(),
                                    a.title(),
                                    a.authors(),
                                    a.published(),
                                    a.lang(),
                                    a.siteName(),
                                    a.tags(),
                                    a.markdown().substring(0, a.markdown().indexOf("마지막으로")),
                                    cut,
                                    null,
                                    a.leadImage(),
                                    null),
                            null);
        }
        assertEquals(0, CliRun.run(ws, "star", String.valueOf(id)).status());
        assertEquals(0, CliRun.run(ws, "tag", "add", String.valueOf(id), "읽을거리").status());
        assertEquals(0, CliRun.run(ws, "read", String.valueOf(id)).status());
        assertEquals(
                0,
                JSON.readTree(CliRun.run(ws, "search", "assignor", "--format", "json")
                                .out())
                        .get("total")
                        .asInt());

        CliRun re = CliRun.run(ws, "reextract", String.valueOf(id));

        assertEquals(0, re.status(), re.out() + re.err());
        String line = re.out().lines().findFirst().orElseThrow();
        assertTrue(line.startsWith("changed    " + id + "  카프카 컨슈머 리밸런싱  (text "), line);
        assertTrue(line.endsWith(" -> " + String.format("%,d", full.length()) + " chars)"), line);
        assertTrue(re.out().contains("1 changed, 0 unchanged"), re.out());
        JsonNode shown = JSON.readTree(
                CliRun.run(ws, "show", String.valueOf(id), "--format", "json").out());
        assertEquals(full, shown.get("text").asText());
        assertTrue(shown.get("starred").asBoolean(), shown.toString());
        assertTrue(shown.get("read").asBoolean(), shown.toString());
        assertTrue(shown.toString().contains("읽을거리"), shown.toString());
        JsonNode found = JSON.readTree(
                CliRun.run(ws, "search", "assignor", "--format", "json").out());
        assertEquals(1, found.get("total").asInt(), "the index follows: " + found);
        assertTrue(CliRun.run(ws, "reextract", String.valueOf(id)).out().startsWith("unchanged"));
    }

    @Test
    void allReextractsStoredPagesAndSkipsNotesWithAReason() throws Exception {
        long clipped = clip();
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("redis.md"), "---\ntitle: Redis 분산 락\n---\n레디스로 분산 락을 구현한 이야기.\n");
        assertEquals(0, CliRun.run(ws, "import", notes.toString()).status());
        long note =
                JSON
                        .readTree(CliRun.run(ws, "list", "--format", "json").out())
                        .get("articles")
                        .findValues("id")
                        .stream()
                        .mapToLong(JsonNode::asLong)
                        .filter(i -> i != clipped)
                        .findFirst()
                        .orElseThrow();

        CliRun named = CliRun.run(ws, "reextract", String.valueOf(note), String.valueOf(clipped));
        assertEquals(0, named.status(), named.err());
        assertEquals(
                List.of(
                        "skipped " + note + ": no stored page (imported from Markdown)",
                        "unchanged  " + clipped + "  카프카 컨슈머 리밸런싱"),
                named.out().lines().limit(2).toList());

        CliRun all = CliRun.run(ws, "reextract", "--all", "--format", "json");
        assertEquals(0, all.status(), all.err());
        JsonNode report = JSON.readTree(all.out());
        assertEquals(1, report.get("articles").size(), report.toString());
        assertEquals(clipped, report.get("articles").get(0).get("id").asLong());
        assertEquals("unchanged", report.get("articles").get(0).get("outcome").asText());
        assertEquals(1, report.get("skipped").asInt(), report.toString());

        CliRun unknown = CliRun.run(ws, "reextract", "999");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("There is no article 999"), unknown.err());
        assertFalse(unknown.out().contains("unchanged"), unknown.out());
    }
}
