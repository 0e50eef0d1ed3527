package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner extract} as a user runs it on a saved page. */
class ExtractCliIT {
    @TempDir
    Path dir;

    @Test
    void extractPrintsTheContractJsonWithoutStoring() throws Exception {
        Path page = dir.resolve("post.html");
        Files.writeString(page, """
                <html lang="en"><head><title>Kafka rebalancing explained | Dev Notes</title>
                <meta property="og:type" content="article"><script>alert(1)</script></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Kafka rebalancing explained</h1>
                <p>Consumers in a group share the partitions of a topic, and a rebalance moves them around.</p>
                <p>Cooperative rebalancing keeps most assignments and moves only what must move, <a href="/more">see more</a>.</p>
                </article><footer>Share this post</footer></body></html>
                """);
        CliRun run =
                CliRun.run(dir.resolve("ws"), "extract", page.toString(), "--base-url", "https://notes.example/kafka");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("Kafka rebalancing explained", json.get("title").asText());
        assertEquals("en", json.get("lang").asText());
        assertFalse(json.get("listing").asBoolean());
        assertTrue(json.get("text").asText().startsWith("Consumers in a group"), run.out());
        assertFalse(json.get("text").asText().contains("Share this post"), run.out());
        assertTrue(json.get("markdown").asText().contains("(https://notes.example/more)"), run.out());
    }

    @Test
    void aSavedBlogIndexIsAListingWithoutBaseUrl() throws Exception {
        StringBuilder html =
                new StringBuilder("<!doctype html>\n<!-- saved from url=(0024)https://blog.example.kr/ -->\n"
                        + "<html lang=\"ko\"><head><title>예제 블로그</title></head><body>"
                        + "<nav><a href=\"/\">Home</a> <a href=\"/archives/\">Archives</a></nav>");
        for (int i = 1; i <= 3; i++) {
            html.append("<article class=\"post\"><h2><a href=\"/2024/0")
                    .append(i)
                    .append("/post-")
                    .append(i)
                    .append("/\">분산 시스템 노트 ")
                    .append(i)
                    .append("</a></h2><p>레디스와 카프카로 메시지 큐를 만든 이야기의 ")
                    .append(i)
                    .append("번째 요약이다.</p><a href=\"/2024/0")
                    .append(i)
                    .append("/post-")
                    .append(i)
                    .append("/#more\">Read more »</a></article>");
        }
        Path page = dir.resolve("index.html");
        Files.writeString(page, html.append("</body></html>"));

        CliRun run = CliRun.run(dir.resolve("ws"), "extract", page.toString());

        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("listing").asBoolean(), run.out());
        assertEquals(3, json.get("links").size(), run.out());
        assertEquals(
                "https://blog.example.kr/2024/01/post-1/",
                json.get("links").get(0).asText());
    }

    @Test
    void theSavedTistoryListPageOfTheCorpusIsAListingWithoutBaseUrl() throws Exception {
        Path page = CliRun.corpus().resolve("extraction/tistory/page1.html");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(page), "no corpus at " + page + "; skipping");

        CliRun run = CliRun.run(dir.resolve("ws"), "extract", page.toString());

        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("listing").asBoolean(), json.get("text").asText());
        assertTrue(json.get("links").size() >= 2, run.out());
        for (JsonNode link : json.get("links")) {
            assertTrue(link.asText().startsWith("https://ramen4598.tistory.com/"), link.asText());
        }
    }
}
