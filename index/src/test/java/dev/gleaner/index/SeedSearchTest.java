package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.library.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed posts, imported as files, answer the queries the issue lists. */
class SeedSearchTest {
    @TempDir
    static Path tmp;

    static Library library;
    static SearchIndex index;
    static final Map<Long, String> SEED_OF = new HashMap<>();

    @BeforeAll
    static void importSeeds() throws IOException {
        Path corpus = TestLibraries.corpus();
        Path seeds = corpus == null ? null : corpus.resolve("../seeds").normalize();
        assumeTrue(seeds != null && Files.isDirectory(seeds), "the seeds folder ../shared/seeds is absent; skipping");
        library = Library.open(tmp.resolve("library.db"));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                long id = TestLibraries.importFile(library, f);
                SEED_OF.put(id, f.getFileName().toString().substring(0, 3));
            }
        }
        index = SearchIndex.open(tmp.resolve("index"), null);
        index.catchUp(library);
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
        if (library != null) {
            library.close();
        }
    }

    private List<String> seeds(String query) {
        return index.search(SearchRequest.of(query, 10)).hits().stream()
                .map(h -> SEED_OF.get(h.id()))
                .toList();
    }

    @Test
    void mesosInHangulAndLatinRanksTheMesosPostFirst() {
        assertEquals("004", seeds("메소스").getFirst());
        assertEquals("004", seeds("mesos").getFirst());
    }

    @Test
    void redisInHangulAndLatinFindsTheSocketIoRedisPost() {
        assertTrue(seeds("레디스").contains("002"), seeds("레디스").toString());
        assertTrue(seeds("redis").contains("002"), seeds("redis").toString());
    }

    @Test
    void messageQueueFindsTheSpellingVariant() {
        assertTrue(seeds("메시지 큐").contains("000"), seeds("메시지 큐").toString());
    }

    @Test
    void deepLearningFindsSpacedAndUnspacedSpellings() {
        List<String> found = seeds("딥러닝");
        assertTrue(found.contains("002") && found.contains("004"), found.toString());
    }

    @Test
    void gpuMonitoringFindsTheConferenceNotes() {
        assertEquals("003", seeds("GPU 모니터링").getFirst());
    }

    @Test
    void articleWeeklyFindsTheDigestIssue() {
        assertEquals("001", seeds("Article Weekly").getFirst());
    }

    @Test
    void relatedArticlesWorkInASmallLibraryAndPutTheNearestFirst() {
        long mesos = SEED_OF.entrySet().stream()
                .filter(e -> e.getValue().equals("004"))
                .findFirst()
                .orElseThrow()
                .getKey();
        List<String> related =
                index.related(mesos, 5).stream().map(h -> SEED_OF.get(h.id())).toList();
        assertFalse(related.isEmpty(), "five seeds are enough to relate");
        assertFalse(related.contains("004"), related.toString());
        assertEquals("002", related.getFirst(), "the other post about 딥러닝 comes first: " + related);
    }

    @Test
    void snippetsMarkTheHangulWordThatMatched() {
        SearchHit hit = index.search(SearchRequest.of("메소스", 1)).hits().getFirst();
        assertTrue(hit.snippet().contains("<b>메소스</b>"), hit.snippet());
        SearchHit queue = index.search(SearchRequest.of("메시지 큐", 1)).hits().getFirst();
        assertTrue(queue.snippet().contains("<b>") && queue.snippet().length() < 400, queue.snippet());
    }
}
