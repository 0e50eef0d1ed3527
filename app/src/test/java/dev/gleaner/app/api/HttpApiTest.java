package dev.gleaner.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.app.Services;
import dev.gleaner.app.cli.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API over a real workspace (SQLite library, Lucene index) and a real server on an
 * ephemeral loopback port, called with the JDK's HTTP client as a script would.
 */
class HttpApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path ws;
    static Services services;
    static HttpApi api;
    static String token;
    static HttpClient client;

    @BeforeAll
    static void openWorkspaceAndServe() throws IOException {
        ws = dir.resolve("ws");
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(
                notes.resolve("redis.md"),
                "---\ntitle: Redis 분산 락\ntags: [redis]\ndate: 2024-06-20\n---\n# Redis 분산 락\n\n레디스로 분산 락을 건다. SETNX와 TTL.\n");
        Files.writeString(
                notes.resolve("kafka.md"),
                "---\ntitle: Kafka 컨슈머 정리\ntags: [kafka]\ndate: 2024-06-21\n---\n# Kafka 컨슈머 정리\n\n컨슈머 그룹과 파티션 리밸런스.\n");
        Path opml = dir.resolve("subs.opml");
        Files.writeString(
                opml,
                "<opml version=\"2.0\"><body><outline text=\"개발\"><outline text=\"예제 블로그\" type=\"rss\""
                        + " xmlUrl=\"https://blog.example.kr/rss\"/></outline></body></opml>");
        cli("import", notes.toString());
        cli("feed", "import-opml", opml.toString());
        cli("series", "set", "Article Weekly", "--zone", "Asia/Seoul", "--week-start", "sunday");
        cli("issue", "new", "--number", "25");
        cli("issue", "add", "25", "https://redis.io/docs/manual/patterns/distributed-locks/", "--heading", "분산 락");

        services = Services.open(ws);
        api = HttpApi.start(
                ws,
                0,
                (args, out, err) -> Cli.runForwarded(services, args, ws, InputStream.nullInputStream(), out, err));
        token = Files.readString(ws.resolve(ApiToken.FILE_NAME)).strip();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (api != null) {
            api.close();
        }
        if (services != null) {
            services.close();
        }
    }

    /** Runs a command line on the workspace as a user would, before the API opens it. */
    private static void cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", ws.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(Map.of()).run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, status, String.join(" ", args) + "\n" + out + err);
    }

    /** {@return what the same command prints with {@code --format json} on the open workspace} */
    private static JsonNode printed(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.runForwarded(
                services, args, ws, InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        return JSON.readTree(out.toString());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + token));
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + api.port() + pathAndQuery);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode ok(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "application/json; charset=utf-8",
                r.headers().firstValue("Content-Type").orElse(null));
        return JSON.readTree(r.body());
    }

    /** Asserts a refusal: the status and a one-line JSON error saying {@code what}. */
    private static void refused(int status, String what, HttpResponse<String> r) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(1, r.body().strip().lines().count(), r.body());
        String error = JSON.readTree(r.body()).path("error").asText();
        assertTrue(error.contains(what), error);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchAnswersTheDocumentTheCommandPrints() throws Exception {
        JsonNode answer = ok(get("/api/search?q=" + q("레디스") + "&limit=5"));
        assertEquals(printed("search", "레디스", "--limit", "5", "--format", "json"), answer);
        assertEquals(1, answer.path("total").asInt());
        assertEquals("Redis 분산 락", answer.path("hits").get(0).path("title").asText());

        JsonNode byDate = ok(get("/api/search?q=" + q("컨슈머 OR 레디스") + "&sort=date"));
        assertEquals(printed("search", "컨슈머 OR 레디스", "--sort", "date", "--format", "json"), byDate);
        assertEquals("Kafka 컨슈머 정리", byDate.path("hits").get(0).path("title").asText());
    }

    @Test
    void articlesAreListedAndShownAsListAndShowPrintThem() throws Exception {
        JsonNode all = ok(get("/api/articles"));
        assertEquals(printed("list", "--format", "json"), all);
        List<String> titles = new ArrayList<>();
        all.path("articles").forEach(a -> titles.add(a.path("title").asText()));
        assertTrue(titles.containsAll(List.of("Redis 분산 락", "Kafka 컨슈머 정리")), titles.toString());

        JsonNode kafka = ok(get("/api/articles?tag=kafka&limit=10"));
        assertEquals(printed("list", "--tag", "kafka", "--limit", "10", "--format", "json"), kafka);
        assertEquals(1, kafka.path("articles").size());
        long id = kafka.path("articles").get(0).path("id").asLong();

        JsonNode one = ok(get("/api/articles/" + id));
        assertEquals(printed("show", Long.toString(id), "--format", "json"), one);
        assertTrue(one.path("text").asText().contains("리밸런스"), one.toString());

        refused(404, "There is no article 999", get("/api/articles/999"));
        refused(400, "whole number", get("/api/articles/abc"));
        refused(400, "There is no feed 77", get("/api/articles?feed=77"));
    }

    @Test
    void feedsAndIssuesAreAnsweredAsTheirCommandsPrintThem() throws Exception {
        JsonNode feeds = ok(get("/api/feeds"));
        assertEquals(printed("feed", "list", "--format", "json"), feeds);
        assertEquals(
                "https://blog.example.kr/rss",
                feeds.path("feeds").get(0).path("url").asText());

        JsonNode issues = ok(get("/api/issues"));
        assertEquals(printed("issue", "list", "--format", "json"), issues);
        assertEquals("Article Weekly", issues.path("series").asText());
        assertEquals(25, issues.path("issues").get(0).path("number").asInt());
        assertEquals(1, issues.path("issues").get(0).path("items").asInt());

        JsonNode issue = ok(get("/api/issues/25"));
        assertEquals(printed("issue", "show", "25", "--format", "json"), issue);
        assertEquals("분산 락", issue.path("items").get(0).path("heading").asText());

        refused(404, "There is no issue 26", get("/api/issues/26"));
        refused(404, "There is no series", get("/api/issues/25?series=" + q("Other Weekly")));
    }

    @Test
    void withoutTheTokenNothingIsAnswered() throws Exception {
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/api/articles")));
        refused(401, ApiToken.FILE_NAME, none);
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertFalse(none.body().contains("Redis"), none.body());

        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", "Bearer " + token.substring(1) + "x"));
        refused(401, "Authorization: Bearer", wrong);
        HttpResponse<String> basic =
                send(HttpRequest.newBuilder(uri("/api/articles")).header("Authorization", "Basic " + token));
        assertEquals(401, basic.statusCode());

        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.resolve(ApiToken.FILE_NAME))));
        assertEquals(43, token.length());
    }

    @Test
    void theTokenIsKeptAcrossStartsAndRenewedWhenOthersCouldReadIt() throws Exception {
        assertEquals(token, ApiToken.inWorkspace(ws).value());
        Path elsewhere = Files.createDirectories(dir.resolve("other"));
        Path file = elsewhere.resolve(ApiToken.FILE_NAME);
        String first = ApiToken.inWorkspace(elsewhere).value();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        String renewed = ApiToken.inWorkspace(elsewhere).value();
        assertNotEquals(first, renewed);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aWebPageCannotReadTheLibrary() throws Exception {
        HttpResponse<String> fromPage = send(HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", "Bearer " + token)
                .header("Origin", "https://evil.example"));
        refused(403, "web pages", fromPage);
        assertTrue(fromPage.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/articles"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET"));
        assertEquals(403, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        HttpResponse<String> nullOrigin = send(HttpRequest.newBuilder(uri("/api/feeds"))
                .header("Authorization", "Bearer " + token)
                .header("Origin", "null"));
        assertEquals(200, nullOrigin.statusCode());
    }

    @Test
    void aRequestAddressedToAnotherHostIsRefused() throws Exception {
        // A page on a rebound DNS name reaches 127.0.0.1 with its own name in Host.
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), api.port())) {
            socket.getOutputStream()
                    .write(("GET /api/articles HTTP/1.1\r\nHost: rebound.example:" + api.port()
                                    + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
            assertTrue(answer.contains("127.0.0.1 or localhost"), answer);
            assertFalse(answer.contains("Redis"), answer);
        }
        assertEquals(
                200,
                send(HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + "/api/feeds"))
                                .header("Authorization", "Bearer " + token))
                        .statusCode());
    }

    @Test
    void onlyGetOfKnownPathsWithGoodParametersIsAnswered() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        refused(405, "read-only", post);
        assertEquals("GET", post.headers().firstValue("Allow").orElse(null));
        HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/api/articles/1"))
                .header("Authorization", "Bearer " + token)
                .DELETE());
        assertEquals(405, delete.statusCode());

        refused(404, "No such endpoint", get("/api/star/1"));
        refused(404, "No such endpoint", get("/api/articles/1/notes"));
        refused(404, "No such endpoint", get("/"));

        refused(400, "needs a query", get("/api/search"));
        refused(400, "limit must be between 1 and 1000", get("/api/search?q=redis&limit=0"));
        refused(400, "limit must be a whole number", get("/api/articles?limit=ten"));
        refused(400, "sort must be relevance or date", get("/api/search?q=redis&sort=best"));
        refused(400, "Unknown parameter 'save'", get("/api/search?q=redis&save=mine"));
        refused(400, "given twice", get("/api/articles?tag=a&tag=b"));
        refused(400, "unread must be true or false", get("/api/articles?unread=maybe"));
        refused(400, "takes none", get("/api/feeds?x=1"));
    }

    @Test
    void queryTextIsSearchedNeverReadAsOptions() throws Exception {
        JsonNode answer = ok(get("/api/search?q=" + q("--save mine")));
        assertTrue(answer.has("total"), answer.toString());
        assertFalse(answer.has("saved"), answer.toString());
        assertTrue(services.library().savedSearches().isEmpty(), "nothing was saved");

        refused(400, "must not start with '-'", get("/api/articles?tag=" + q("--starred")));
        refused(400, "must not start with '-'", get("/api/issues?series=" + q("--help")));
    }
}
