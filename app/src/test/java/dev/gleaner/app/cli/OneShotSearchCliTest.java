package dev.gleaner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gleaner search} run one command after another, as from a terminal: each search opens the
 * index for reading before it locks the workspace, and must still find what the last import added.
 */
class OneShotSearchCliTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.run(dir.resolve("ws"), args);
    }

    @Test
    void aSearchFindsWhatTheLastImportAdded() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("kafka.md"), "# 카프카 컨슈머 정리\n\n컨슈머 그룹과 리밸런싱.\n");
        assertEquals(0, run("import", notes.toString()).status());
        CliRun first = run("search", "--format=json", "--limit=10", "레디스");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("\"total\" : 0"), first.out());

        Files.writeString(notes.resolve("redis.md"), "# 레디스 분산 락\n\nRedlock 으로 구현한 분산 락.\n");
        assertEquals(0, run("import", notes.toString()).status());
        CliRun second = run("search", "--format=json", "--limit=10", "레디스");
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().contains("\"total\" : 1"), second.out());
        assertTrue(second.out().contains("레디스 분산 락"), second.out());

        // Twice more: an index read without its writer, then one caught up by the search itself.
        assertEquals(
                second.out(),
                run("search", "--format=json", "--limit=10", "레디스").out());
        CliRun kafka = run("search", "--format=json", "--limit=10", "카프카", "컨슈머");
        assertTrue(kafka.out().contains("\"total\" : 1"), kafka.out());
        assertEquals("", kafka.err());
    }
}
