package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search-as-you-type request: counting stops early, only the first hits are highlighted, facets come apart. */
class TypingSearchTest {
    /** More matches than the typing path counts, so its total is a lower bound. */
    private static final int MATCHES = SearchRequest.TYPING_COUNT_UP_TO + 200;

    @TempDir
    static Path tmp;

    static Library library;
    static SearchIndex index;

    @BeforeAll
    static void fill() {
        library = Library.open(tmp.resolve("library.db"));
        OffsetDateTime start = OffsetDateTime.parse("2026-01-01T09:00:00+09:00");
        for (int i = 0; i < MATCHES; i++) {
            TestLibraries.add(
                    library,
                    "https://" + (i % 3 == 0 ? "a" : "b") + ".example.com/posts/" + i,
                    "레디스 캐시 " + i,
                    "글 " + i + "의 앞부분은 아무 상관 없는 이야기다. 뒤에서 레디스 캐시 만료 정책을 다룬다.",
                    "ko",
                    i % 3 == 0 ? "a.example.com" : "b.example.com",
                    List.of(i % 2 == 0 ? "redis" : "cache"),
                    start.plusDays(i % 60));
        }
        TestLibraries.add(library, "https://c.example.com/kafka", "Kafka consumer", "Kafka 컨슈머 그룹 이야기.");
        index = SearchIndex.open(tmp.resolve("index"), null);
        index.catchUp(library);
    }

    @AfterAll
    static void close() {
        index.close();
        library.close();
    }

    @Test
    void aQueryWithMoreMatchesThanTheTypingCountReportsALowerBoundFlaggedAsSuch() {
        SearchResult typed = index.search(SearchRequest.typing("레디스", 20, 20));
        assertTrue(typed.totalIsLowerBound(), "counting stopped early");
        assertEquals(SearchRequest.TYPING_COUNT_UP_TO, typed.total());
        assertEquals(20, typed.hits().size());
        assertTrue(typed.facets().isEmpty(), "the typing answer does not wait for facet counts");

        SearchResult exact = index.search(SearchRequest.of("레디스", 20));
        assertFalse(exact.totalIsLowerBound());
        assertEquals(MATCHES, exact.total(), "the complete search (the CLI's) still counts exactly");
        assertEquals(exact.hits().getFirst().id(), typed.hits().getFirst().id(), "the same best hit");
    }

    @Test
    void aQueryWithFewMatchesHasAnExactTotalOnTheTypingPathToo() {
        SearchResult typed = index.search(SearchRequest.typing("kafka", 20, 20));
        assertFalse(typed.totalIsLowerBound());
        assertEquals(1, typed.total());
    }

    @Test
    void onlyTheFirstHitsAreHighlightedTheOthersShowTheirOpeningText() {
        SearchResult typed = index.search(SearchRequest.typing("만료", 30, 5));
        assertEquals(30, typed.hits().size());
        for (int i = 0; i < 5; i++) {
            assertTrue(
                    typed.hits().get(i).snippet().contains("<b>만료</b>"),
                    typed.hits().get(i).snippet());
        }
        for (int i = 5; i < 30; i++) {
            String snippet = typed.hits().get(i).snippet();
            assertFalse(snippet.contains("<b>"), snippet);
            assertTrue(snippet.contains("앞부분은"), "the opening text instead: " + snippet);
        }
    }

    @Test
    void facetsCountedApartEqualTheCompleteSearchsFacets() {
        var apart = index.facets("레디스", () -> false);
        assertEquals(index.search(SearchRequest.of("레디스", 1)).facets(), apart);
        assertEquals(MATCHES / 2, apart.get("tag").get("redis"));
        assertEquals(400, apart.get("site").get("a.example.com"));
    }

    @Test
    void facetsFallBackToTheRelaxedQueryLikeTheHits() {
        SearchResult hits = index.search(SearchRequest.typing("kafka zzqqxx", 20, 20));
        assertEquals(1, hits.total(), "no article has both words: the relaxed query answers");
        var facets = index.facets("kafka zzqqxx", () -> false);
        assertEquals(1, facets.get("site").get("c.example.com"));
    }

    @Test
    void countingFacetsStopsWhenCancelled() {
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> index.facets("레디스", () -> polls.incrementAndGet() > 1));
        assertTrue(polls.get() >= 2);
        assertThrows(CancellationException.class, () -> index.facets("레디스", () -> true));
    }
}
