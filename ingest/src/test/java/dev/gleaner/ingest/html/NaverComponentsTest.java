package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every SmartEditor component type, in small posts written for these tests, reads as Naver Blog exporters
 * write it: the reader sees the same lines in Gleaner as in the exported post.
 */
class NaverComponentsTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String name, String url) throws IOException {
        try (InputStream in = NaverComponentsTest.class.getResourceAsStream("/html/naver/" + name)) {
            return extractor.extract(in.readAllBytes(), null, url);
        }
    }

    private static List<String> lines(Extraction e) {
        return e.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void smartEditorOneComponentsReadAsExportedPostsDo() throws IOException {
        Extraction e = extract("se4-components.html", "https://m.blog.naver.com/halla/223400000001");
        assertEquals("제주 서쪽 하루 코스 정리", e.title());
        assertEquals(
                List.of(
                        "협재에서 시작해 한림공원을 거쳐 애월에서 하루를 마무리했어요.",
                        "오전 일정",
                        // A quotation keeps its source line.
                        "바다 색이 하루에도 몇 번씩 바뀐다.",
                        "협재 해변 안내판",
                        // Pictures, strips and stickers are pictures: their captions are not lines of the post.
                        // A link card without a picture shows its teaser; its domain line is decoration.
                        "한림공원 관람 안내",
                        "관람 시간과 입장료, 계절별 꽃 소식",
                        // An embedded player is its title; a picture of it carries the description.
                        "애월 해안도로 드라이브 영상",
                        // A video without a title is still there.
                        "Video",
                        // A map is its places, name over address, without its check-in button.
                        "애월 카페거리",
                        "제주시 애월읍 애월로1길",
                        "한림공원",
                        "제주시 한림읍 한림로 300",
                        // A book card with a cover is its title.
                        "제주 올레 걷기",
                        // A table keeps every cell; a merged title cell spans the columns it covered.
                        "하루 경비",
                        "렌터카",
                        "38,000원",
                        "식비",
                        "54,000원",
                        // A file attachment, a type exporters keep whole, keeps all of its text.
                        "제주서쪽코스.pdf",
                        "첨부파일",
                        "다음에는 동쪽 코스도 정리해 볼게요."),
                lines(e));
        assertTrue(e.markdown().contains("[애월 해안도로 드라이브 영상](https://youtu.be/abc123)"), e.markdown());
        assertTrue(e.markdown().contains("[한림공원 관람 안내](https://www.visitjeju.net/hallim)"), e.markdown());
        assertTrue(e.markdown().contains("https://postfiles.pstatic.net/strip2.jpg"), e.markdown());
        assertFalse(e.html().contains("static.map"), e.html());
        // A picture's link that only opens the photo viewer is no link; a file's download link stays.
        assertTrue(e.markdown().contains("\n![썰물 때의 비양도](https://postfiles.pstatic.net/hyeopjae.jpg"), e.markdown());
        assertFalse(e.markdown().contains("223400000001#"), e.markdown());
        assertTrue(e.markdown().contains("[첨부파일](https://blogattach.naver.net/course.pdf)"), e.markdown());
    }

    @Test
    void smartEditor3ComponentsReadAsTheirTableQuoteCodeOrTextAreas() throws IOException {
        Extraction e = extract("se3-components.html", "https://m.blog.naver.com/gamer/221290000001");
        assertEquals("[리뷰] 휴대용 게임기 한 달 사용기", e.title());
        assertEquals(
                List.of(
                        "한 달 동안 출퇴근길에 들고 다니며 써 본 소감입니다.",
                        // A component holding a table is the table, every cell of it.
                        "기본 사양",
                        "화면",
                        "5인치 OLED",
                        "무게",
                        "260g",
                        // A video is its caption.
                        "첫 부팅 영상",
                        "가볍고 화면이 선명하다.",
                        "설정 > 절전 > 화면 끄기 5분",
                        // The large link card keeps its title, teaser and domain line.
                        "[리뷰] 전작 사용기",
                        "전작을 두 해 동안 쓰며 느낀 점을 정리했습니다",
                        "blog.naver.com",
                        // A component without text areas keeps all of its text.
                        "용산 전자상가",
                        "서울 용산구 청파로"),
                lines(e));
        assertTrue(e.markdown().contains("> 가볍고 화면이 선명하다."), e.markdown());
        assertTrue(e.markdown().contains("전작 사용기](https://blog.naver.com/gamer/100)"), e.markdown());
    }

    @Test
    void smartEditor2TableUnderAMergedTitleKeepsEveryColumn() throws IOException {
        Extraction e = extract("se2-table.html", "https://m.blog.naver.com/barista/220000000001");
        assertEquals(
                List.of("집에서 내려 마신 원두 세 가지를 비교했다.", "원두 비교", "에티오피아 산미 꽃향", "브라질 고소함 견과", "다음에는 콜롬비아 원두도 마셔 볼 생각이다."),
                lines(e));
        // Markdown has no merged cells: the title cell is followed by an empty one, the rows keep their shape.
        assertTrue(e.markdown().contains("| **원두 비교** |"), e.markdown());
        assertTrue(e.markdown().matches("(?s).*\\| 에티오피아 +\\| 산미 +\\| 꽃향 \\|.*"), e.markdown());
    }

    @Test
    void postOfPicturesOnlyHasNoTextAndNoChrome() throws IOException {
        Extraction e = extract("se4-pictures-only.html", "https://m.blog.naver.com/sky/223500000001");
        assertEquals("오늘의 하늘", e.title());
        assertEquals(List.of(), lines(e));
        assertTrue(e.markdown().contains("https://postfiles.pstatic.net/sky.jpg"), e.markdown());
    }

    @Test
    void everyLineTheAuthorWroteStaysEvenWhenNewsPagesUseItAsChrome() throws IOException {
        Extraction e = extract("se4-author-lines.html", "https://m.blog.naver.com/bread/223600000001");
        assertEquals(
                List.of(
                        "광고",
                        "빵집에서 신메뉴를 받아 먹어 보고 솔직하게 적었습니다.",
                        "✿",
                        "소금빵은 겉이 바삭하고 속이 촉촉했어요.",
                        "✿",
                        "관련 글",
                        "지난달 크루아상 후기",
                        "© 2024 빵순이. 사진을 퍼 가지 말아 주세요."),
                lines(e));
    }

    @Test
    void shoppingPicksKeepTheirProductsWithoutTheWidgetsHeadings() throws IOException {
        Extraction e = extract("se4-shopping-picks.html", "https://m.blog.naver.com/camper/223700000001");
        assertEquals(
                List.of(
                        "캠핑 의자를 새로 샀어요. 등받이가 높아서 편합니다.",
                        "접이식 캠핑 의자 경량",
                        "#캠핑의자 #경량",
                        "캠핑 테이블 알루미늄",
                        "#캠핑테이블",
                        "LED 캠핑 랜턴 충전식",
                        "#랜턴",
                        // The same words in a short block of the author's own are the author's.
                        "이런 상품 어때요? 제가 쓰는 건 아래 두 가지예요.",
                        "의자, 테이블"),
                lines(e));
    }

    @Test
    void aPageWhoseOwnClassIsSeComponentKeepsItsStructure() throws IOException {
        Extraction e = extract("page-with-own-se-component.html", "https://example.org/queues");
        assertTrue(e.markdown().contains("[our report](https://example.org/queue-report)"), e.markdown());
        assertTrue(e.markdown().contains("- Kafka kept up with the peak without tuning."), e.markdown());
    }
}
