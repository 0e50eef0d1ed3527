package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner feed move ID FOLDER}: the Feeds view's "Move to" from the command line. */
class FeedMoveCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode feed(Path ws) throws Exception {
        return JSON.readTree(CliRun.run(ws, "feed", "list", "--format", "json").out())
                .get("feeds")
                .get(0);
    }

    @Test
    void aFeedMovesIntoAFolderAndOutOfItAndAnUnknownFeedIsNamed() throws Exception {
        Path ws = dir.resolve("ws");
        Path opml = dir.resolve("subs.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>s</title></head><body>
                <outline text="예제 블로그" type="rss" xmlUrl="https://blog.example.kr/rss"/>
                </body></opml>
                """);
        assertEquals(0, CliRun.run(ws, "feed", "import-opml", opml.toString()).status());
        long id = feed(ws).get("id").asLong();

        CliRun move = CliRun.run(ws, "feed", "move", Long.toString(id), " 개발 ");
        assertEquals(0, move.status(), move.err());
        assertEquals("Moved 예제 블로그 to 개발.", move.out().strip());
        assertEquals("개발", feed(ws).get("folder").asText());

        CliRun out = CliRun.run(ws, "feed", "move", Long.toString(id), "--no-folder");
        assertEquals(0, out.status(), out.err());
        assertEquals("Moved 예제 블로그 out of its folder.", out.out().strip());
        assertTrue(feed(ws).get("folder").isNull(), feed(ws).toString());

        CliRun unknown = CliRun.run(ws, "feed", "move", "42", "개발");
        assertEquals(1, unknown.status());
        assertEquals(
                "gleaner: There is no feed 42: see the ids with 'gleaner feed list'.",
                unknown.err().strip());
        assertEquals(2, CliRun.run(ws, "feed", "move", Long.toString(id)).status(), "a folder or --no-folder");
    }
}
