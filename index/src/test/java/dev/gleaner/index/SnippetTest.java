package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks in a hit's snippet, as a reader sees them in the list. */
class SnippetTest {
    @TempDir
    Path tmp;

    Library library;
    SearchIndex index;

    @BeforeEach
    void fill() {
        library = Library.open(tmp.resolve("library.db"));
        TestLibraries.add(
                library,
                "https://blog.example/kafka",
                "카프카 입문",
                "이 글은 메시지 브로커를 처음 쓰는 사람을 위한 정리다. 컨슈머는 그룹으로 묶여 파티션을 나눠 읽는다."
                        + " 같은 그룹(Consumer Group) 토픽과 파티션 카프카 운영에서 가장 먼저 부딪히는 문제는 리밸런싱이다."
                        + " 질문이 있으면 댓글을 달아 주세요. 다음 글에서는 오프셋 커밋을 다룬다.");
        index = SearchIndex.open(tmp.resolve("index"), null);
        index.catchUp(library);
    }

    @AfterEach
    void close() {
        index.close();
        library.close();
    }

    private String snippet(String query) {
        return index.search(SearchRequest.of(query, 1)).hits().getFirst().snippet();
    }

    @Test
    void aProximityMatchMarksTheMatchedWordsNotEverythingBetween() {
        String s = snippet("consumer group 카프카");
        assertTrue(s.contains("<b>Consumer Group</b>"), s);
        assertFalse(s.contains("토픽과</b>") || s.contains("<b>토픽과") || s.contains("파티션</b> "), s);
    }

    @Test
    void aPhraseIsMarkedToTheEndOfItsLastWord() {
        String s = snippet("\"댓글을 달아 주세요\"");
        assertTrue(s.contains("<b>댓글을 달아 주세요</b>"), s);
    }

    @Test
    void aSingleWordMarksTheTermAndTheSnippetDoesNotRepeatTheTitle() {
        String s = snippet("카프카");
        assertTrue(s.contains("<b>카프카</b>"), s);
        assertFalse(s.startsWith("카프카 입문") || s.startsWith("<b>카프카</b> 입문"), s);
    }
}
