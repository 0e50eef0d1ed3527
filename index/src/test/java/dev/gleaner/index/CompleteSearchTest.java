package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A complete search (its hits found in the pass that counts the facets) shows the same hits, in the
 * same order, with the same scores and snippets as the search as you type, which finds them apart,
 * and the same counts as the facets asked apart.
 */
class CompleteSearchTest {
    private static final List<String> QUERIES = List.of(
            "카프카 컨슈머",
            "kafka consumer group rebalance",
            "스프링 부트 테스트 코드 작성",
            "Redis 분산 락 구현",
            "레디스",
            "spring boot",
            "\"컨슈머 그룹\" 리밸런싱",
            "카프카 -레디스",
            "레디스 OR kafka",
            "title:카프카 컨슈머",
            "site:a.example.com 스프링");

    @TempDir
    static Path tmp;

    static Library library;
    static SearchIndex index;

    @BeforeAll
    static void fill() {
        library = Library.open(tmp.resolve("library.db"));
        String[] words = {
            "카프카", "컨슈머", "그룹", "리밸런싱", "kafka", "consumer", "group", "rebalance", "스프링", "부트", "테스트", "코드", "작성",
            "spring", "boot", "redis", "레디스", "분산", "락", "구현", "배포", "설정을", "바꿨다", "문제가", "있었다", "정리했다"
        };
        Random random = new Random(25);
        OffsetDateTime start = OffsetDateTime.parse("2025-01-01T09:00:00+09:00");
        for (int i = 0; i < 400; i++) {
            StringBuilder body = new StringBuilder();
            int length = 15 + random.nextInt(150);
            for (int w = 0; w < length; w++) {
                body.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ".\n\n" : " ");
            }
            String site = "abc".charAt(i % 3) + ".example.com";
            TestLibraries.add(
                    library,
                    "https://" + site + "/posts/" + i,
                    words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " " + i,
                    body.toString(),
                    i % 4 == 0 ? "en" : "ko",
                    site,
                    List.of(words[random.nextInt(6)]),
                    start.plusDays(random.nextInt(400)));
        }
        index = SearchIndex.open(tmp.resolve("index"), null);
        index.catchUp(library);
    }

    @AfterAll
    static void close() {
        index.close();
        library.close();
    }

    @Test
    void theCompleteSearchShowsTheHitsAndCountsOfTheSearchesThatFindThemApart() {
        int compared = 0;
        for (String q : QUERIES) {
            SearchResult complete = index.search(SearchRequest.of(q, 10));
            SearchResult typed = index.search(SearchRequest.typing(q, 10, 10));
            assertFalse(typed.totalIsLowerBound(), q);
            assertEquals(typed.total(), complete.total(), q + ": total");
            assertEquals(typed.hits(), complete.hits(), q + ": hits, scores and snippets");
            assertEquals(index.facets(q, () -> false), complete.facets(), q + ": facets");
            compared += complete.hits().size();
        }
        assertTrue(compared > 80, "hits compared: " + compared);
    }
}
