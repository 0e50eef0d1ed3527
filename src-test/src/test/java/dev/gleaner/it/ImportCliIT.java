package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner import}, {@code list}, {@code show} and {@code doctor} as a user runs them. */
class ImportCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path notes() throws Exception {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes.resolve("2024"));
        Files.writeString(notes.resolve("2024/redis.md"), """
                ---
                title: Redis 분산 락
                date: 2024-06-20T09:30:00+09:00
                tags: [redis, 분산락]
                ---
                레디스로 분산 락을 구현한 이야기.
                """);
        Files.writeString(notes.resolve("kafka.txt"), "카프카 컨슈머 정리\n\nKafka consumer group rebalancing.\n");
        return notes;
    }

    @Test
    void importingTwiceReportsUnchangedAndListPrintsTheContractJson() throws Exception {
        Path ws = dir.resolve("ws");
        Path notes = notes();
        CliRun first = CliRun.run(ws, "import", notes.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("2 added, 0 updated, 0 unchanged, 0 failed"), first.out());
        CliRun second = CliRun.run(ws, "import", notes.toString());
        assertTrue(second.out().contains("0 added, 0 updated, 2 unchanged, 0 failed"), second.out());

        CliRun list = CliRun.run(ws, "list", "--format", "json");
        assertEquals(0, list.status(), list.err());
        JsonNode articles = JSON.readTree(list.out()).get("articles");
        assertEquals(2, articles.size());
        JsonNode redis = null;
        for (JsonNode a : articles) {
            if (a.get("title").asText().equals("Redis 분산 락")) {
                redis = a;
            }
        }
        assertTrue(redis != null, list.out());
        assertEquals("2024-06-20T09:30+09:00", redis.get("published").asText());
        assertEquals(
                notes.resolve("2024/redis.md").toAbsolutePath().toString(),
                redis.get("path").asText());
        assertEquals("[\"redis\",\"분산락\"]", redis.get("tags").toString());
        for (String field : List.of("id", "title", "url", "path", "published", "source", "tags")) {
            assertTrue(redis.has(field), field);
        }

        CliRun show = CliRun.run(ws, "show", redis.get("id").asText(), "--format", "json");
        assertEquals(
                "레디스로 분산 락을 구현한 이야기.", JSON.readTree(show.out()).get("text").asText());
    }

    @Test
    void anEditedFileUpdatesItsArticle() throws Exception {
        Path ws = dir.resolve("ws");
        Path notes = notes();
        CliRun.run(ws, "import", notes.toString());
        Files.writeString(notes.resolve("kafka.txt"), "카프카 컨슈머 정리\n\n리밸런싱을 다시 정리했다.\n");
        CliRun again = CliRun.run(ws, "import", notes.toString());
        assertTrue(again.out().contains("0 added, 1 updated, 1 unchanged, 0 failed"), again.out());
    }

    @Test
    void userErrorsAreOneLineWithStatusOneAndNoStackTrace() throws Exception {
        Path ws = dir.resolve("ws");
        CliRun missing = CliRun.run(ws, "import", dir.resolve("missing.md").toString());
        assertEquals(1, missing.status());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("missing.md"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());

        CliRun noArticle = CliRun.run(ws, "show", "42");
        assertEquals(1, noArticle.status());
        assertTrue(noArticle.err().startsWith("gleaner: There is no article 42"), noArticle.err());

        CliRun usage = CliRun.run(ws, "lsit");
        assertEquals(2, usage.status());
        assertTrue(usage.err().contains("'lsit'") && usage.err().contains("--help"), usage.err());

        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, "+++\ntitle = \"unterminated\n+++\nbody\n");
        CliRun badFront = CliRun.run(ws, "import", bad.toString());
        assertEquals(0, badFront.status(), "a post is never lost over its front matter");
        assertTrue(badFront.err().contains("warning: The TOML front matter of " + bad), badFront.err());
        assertTrue(badFront.out().contains("1 imported with warnings"), badFront.out());
        assertTrue(Files.exists(ws.resolve("logs")), "the trace goes to the workspace log");
    }

    @Test
    void aLockedWorkspaceNamesTheProcessThatHoldsIt() throws Exception {
        Path ws = dir.resolve("ws");
        try (var held = dev.gleaner.core.workspace.Workspace.open(ws)) {
            CliRun run = CliRun.run(ws, "list");
            assertEquals(1, run.status());
            assertTrue(
                    run.err()
                            .contains("in use by another Gleaner (process "
                                    + ProcessHandle.current().pid() + ")"),
                    run.err());
        }
    }

    @Test
    void doctorReportsAHealthyLibrary() throws Exception {
        Path ws = dir.resolve("ws");
        CliRun.run(ws, "import", notes().toString());
        CliRun doctor = CliRun.run(ws, "doctor");
        assertEquals(0, doctor.status(), doctor.out() + doctor.err());
        assertTrue(doctor.out().contains("library: ok (2 articles"), doctor.out());
    }

    @Test
    void theSeedsImportWithSensibleTitlesAndASecondRunChangesNothing() throws Exception {
        Path seeds = CliRun.seeds();
        assumeTrue(Files.isDirectory(seeds), "the seeds are not here (" + seeds + "); skipping");
        Path ws = dir.resolve("ws");
        CliRun first = CliRun.run(ws, "import", seeds.toString());
        assertEquals(0, first.status(), first.err());
        // Seeds 000, 002 and 004 are listing pages saved as text: each becomes its posts (5, 11, 10).
        assertTrue(first.out().contains("28 added"), first.out());
        assertEquals(5, first.out().lines().filter(l -> l.contains("000_")).count(), first.out());
        assertEquals(11, first.out().lines().filter(l -> l.contains("002_")).count(), first.out());
        assertEquals(10, first.out().lines().filter(l -> l.contains("004_")).count(), first.out());
        CliRun second = CliRun.run(ws, "import", seeds.toString());
        assertTrue(second.out().contains("0 added, 0 updated, 28 unchanged, 0 failed"), second.out());
        JsonNode articles =
                JSON.readTree(CliRun.run(ws, "list", "--format", "json").out()).get("articles");
        List<String> titles = new ArrayList<>();
        articles.forEach(a -> titles.add(a.get("title").asText()));
        assertTrue(titles.contains("Article Weekly, Issue 25"), titles.toString());
        assertTrue(titles.contains("메소스(mesos) 공부"), titles.toString());
        assertTrue(titles.contains("네이버 컨퍼런스"), titles.toString());
        assertTrue(titles.contains("How socket.io-redis adapter works? 레디스 어댑터 동작원리"), titles.toString());
    }
}
