package dev.gleaner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner link ID URL}: an imported note gets the link that lets it into an issue. */
class LinkCliTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        List<String> all =
                new ArrayList<>(List.of("--workspace", dir.resolve("ws").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(Map.of()).run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void aLinkedNoteCanBeAddedToAnIssueAndABadLinkChangesNothing() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("redis.md"), "# 레디스 캐시 정리\n\n만료 정책.\n");
        assertEquals(0, run("import", notes.toString()).status());
        assertEquals(0, run("series", "set", "Weekly").status());
        assertEquals(0, run("issue", "new", "--period", "2026-11-15~2026-11-21").status());
        Run refused = run("issue", "add", "1", "1");
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("has no URL"), refused.err());

        Run bad = run("link", "1", "redis-cache");
        assertEquals(1, bad.status());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("'redis-cache' is not a web address"), bad.err());

        Run linked = run("link", "1", "https://blog.example.kr/posts/redis-cache/");
        assertEquals(0, linked.status(), linked.err());
        assertEquals(
                "Linked 1  레디스 캐시 정리  (https://blog.example.kr/posts/redis-cache)\n",
                linked.out().replace("\r\n", "\n"));
        Run added = run("issue", "add", "1", "1");
        assertEquals(0, added.status(), added.err());
        assertTrue(run("issue", "show", "1").out().contains("https://blog.example.kr/posts/redis-cache (article 1)"));
        assertEquals(0, run("import", notes.toString()).status());
        assertTrue(
                run("show", "1", "--format", "json").out().contains("https://blog.example.kr/posts/redis-cache"),
                "importing the note again keeps its link");

        Run missing = run("link", "9", "https://example.com/");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("There is no article 9"), missing.err());
    }
}
