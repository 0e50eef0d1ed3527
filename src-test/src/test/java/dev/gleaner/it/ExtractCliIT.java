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
}
