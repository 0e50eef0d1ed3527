package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that stand together rank higher, and the totals and facet counts stay exact, in a library
 * where many articles have all the words apart and score higher by the words alone. (The search
 * ranks the best 100 by their words again by proximity: an article below them by its words alone
 * is not lifted, as {@code docs/performance.md} says.)
 */
class ProximityRankingTest {
    private static final int APART = 80;

    @TempDir
    Path tmp;

    Library library;
    SearchIndex index;
    long together;

    @BeforeEach
    void fill() {
        library = Library.open(tmp.resolve("library.db"));
        String filler = "이 문단은 다른 이야기를 한다. 배포 파이프라인과 모니터링 대시보드를 정리했다. ".repeat(6);
        for (int i = 0; i < APART; i++) {
            // Both words, far apart, and each twice: by the words alone these rank first.
            TestLibraries.add(
                    library,
                    "https://apart.example/" + i,
                    "운영 노트 " + i,
                    "카프카 카프카 클러스터를 올렸다. " + filler + " 마지막으로 컨슈머 컨슈머 설정을 바꿨다.");
        }
        together = TestLibraries.add(
                library, "https://together.example/post", "운영 노트 정리", "카프카 컨슈머 그룹이 리밸런싱을 반복했다. " + filler);
        index = SearchIndex.open(tmp.resolve("index"), null);
        index.catchUp(library);
    }

    @AfterEach
    void close() {
        index.close();
        library.close();
    }

    @Test
    void theArticleWithTheWordsTogetherComesFirstAmongManyWithThemApart() {
        SearchResult r = index.search(SearchRequest.of("카프카 컨슈머", 10));
        assertEquals(together, r.hits().getFirst().id(), r.hits().toString());
    }

    @Test
    void aCompleteSearchCountsEveryMatchExactlyWithItsFacets() {
        SearchResult r = index.search(SearchRequest.of("카프카 컨슈머", 10));
        assertEquals(APART + 1, r.total());
        assertFalse(r.totalIsLowerBound());
        assertEquals(APART, r.facets().get("site").get("apart.example"));
        assertEquals(1, r.facets().get("site").get("together.example"));
    }

    @Test
    void searchAsYouTypeRanksTheSameFirstHit() {
        SearchResult r = index.search(SearchRequest.typing("카프카 컨슈머", 20, 20));
        assertEquals(together, r.hits().getFirst().id());
    }
}
