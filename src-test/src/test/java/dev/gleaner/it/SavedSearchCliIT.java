package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner search --save NAME} and {@code gleaner searches list|run|remove} as a user runs them. */
class SavedSearchCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path importNotes(Path ws) throws Exception {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("redis.md"), "# Redis 분산 락\n\n레디스로 분산 락을 구현한 이야기.\n");
        Files.writeString(notes.resolve("kafka.txt"), "카프카 컨슈머 정리\n\nKafka consumer group. 분산 메세지 큐.\n");
        assertEquals(0, CliRun.run(ws, "import", notes.toString()).status());
        return notes;
    }

    @Test
    void aSavedSearchIsListedWithItsCountRunAgainAndFollowsTheLibrary() throws Exception {
        Path ws = dir.resolve("ws");
        Path notes = importNotes(ws);

        CliRun save = CliRun.run(ws, "search", "분산", "--save", "분산 시스템");
        assertEquals(0, save.status(), save.err());
        assertTrue(save.out().contains("2 articles found"), save.out());
        assertTrue(save.out().contains("Saved as 분산 시스템"), save.out());
        CliRun json = CliRun.run(ws, "search", "레디스", "--save", "Redis", "--format", "json");
        JsonNode saved = JSON.readTree(json.out());
        assertEquals("Redis", saved.get("saved").get("name").asText());
        assertEquals("레디스", saved.get("saved").get("query").asText());
        assertEquals(1, saved.get("total").asInt(), "the search's own fields are all there");

        CliRun list = CliRun.run(ws, "searches", "list", "--format", "json");
        assertEquals(0, list.status(), list.err());
        JsonNode searches = JSON.readTree(list.out()).get("searches");
        assertEquals(2, searches.size(), list.out());
        assertEquals("Redis", searches.get(0).get("name").asText());
        assertEquals(1, searches.get(0).get("count").asInt());
        assertEquals("분산 시스템", searches.get(1).get("name").asText());
        assertEquals("분산", searches.get(1).get("query").asText());
        assertEquals(2, searches.get(1).get("count").asInt());
        for (String field : List.of("name", "query", "created", "count")) {
            assertTrue(searches.get(0).has(field), field);
        }

        // A new article that matches is counted and found by the saved search at once.
        Files.writeString(notes.resolve("zk.txt"), "주키퍼\n\n분산 코디네이션 서비스.\n");
        assertEquals(0, CliRun.run(ws, "import", notes.toString()).status());
        CliRun text = CliRun.run(ws, "searches", "list");
        assertTrue(text.out().contains("    3  분산 시스템  (분산)"), text.out());

        CliRun run = CliRun.run(ws, "searches", "run", "분산 시스템", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode result = JSON.readTree(run.out());
        assertEquals("분산", result.get("query").asText());
        assertEquals(3, result.get("total").asInt());
        assertEquals(3, result.get("hits").size());
        CliRun runText = CliRun.run(ws, "searches", "run", "redis");
        assertTrue(runText.out().contains("Redis 분산 락"), "names fold case: " + runText.out());

        // Saving under an existing name replaces its query.
        assertEquals(0, CliRun.run(ws, "search", "kafka", "--save", "redis").status());
        assertEquals(
                "kafka",
                JSON.readTree(CliRun.run(ws, "searches", "list", "--format", "json")
                                .out())
                        .get("searches")
                        .get(0)
                        .get("query")
                        .asText());

        CliRun remove = CliRun.run(ws, "searches", "remove", "REDIS");
        assertEquals(0, remove.status(), remove.err());
        assertTrue(remove.out().contains("Removed the saved search Redis"), remove.out());
        assertEquals(
                1,
                JSON.readTree(CliRun.run(ws, "searches", "list", "--format", "json")
                                .out())
                        .get("searches")
                        .size());
    }

    @Test
    void unknownNamesAndBadNamesAreOneLineErrorsThatChangeNothing() throws Exception {
        Path ws = dir.resolve("ws");
        importNotes(ws);
        CliRun none = CliRun.run(ws, "searches", "list");
        assertTrue(none.out().contains("No saved searches yet"), none.out());

        for (String sub : List.of("run", "remove")) {
            CliRun unknown = CliRun.run(ws, "searches", sub, "nope");
            assertEquals(1, unknown.status(), sub);
            assertEquals(
                    "gleaner: There is no saved search 'nope': see the names with 'gleaner searches list'.",
                    unknown.err().strip());
        }
        CliRun blank = CliRun.run(ws, "search", "redis", "--save", " ");
        assertEquals(1, blank.status());
        assertTrue(blank.err().startsWith("gleaner: Cannot save the search: "), blank.err());
        assertEquals("", blank.out(), "nothing is searched or printed");
        CliRun usage = CliRun.run(ws, "searches");
        assertEquals(0, usage.status());
        assertTrue(usage.out().contains("run"), "the group prints its usage: " + usage.out());
        assertEquals(
                0,
                JSON.readTree(CliRun.run(ws, "searches", "list", "--format", "json")
                                .out())
                        .get("searches")
                        .size());
    }
}
