package dev.gleaner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner link ID URL}: an imported note gets the link that lets it into an issue. */
class LinkCliTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("ws"), args);
    }

    @Test
    void aLinkedNoteCanBeAddedToAnIssueAndABadLinkChangesNothing() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("redis.md"), "# 레디스 캐시 정리\n\n만료 정책.\n");
        assertEquals(0, run("import", notes.toString()).status());
        assertEquals(0, run("series", "set", "Weekly").status());
        assertEquals(0, run("issue", "new", "--period", "2026-11-15~2026-11-21").status());
        CliRun refused = run("issue", "add", "1", "1");
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("has no URL"), refused.err());

        CliRun bad = run("link", "1", "redis-cache");
        assertEquals(1, bad.status());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("'redis-cache' is not a web address"), bad.err());

        CliRun linked = run("link", "1", "https://blog.example.kr/posts/redis-cache/");
        assertEquals(0, linked.status(), linked.err());
        assertEquals(
                "Linked 1  레디스 캐시 정리  (https://blog.example.kr/posts/redis-cache)\n",
                linked.out().replace("\r\n", "\n"));
        CliRun added = run("issue", "add", "1", "1");
        assertEquals(0, added.status(), added.err());
        assertTrue(run("issue", "show", "1").out().contains("https://blog.example.kr/posts/redis-cache (article 1)"));
        assertEquals(0, run("import", notes.toString()).status());
        assertTrue(
                run("show", "1", "--format", "json").out().contains("https://blog.example.kr/posts/redis-cache"),
                "importing the note again keeps its link");

        CliRun missing = run("link", "9", "https://example.com/");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("There is no article 9"), missing.err());
    }
}
