package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index keeps no copy of the articles' text: snippets, the opening text of a hit and related
 * articles read it from the library, and never mark words in a text that changed since it was indexed.
 */
class LibraryTextSnippetTest {
    @TempDir
    Path tmp;

    Library library;
    SearchIndex index;
    long kafka;

    @BeforeEach
    void fill() {
        library = Library.open(tmp.resolve("library.db"));
        kafka = TestLibraries.add(
                library,
                "https://blog.example/kafka",
                "메시지 브로커 정리",
                "컨슈머는 그룹으로 묶여 파티션을 나눠 읽는다. 리밸런싱이 일어나면 오프셋 커밋을 다시 확인한다."
                        + " 리밸런싱 중에는 컨슈머가 멈추고, 오프셋 커밋이 늦으면 메시지를 두 번 읽는다.");
        TestLibraries.add(
                library, "https://blog.example/rebalance", "운영 회고", "파티션이 늘어나자 리밸런싱이 잦아졌다. 컨슈머 그룹의 오프셋 커밋 주기를 바꿨다.");
        TestLibraries.add(library, "https://blog.example/redis", "레디스 캐시", "캐시 만료 정책과 메모리 한도를 정한다.");
        index = SearchIndex.open(tmp.resolve("index"), null);
        index.catchUp(library);
    }

    @AfterEach
    void close() {
        index.close();
        library.close();
    }

    @Test
    void snippetsMarkTheWordsInTheLibrarysText() {
        SearchHit hit = index.search(SearchRequest.of("리밸런싱", 5)).hits().stream()
                .filter(h -> h.id() == kafka)
                .findFirst()
                .orElseThrow();
        assertTrue(hit.snippet().contains("<b>리밸런싱</b>"), hit.snippet());
    }

    @Test
    void anArticleEditedSinceItWasIndexedIsNeverMarkedInTheWrongPlace() {
        String edited = "전혀 다른 본문이다. 이제 이 글은 쿠버네티스 배포만 다룬다, 리밸런싱 없이도 길고 긴 문장이 이어진다.";
        library.save(ArticleDraft.of("https://blog.example/kafka", null, "메시지 브로커 정리", edited, edited), null);
        SearchHit stale = index.search(SearchRequest.of("오프셋", 5)).hits().stream()
                .filter(h -> h.id() == kafka)
                .findFirst()
                .orElseThrow();
        assertFalse(
                stale.snippet().contains("<b>"), "offsets of the old text marked in the new one: " + stale.snippet());

        index.catchUp(library);
        List<SearchHit> hits = index.search(SearchRequest.of("쿠버네티스", 5)).hits();
        assertEquals(kafka, hits.getFirst().id());
        assertTrue(
                hits.getFirst().snippet().contains("<b>쿠버네티스</b>"),
                hits.getFirst().snippet());
    }

    @Test
    void relatedArticlesShareWordsOfTheBodyNotOnlyOfTheTitle() {
        List<SearchHit> related = index.related(kafka, 3);
        assertFalse(related.isEmpty(), "no related article");
        assertEquals("운영 회고", related.getFirst().title());
    }
}
