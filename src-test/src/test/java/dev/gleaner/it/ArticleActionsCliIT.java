package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's actions on articles from the command line: star, read, notes, tags and delete, each
 * kept in step with the search index and refusing an unknown id without changing anything.
 */
class ArticleActionsCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path ws;
    long redis;
    long kafka;

    @BeforeEach
    void importNotes() throws Exception {
        ws = dir.resolve("ws");
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("redis.md"), """
                ---
                title: Redis 분산 락
                date: 2024-06-20T09:30:00+09:00
                tags: [redis, 분산락]
                ---
                레디스로 분산 락을 구현한 이야기.
                """);
        Files.writeString(notes.resolve("kafka.txt"), "카프카 컨슈머 정리\n\nKafka consumer group rebalancing.\n");
        CliRun imported = CliRun.run(ws, "import", notes.toString());
        assertEquals(0, imported.status(), imported.err());
        redis = idOf("Redis 분산 락");
        kafka = idOf("카프카 컨슈머 정리");
    }

    private long idOf(String title) throws Exception {
        for (JsonNode a :
                JSON.readTree(CliRun.run(ws, "list", "--format", "json").out()).get("articles")) {
            if (a.get("title").asText().equals(title)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no article " + title);
    }

    private List<Long> listed(String... filter) throws Exception {
        List<String> args = new ArrayList<>(List.of("list", "--format", "json"));
        args.addAll(List.of(filter));
        CliRun run = CliRun.run(ws, args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        List<Long> ids = new ArrayList<>();
        JSON.readTree(run.out())
                .get("articles")
                .forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    private List<Long> found(String query) throws Exception {
        CliRun run = CliRun.run(ws, "search", query, "--format", "json");
        assertEquals(0, run.status(), run.err());
        List<Long> ids = new ArrayList<>();
        JSON.readTree(run.out()).get("hits").forEach(h -> ids.add(h.get("id").asLong()));
        return ids;
    }

    private static CliRun withStdin(String text, Path ws, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.run(ws, args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void starAndReadChangeTheListsAndTheSearchFiltersAndAnUnknownIdChangesNothing() throws Exception {
        CliRun star = CliRun.run(ws, "star", Long.toString(redis), Long.toString(kafka));
        assertEquals(0, star.status(), star.err());
        assertTrue(star.out().contains("starred") && star.out().contains("Redis 분산 락"), star.out());
        assertEquals(
                List.of(redis, kafka).stream().sorted().toList(),
                listed("--starred").stream().sorted().toList());
        assertEquals(2, found("is:starred").size(), "the index follows at once");

        CliRun unknown = CliRun.run(ws, "unstar", Long.toString(kafka), "42");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().startsWith("gleaner: There is no article 42: "), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertEquals(2, listed("--starred").size(), "nothing changed: article " + kafka + " is still starred");

        assertEquals(0, CliRun.run(ws, "unstar", Long.toString(kafka)).status());
        assertEquals(List.of(redis), listed("--starred"));
        assertEquals(List.of(redis), found("is:starred"));

        assertEquals(2, listed("--unread").size());
        CliRun read = CliRun.run(ws, "read", Long.toString(redis));
        assertEquals(0, read.status(), read.err());
        assertEquals(List.of(kafka), listed("--unread"));
        assertEquals(List.of(kafka), found("is:unread"));
        CliRun again = CliRun.run(ws, "read", Long.toString(redis));
        assertTrue(again.out().startsWith("already"), again.out());
        assertEquals(0, CliRun.run(ws, "unread", Long.toString(redis)).status());
        assertEquals(2, listed("--unread").size());

        assertEquals(2, CliRun.run(ws, "star").status(), "an id is required");
        assertEquals(2, CliRun.run(ws, "star", "abc").status());
    }

    @Test
    void notesAreSetFromAFileOrStandardInputPrintedAndSearchable() throws Exception {
        Path file = dir.resolve("note.md");
        Files.writeString(file, "# 메모\r\n\r\nRedlock 대신 펜싱 토큰을 쓰자.\r\n");
        CliRun set = CliRun.run(ws, "notes", Long.toString(redis), file.toString());
        assertEquals(0, set.status(), set.err());
        assertEquals(
                "# 메모\n\nRedlock 대신 펜싱 토큰을 쓰자.\n",
                CliRun.run(ws, "notes", Long.toString(redis)).out());
        assertEquals(List.of(redis), found("펜싱 토큰"), "notes are searched");

        CliRun piped = withStdin("컨슈머 리밸런싱 메모\n", ws, "notes", Long.toString(kafka), "-");
        assertEquals(0, piped.status(), piped.err());
        assertEquals(
                "컨슈머 리밸런싱 메모\n", CliRun.run(ws, "notes", Long.toString(kafka)).out());

        CliRun missing = CliRun.run(
                ws, "notes", Long.toString(kafka), dir.resolve("nope.md").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("nope.md"), missing.err());
        assertEquals(
                "컨슈머 리밸런싱 메모\n", CliRun.run(ws, "notes", Long.toString(kafka)).out(), "kept");

        CliRun noArticle = CliRun.run(ws, "notes", "42", file.toString());
        assertEquals(1, noArticle.status());
        assertTrue(noArticle.err().startsWith("gleaner: There is no article 42: "), noArticle.err());

        assertEquals(0, CliRun.run(ws, "notes", Long.toString(redis), "--clear").status());
        assertEquals("", CliRun.run(ws, "notes", Long.toString(redis)).out());
        assertEquals(List.of(), found("펜싱 토큰"));
    }

    @Test
    void addedTagsAreFoundByTagSearchAndListAndOnlyThoseCanBeRemoved() throws Exception {
        CliRun add = CliRun.run(ws, "tag", "add", Long.toString(kafka), "나중에", "Streaming");
        assertEquals(0, add.status(), add.err());
        assertTrue(add.out().contains("나중에, Streaming"), add.out());
        assertEquals(List.of(kafka), found("tag:streaming"));
        assertEquals(List.of(kafka), found("tag:나중에"));
        assertEquals(List.of(kafka), listed("--tag", "STREAMING"));
        JsonNode shown =
                JSON.readTree(CliRun.run(ws, "list", "--format", "json").out()).get("articles");
        shown.forEach(a -> {
            if (a.get("id").asLong() == kafka) {
                assertEquals("[\"나중에\",\"Streaming\"]", a.get("tags").toString());
            }
        });

        // A re-import of the unchanged note keeps the reader's tags; so does a reindex.
        assertEquals(
                0, CliRun.run(ws, "import", dir.resolve("notes").toString()).status());
        assertEquals(0, CliRun.run(ws, "reindex").status());
        assertEquals(List.of(kafka), found("tag:streaming"));

        CliRun own = CliRun.run(ws, "tag", "remove", Long.toString(redis), "redis");
        assertEquals(1, own.status());
        assertTrue(own.err().contains("'redis'") && own.err().contains("tag add"), own.err());

        CliRun remove = CliRun.run(ws, "tag", "remove", Long.toString(kafka), "streaming");
        assertEquals(0, remove.status(), remove.err());
        assertEquals(List.of(), found("tag:streaming"));
        assertEquals(List.of(kafka), found("tag:나중에"));

        CliRun unknown = CliRun.run(ws, "tag", "add", "42", "x");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().startsWith("gleaner: There is no article 42: "), unknown.err());
        CliRun blank = CliRun.run(ws, "tag", "add", Long.toString(kafka), " ");
        assertEquals(1, blank.status());
        assertTrue(blank.err().contains("tag cannot be empty"), blank.err());
    }

    @Test
    void deleteRemovesTheArticleFromTheListAndTheIndexAfterCheckingEveryId() throws Exception {
        CliRun refused = CliRun.run(ws, "delete", Long.toString(redis), "42");
        assertEquals(1, refused.status());
        assertTrue(refused.err().startsWith("gleaner: There is no article 42: "), refused.err());
        assertEquals(2, listed().size(), "nothing was deleted");

        CliRun delete = CliRun.run(ws, "delete", Long.toString(redis));
        assertEquals(0, delete.status(), delete.err());
        assertTrue(delete.out().contains("deleted") && delete.out().contains("Redis 분산 락"), delete.out());
        assertEquals(List.of(kafka), listed());
        assertEquals(List.of(), found("레디스"));
        CliRun show = CliRun.run(ws, "show", Long.toString(redis));
        assertEquals(1, show.status());
    }
}
