package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gleaner issue add URL} clipping the page from a local HTTP server, {@code issue renumber},
 * {@code series rename} and {@code series delete}.
 */
class IssueHousekeepingCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LocalSite site;

    @BeforeEach
    void serve() throws Exception {
        site = new LocalSite();
        ok("series", "set", "Weekly Notes", "--zone", "Asia/Seoul");
        ok("issue", "new", "--number", "3", "--period", "2024-06-16~2024-06-22", "--date", "2024-06-24T09:00:00+09:00");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String url(String path) {
        return site.url(path);
    }

    private CliRun ok(String... args) {
        CliRun r = CliRun.run(dir.resolve("ws"), args);
        assertEquals(0, r.status(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private CliRun refused(String... args) {
        CliRun r = CliRun.run(dir.resolve("ws"), args);
        assertEquals(1, r.status(), String.join(" ", args) + "\n" + r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        return r;
    }

    private JsonNode json(String... args) throws Exception {
        return JSON.readTree(ok(args).out());
    }

    @Test
    void aLinkAddedWithoutAHeadingIsClippedAndTakesThePagesTitle() throws Exception {
        String body = "<p>카프카 컨슈머 그룹의 리밸런싱을 줄이려고 파티션 할당 전략을 바꿨다. Cooperative sticky assignor 를 썼다.</p>";
        site.page(
                "/blog/kafka/",
                "<!doctype html><html lang=\"ko\"><head><title>카프카 리밸런싱 줄이기 | 블로그</title>"
                        + "<meta property=\"og:title\" content=\"카프카 리밸런싱 줄이기\"></head><body>"
                        + "<article><h1>카프카 리밸런싱 줄이기</h1>" + body.repeat(6) + "</article></body></html>");

        CliRun added = ok("issue", "add", "3", url("/blog/kafka/"));

        assertTrue(added.out().contains("as item 1: 카프카 리밸런싱 줄이기"), added.out());
        assertEquals("", added.err());
        JsonNode item =
                json("issue", "show", "3", "--format", "json").get("items").get(0);
        assertEquals("카프카 리밸런싱 줄이기", item.get("heading").asText());
        assertEquals(url("/blog/kafka/"), item.get("url").asText());
        JsonNode article = json("show", item.get("articleId").asText(), "--format", "json");
        assertTrue(article.get("text").asText().contains("Cooperative sticky"), article.toString());
        JsonNode found = json("search", "리밸런싱", "--format", "json");
        assertEquals(1, found.get("total").asInt(), found.toString());
    }

    @Test
    void aPageThatCannotBeFetchedStillAddsTheLinkWithAOneLineWarning() throws Exception {
        CliRun added = ok("issue", "add", "3", url("/gone/"));

        assertEquals(1, added.err().lines().count(), added.err());
        assertTrue(added.err().contains("warning") && added.err().contains("gleaner clip"), added.err());
        JsonNode items = json("issue", "show", "3", "--format", "json").get("items");
        assertEquals(1, items.size());
        assertEquals(url("/gone/"), items.get(0).get("url").asText());
        assertEquals(url("/gone/"), items.get(0).get("heading").asText());
    }

    @Test
    void aHeadingGivenOrNoFetchStoresTheLinkWithoutAskingTheSite() throws Exception {
        ok("issue", "add", "3", url("/a/"), "--heading", "A post");
        ok("issue", "add", "3", url("/b/"), "--no-fetch");

        JsonNode items = json("issue", "show", "3", "--format", "json").get("items");
        assertEquals("A post", items.get(0).get("heading").asText());
        assertEquals(url("/b/"), items.get(1).get("heading").asText());
    }

    @Test
    void anIssueIsRenumberedAndItsDefaultTitleFollows() throws Exception {
        ok("issue", "add", "3", "https://example.com/a", "--heading", "A post");
        ok("issue", "new", "--number", "4", "--period", "2024-06-23~2024-06-29", "--date", "2024-07-01T09:00:00+09:00");

        CliRun taken = refused("issue", "renumber", "3", "4");
        assertTrue(taken.err().contains("another number"), taken.err());
        refused("issue", "renumber", "3", "0");

        CliRun moved = ok("issue", "renumber", "3", "7");
        assertTrue(moved.out().contains("now issue 7"), moved.out());
        JsonNode seven = json("issue", "show", "7", "--format", "json");
        assertEquals("Weekly Notes, Issue 7", seven.get("title").asText());
        assertEquals("A post", seven.get("items").get(0).get("heading").asText());
        refused("issue", "show", "3");
    }

    @Test
    void aSeriesIsRenamedWithItsIssuesAndDeletedOnlyWithYes() throws Exception {
        ok("issue", "add", "3", "https://example.com/a", "--heading", "A post");
        Path out = dir.resolve("notes-3.md");
        ok("issue", "export", "3", "--out", out.toString());

        ok("series", "rename", "Weekly Notes", "Tech Notes");
        JsonNode issue = json("issue", "show", "3", "--series", "Tech Notes", "--format", "json");
        assertEquals("Tech Notes", issue.get("series").asText());
        assertEquals("A post", issue.get("items").get(0).get("heading").asText());
        refused("series", "show", "Weekly Notes");

        CliRun notYet = refused("series", "delete", "Tech Notes");
        assertTrue(notYet.err().contains("--yes"), notYet.err());
        assertEquals(1, json("issue", "list", "--format", "json").get("issues").size(), "nothing deleted");

        CliRun deleted = ok("series", "delete", "Tech Notes", "--yes");
        assertTrue(deleted.out().contains("its 1 issue;"), deleted.out());
        assertTrue(ok("series", "show").out().contains("No series yet"));
        assertTrue(Files.exists(out), "a written post is the writer's: it stays");
        assertEquals(1, json("list", "--format", "json").get("articles").size(), "the article stays");
    }

    @Test
    void theNewCommandsExplainThemselves() {
        assertTrue(ok("issue", "renumber", "--help").out().contains("NEW"));
        assertTrue(ok("series", "rename", "--help").out().contains("OLD"));
        assertTrue(ok("series", "delete", "--help").out().contains("--yes"));
        assertTrue(ok("issue", "add", "--help").out().contains("--no-fetch"));
        assertFalse(ok("series", "--help").out().isBlank());
    }
}
