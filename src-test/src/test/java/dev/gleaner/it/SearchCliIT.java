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

/** {@code gleaner search}, {@code related} and {@code reindex} as a user runs them. */
class SearchCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path notes() throws Exception {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("redis.md"), """
                ---
                title: Redis 분산 락
                date: 2024-06-20T09:30:00+09:00
                tags: [redis, 분산락]
                ---
                레디스로 분산 락을 구현한 이야기. Redlock 알고리즘과 분산 락의 한계.
                """);
        Files.writeString(notes.resolve("kafka.txt"), "카프카 컨슈머 정리\n\nKafka consumer group rebalancing. 분산 메세지 큐.\n");
        Files.writeString(notes.resolve("mesos.txt"), "메소스 공부\n\n메소스(mesos) 기반 클러스터 스케줄링과 분산 락.\n");
        return notes;
    }

    @Test
    void searchPrintsTheContractJsonAndFollowsImports() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, CliRun.run(ws, "import", notes().toString()).status());

        CliRun search = CliRun.run(ws, "search", "레디스", "--format", "json");
        assertEquals(0, search.status(), search.err());
        JsonNode doc = JSON.readTree(search.out());
        assertEquals(1, doc.get("total").asInt(), search.out());
        JsonNode hit = doc.get("hits").get(0);
        for (String field : List.of("id", "title", "url", "path", "published", "site", "score", "snippet")) {
            assertTrue(hit.has(field), field + " in " + hit);
        }
        assertEquals("Redis 분산 락", hit.get("title").asText());
        assertTrue(hit.get("snippet").asText().contains("<b>"), hit.toString());
        for (String facet : List.of("site", "tag", "lang", "month")) {
            assertTrue(doc.get("facets").has(facet), facet);
        }
        assertEquals(1, doc.get("facets").get("month").get("2024-06").asInt(), doc.toString());
        assertTrue(doc.has("note"));

        CliRun queue = CliRun.run(ws, "search", "메시지 큐", "--format", "json");
        assertEquals(
                "카프카 컨슈머 정리",
                JSON.readTree(queue.out()).get("hits").get(0).get("title").asText());

        // A later import is searchable at once: the CLI keeps the index in step with the library.
        Files.writeString(dir.resolve("notes/k8s.txt"), "쿠버네티스 입문\n\nK8s 파드와 디플로이먼트.\n");
        assertEquals(
                0, CliRun.run(ws, "import", dir.resolve("notes").toString()).status());
        CliRun k8s = CliRun.run(ws, "search", "kubernetes", "--format", "json", "--limit", "5");
        assertEquals(1, JSON.readTree(k8s.out()).get("total").asInt(), k8s.out());
        CliRun k8sText = CliRun.run(ws, "search", "kubernetes");
        assertTrue(k8sText.out().startsWith("1 article found\n"), k8sText.out());

        CliRun text = CliRun.run(ws, "search", "분산", "락", "--sort", "date");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("Redis 분산 락"), text.out());
    }

    @Test
    void aQueryStartingWithMinusExcludesAndTagsFoldCaseInList() throws Exception {
        Path ws = dir.resolve("ws");
        assertEquals(0, CliRun.run(ws, "import", notes().toString()).status());
        // "-kafka" is a query (all but kafka), not an unknown option.
        CliRun notKafka = CliRun.run(ws, "search", "-kafka", "분산", "--format", "json");
        assertEquals(0, notKafka.status(), notKafka.err());
        JsonNode hits = JSON.readTree(notKafka.out()).get("hits");
        assertEquals(2, hits.size(), notKafka.out());
        for (JsonNode h : hits) {
            assertTrue(!h.get("title").asText().contains("카프카"), notKafka.out());
        }
        CliRun alone = CliRun.run(ws, "search", "-kafka");
        assertEquals(0, alone.status(), alone.err());
        // Options still work after such a query.
        assertEquals(0, CliRun.run(ws, "search", "-kafka", "--limit", "1").status());

        // The tag is "redis"; a writer types "Redis".
        CliRun byTag = CliRun.run(ws, "list", "--tag", "Redis");
        assertEquals(0, byTag.status(), byTag.err());
        assertTrue(byTag.out().contains("Redis 분산 락"), byTag.out());
    }

    @Test
    void relatedAndReindex() throws Exception {
        Path ws = dir.resolve("ws");
        CliRun.run(ws, "import", notes().toString());
        JsonNode hits = JSON.readTree(
                        CliRun.run(ws, "search", "mesos", "--format", "json").out())
                .get("hits");
        long mesos = hits.get(0).get("id").asLong();
        CliRun related = CliRun.run(ws, "related", Long.toString(mesos), "--format", "json");
        assertEquals(0, related.status(), related.err());
        for (JsonNode h : JSON.readTree(related.out()).get("hits")) {
            assertTrue(h.get("id").asLong() != mesos);
        }
        CliRun missing = CliRun.run(ws, "related", "999");
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("999"), missing.err());

        CliRun reindex = CliRun.run(ws, "reindex");
        assertEquals(0, reindex.status(), reindex.err());
        assertTrue(reindex.err().contains("indexed 3 of 3"), reindex.err());
        assertTrue(reindex.out().contains("Rebuilt the index"), reindex.out());
        CliRun doctor = CliRun.run(ws, "doctor");
        assertTrue(doctor.out().contains("index: ok (3 articles"), doctor.out());
    }
}
