package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner clip} against pages served by a local HTTP server. */
class ClipCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LocalSite site;

    @BeforeEach
    void serve() throws Exception {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String url(String path) {
        return site.url(path);
    }

    private void page(String path, String html) {
        site.page(path, html);
    }

    private static String post(String title, String body) {
        return "<!doctype html><html lang=\"ko\"><head><title>" + title + " | 로컬 블로그</title>"
                + "<meta property=\"og:title\" content=\"" + title + "\"></head><body>"
                + "<nav><a href=\"/blog/\">Home</a> <a href=\"/blog/archives/\">Archives</a></nav>"
                + "<article class=\"post\"><h1 class=\"post-title\">" + title + "</h1>"
                + "<div class=\"post-content\">" + body + "</div></article>"
                + "<footer>© 로컬 블로그 · Powered by Hexo</footer></body></html>";
    }

    @Test
    void aHexoIndexPageIsAListingWhosePostsAreClippedOneByOne() throws Exception {
        StringBuilder index = new StringBuilder("<!doctype html><html><head><title>로컬 블로그</title></head><body>");
        for (int i = 1; i <= 3; i++) {
            String title = "분산 시스템 노트 " + i;
            String body = ("<p>" + title + "의 본문이다. 레디스와 카프카를 이용해 메시지 큐를 만들고 장애를 견디는 방법을 정리했다.</p>").repeat(6);
            page("/blog/post-" + i + "/", post(title, body));
            index.append("<article class=\"post\"><h2><a href=\"/blog/post-")
                    .append(i)
                    .append("/\">")
                    .append(title)
                    .append("</a></h2><p>")
                    .append(title)
                    .append("의 요약.</p><a class=\"more-link\" href=\"/blog/post-")
                    .append(i)
                    .append("/#more\">Read more »</a></article>");
        }
        page("/blog/", index.append("</body></html>").toString());
        Path ws = dir.resolve("ws");

        CliRun clip = CliRun.run(ws, "clip", url("/blog/"));

        assertEquals(0, clip.status(), clip.out() + clip.err());
        assertTrue(clip.out().contains("lists 3 posts"), clip.out());
        assertEquals(3, clip.out().lines().filter(l -> l.startsWith("added")).count(), clip.out());
        JsonNode articles =
                JSON.readTree(CliRun.run(ws, "list", "--format", "json").out()).get("articles");
        assertEquals(3, articles.size());
        for (JsonNode a : articles) {
            assertTrue(a.get("title").asText().startsWith("분산 시스템 노트"), a.toString());
            assertFalse(a.get("title").asText().contains("로컬 블로그"), a.toString());
        }
        CliRun again = CliRun.run(ws, "clip", url("/blog/"));
        assertEquals(
                3, again.out().lines().filter(l -> l.startsWith("unchanged")).count(), again.out());
    }

    @Test
    void aSinglePostIsStoredWithoutItsChromeAndIsSearchable() throws Exception {
        page(
                "/blog/post-9/",
                post("카프카 컨슈머 리밸런싱", "<p>Kafka consumer group 의 리밸런싱을 줄이는 방법. 파티션 할당 전략을 바꿨다.</p>".repeat(5)));
        Path ws = dir.resolve("ws");
        CliRun clip = CliRun.run(ws, "clip", url("/blog/post-9/"));
        assertEquals(0, clip.status(), clip.err());
        String id = clip.out().strip().split("\\s+")[1];
        JsonNode shown =
                JSON.readTree(CliRun.run(ws, "show", id, "--format", "json").out());
        assertEquals("카프카 컨슈머 리밸런싱", shown.get("title").asText());
        assertFalse(
                shown.get("text").asText().contains("Powered by Hexo"),
                shown.get("text").asText());
        JsonNode found = JSON.readTree(
                CliRun.run(ws, "search", "kafka", "--format", "json").out());
        assertEquals(1, found.get("total").asInt(), found.toString());
    }

    @Test
    void aMissingPageIsAOneLineError() {
        CliRun clip = CliRun.run(dir.resolve("ws"), "clip", url("/nothing/"));
        assertEquals(1, clip.status());
        assertTrue(clip.err().contains("404"), clip.err());
    }

    @Test
    void realTistoryAndNaverPostsClipWithTheirTitles() throws Exception {
        Path extraction = CliRun.corpus().resolve("extraction");
        assumeTrue(Files.isDirectory(extraction), "no corpus at " + extraction + "; skipping");
        site.put("/tistory/634", Files.readAllBytes(extraction.resolve("tistory/post634.html")));
        Path naver;
        try (var cases = Files.list(extraction.resolve("naver-blog"))) {
            naver = cases.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
        site.put("/naver/PostView", Files.readAllBytes(naver.resolve("source.html")));
        Path ws = dir.resolve("ws");
        for (String path : new String[] {"/tistory/634", "/naver/PostView"}) {
            CliRun clip = CliRun.run(ws, "clip", url(path));
            assertEquals(0, clip.status(), path + ": " + clip.err());
            assertTrue(clip.out().startsWith("added"), clip.out());
        }
        JsonNode articles =
                JSON.readTree(CliRun.run(ws, "list", "--format", "json").out()).get("articles");
        assertEquals(2, articles.size());
        for (JsonNode a : articles) {
            assertFalse(a.get("title").asText().isBlank(), a.toString());
            JsonNode shown = JSON.readTree(CliRun.run(ws, "show", a.get("id").asText(), "--format", "json")
                    .out());
            String text = shown.get("text").asText();
            assertFalse(
                    text.lines()
                            .anyMatch(l -> l.strip().equals("공감") || l.strip().startsWith("Posted by")),
                    text);
        }
    }
}
