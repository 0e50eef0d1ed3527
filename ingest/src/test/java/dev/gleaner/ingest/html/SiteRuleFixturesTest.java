package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One small page per platform rule, written for these tests: the post's body is kept, the
 * platform's chrome (likes, comments, share, subscribe, category trees, "Posted by") is gone, and
 * the title and date are the post's.
 */
class SiteRuleFixturesTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String name, String url) throws IOException {
        try (InputStream in = SiteRuleFixturesTest.class.getResourceAsStream("/html/sites/" + name)) {
            return extractor.extract(in.readAllBytes(), null, url);
        }
    }

    private static void assertPost(
            Extraction e, String title, String published, List<String> kept, List<String> chrome) {
        assertEquals(title, e.title());
        if (published != null) {
            assertEquals(
                    OffsetDateTime.parse(published).toInstant(),
                    e.published() == null ? null : e.published().toInstant());
        }
        for (String k : kept) {
            assertTrue(e.text().contains(k), "missing \"" + k + "\" in:\n" + e.text());
        }
        for (String c : chrome) {
            assertFalse(e.text().contains(c), "chrome \"" + c + "\" left in:\n" + e.text());
        }
        assertFalse(e.listing(), "a post is not a listing");
    }

    @Test
    void naverSmartEditor4() throws IOException {
        Extraction e =
                extract("naver-se4.html", "https://blog.naver.com/PostView.naver?blogId=momo&logNo=223000000001");
        assertPost(
                e,
                "남해 바다 1박 2일 여행 코스",
                "2024-07-14T09:31+09:00",
                List.of("남해 독일마을에 도착했습니다", "둘째 날: 상주 은모래비치", "다음에는 가을에 다시 와 보고 싶어요"),
                // An image's caption is not a line of the post, as Naver Blog exporters write it.
                List.of("공감", "댓글", "이웃추가", "방방곡곡", "이 블로그 인기글", "#남해", "모모", "은모래비치의 아침"));
        assertTrue(e.markdown().contains("![은모래비치의 아침](https://postfiles.pstatic.net/beach.jpg"), e.markdown());
        assertFalse(e.html().contains("sticker"), e.html());
    }

    @Test
    void naverSmartEditor3() throws IOException {
        Extraction e =
                extract("naver-se3.html", "https://blog.naver.com/PostView.naver?blogId=walker&logNo=221236891086");
        assertPost(
                e,
                "3월 25일 일요일 산책 기록",
                "2018-03-25T14:38+09:00",
                List.of("한강을 따라 두 시간 정도 걸었다", "걷는 동안에는 아무 생각도 하지 않아도 된다", "마포대교 → 양화대교", "망원시장"),
                List.of("공감", "댓글", "이웃추가", "#산책", "일상"));
        assertTrue(e.markdown().contains("> 걷는 동안에는"), e.markdown());
    }

    @Test
    void naverSmartEditor2() throws IOException {
        Extraction e =
                extract("naver-se2.html", "https://blog.naver.com/PostView.naver?blogId=coder&logNo=221504285266");
        assertPost(
                e,
                "[iOS] 오토 레이아웃에서 기기별 여백 구하기",
                "2019-04-03T11:07+09:00",
                List.of("제약 조건의 multiplier", "stack.layoutMargins", "아이패드처럼 큰 화면"),
                List.of("공감", "댓글", "이웃추가", "#iOS", "- Tip"));
        assertTrue(e.html().contains("<code>let inset"), e.html());
        assertTrue(
                e.markdown().contains("    stack.layoutMargins") || e.markdown().contains("```"), e.markdown());
        assertTrue(e.markdown().contains("https://postfiles.pstatic.net/autolayout.png"), e.markdown());
    }

    @Test
    void velog() throws IOException {
        Extraction e = extract("velog.html", "https://velog.io/@dev/react-server-components");
        assertPost(
                e,
                "React 서버 컴포넌트 정리",
                null,
                List.of("서버 컴포넌트란", "번들에 포함되지 않아", "db.posts.findMany()", "클라이언트 컴포넌트로 나누면"),
                List.of("팔로우", "댓글", "공유", "이전 포스트", "React 깊게 보기", "프론트엔드 개발자입니다"));
        assertTrue(e.markdown().contains("```jsx"), e.markdown());
    }

    @Test
    void brunch() throws IOException {
        Extraction e = extract("brunch.html", "https://brunch.co.kr/@writer/57");
        assertPost(
                e,
                "퇴사 후 첫 일 년",
                "2023-11-02T08:15+09:00",
                List.of("혼자 일하는 하루", "알람 없이 일어나는 아침", "큰 위로가 된다"),
                List.of("구독", "라이킷", "댓글", "공유", "프리랜서", "회사 밖에서 일하는 이야기"));
    }

    @Test
    void medium() throws IOException {
        Extraction e = extract("medium.html", "https://medium.com/@jane/why-our-builds-got-faster-1a2b3c");
        assertPost(
                e,
                "Why Our Builds Got Ten Times Faster",
                "2024-02-10T16:42:05.112Z",
                List.of(
                        "forty minutes on a good day",
                        "Caching the right things",
                        "keyed on the lock file",
                        "one straggler"),
                List.of(
                        "Follow",
                        "Clap",
                        "Listen",
                        "Share",
                        "min read",
                        "Responses",
                        "More from",
                        "Recommended from Medium"));
    }

    @Test
    void bloggerBlogspot() throws IOException {
        Extraction e = extract("blogger.html", "https://gardennotes.blogspot.com/2023/10/planting-garlic.html");
        assertPost(
                e,
                "Planting garlic in October",
                "2023-10-14T09:30-07:00",
                List.of("first hard frost", "pointed end up", "Mulch with straw"),
                List.of(
                        "Posted by",
                        "No comments",
                        "Email This",
                        "BlogThis",
                        "Labels",
                        "Post a Comment",
                        "Older Post",
                        "Blog Archive"));
        assertTrue(e.markdown().contains("https://blogger.googleusercontent.com/img/garlic.jpg"), e.markdown());
    }

    @Test
    void wordpress() throws IOException {
        Extraction e = extract("wordpress.html", "https://desknotes.example/2024/01/20/mechanical-keyboard/");
        assertPost(
                e,
                "A week with a mechanical keyboard",
                "2024-01-20T07:00Z",
                List.of(
                        "first mechanical keyboard",
                        "my wrists ached less",
                        "Brown switches, tenkeyless",
                        "Not for long sessions"),
                List.of(
                        "Share this",
                        "Twitter",
                        "Related",
                        "trackball",
                        "Categorized as",
                        "Leave a comment",
                        "Previous post",
                        "Proudly powered"));
    }

    @Test
    void egloos() throws IOException {
        Extraction e = extract("egloos.html", "http://photodiary.egloos.com/4412345");
        assertPost(
                e,
                "오래된 필름 카메라를 고치다",
                "2010-05-03T12:34+09:00",
                List.of("셔터가 눌리지 않아서", "흑백 필름을 써 볼 생각이다"),
                List.of("덧글", "트랙백", "태그 :", "밸리에 보내기", "최근 포스트", "멋지네요"));
    }

    @Test
    void hexoPost() throws IOException {
        Extraction e = extract("hexo-post.html", "https://notes.example/2024/01/15/kafka-rebalance/");
        assertPost(
                e,
                "Kafka 컨슈머 리밸런싱 줄이기",
                "2024-01-15T10:00Z",
                List.of("모든 컨슈머가 메시지 처리를 멈춥니다", "협력적 리밸런싱", "CooperativeStickyAssignor", "정적 멤버십"),
                List.of("공유하기", "Newer", "Redis 분산 락", "Disqus", "Categories", "Recent Posts", "Powered by Hexo"));
    }

    @Test
    void hugoPost() throws IOException {
        Extraction e = extract("hugo-post.html", "https://notes.example/posts/profiling-tests/");
        assertPost(
                e,
                "Profiling a slow test suite",
                "2024-03-02T18:30+01:00",
                List.of(
                        "crept up to six minutes",
                        "Measure first",
                        "sort -t, -k3 -nr times.csv",
                        "down to two minutes"),
                List.of("Table of Contents", "4 min", "« Prev", "Hunting a flaky test", "share on", "Powered by Hugo"));
        assertTrue(e.markdown().contains("```shell"), e.markdown());
    }

    @Test
    void jekyllPost() throws IOException {
        Extraction e = extract("jekyll-post.html", "https://kim.example/2023/08/19/tiny-http-server.html");
        assertPost(
                e,
                "Writing a tiny HTTP server",
                "2023-08-19T00:00+09:00",
                List.of("a loop that accepts a connection", "sock.accept()", "small enough to write in an evening"),
                List.of("Subscribe", "via RSS", "github", "About"));
        assertTrue(e.markdown().contains("```python"), e.markdown());
    }

    @Test
    void jekyllIndexWithReadMoreLinksIsAListing() throws IOException {
        Extraction e = extract("jekyll-index.html", "https://kim.example/");
        assertTrue(e.listing(), e.text());
        assertEquals(
                List.of(
                        "https://kim.example/2023/08/19/tiny-http-server.html",
                        "https://kim.example/2023/07/02/parsing-dates.html",
                        "https://kim.example/2023/06/11/small-tools.html"),
                e.links());
    }

    @Test
    void hugoIndexWithReadMoreLinksIsAListing() throws IOException {
        Extraction e = extract("hugo-index.html", "https://notes.example/");
        assertTrue(e.listing(), e.text());
        assertEquals(
                List.of("https://notes.example/posts/profiling-tests/", "https://notes.example/posts/flaky/"),
                e.links());
    }
}
