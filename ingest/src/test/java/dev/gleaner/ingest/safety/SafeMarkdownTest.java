package dev.gleaner.ingest.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {
    private static final String BASE = "https://blog.example.kr/posts/1/";

    @Test
    void onlyHttpHttpsAndMailtoSurviveAndRelativeOnesAreResolved() {
        assertEquals(Optional.of("https://a.example/x"), SafeUrl.clean("https://a.example/x", BASE));
        assertEquals(Optional.of("mailto:me@example.com"), SafeUrl.clean("mailto:me@example.com", null));
        assertEquals(Optional.of("https://blog.example.kr/img/a.png"), SafeUrl.clean("/img/a.png", BASE));
        assertEquals(Optional.of("https://blog.example.kr/posts/1/b"), SafeUrl.clean("b", BASE));
        assertEquals(Optional.of("../other.md"), SafeUrl.clean("../other.md", null));
        for (String bad : List.of(
                "javascript:alert(1)",
                " JAVASCRIPT:alert(1)",
                "java\nscript:alert(1)",
                "\u0001javascript:x",
                "data:image/png;base64,AAAA",
                "vbscript:x",
                "file:///etc/passwd",
                "ftp://x.example/",
                "http:no-host")) {
            assertEquals(Optional.empty(), SafeUrl.clean(bad, BASE), bad);
        }
        assertEquals(Optional.empty(), SafeUrl.absolute("mailto:me@example.com", null), "not an article address");
        assertEquals(Optional.of("/x"), SafeUrl.clean("/x", "file:///home/me/notes/a.html"), "never a file: URL");
    }

    @Test
    void refusedLinksKeepTheirTextAndEverythingElseIsUntouched() {
        String md = """
                # Title

                See [the post](javascript:alert(1) "t") and ![a chart](data:image/png;base64,AAAA).
                A [relative](/p/2) link, an <https://ok.example/> autolink, <javascript:alert(2)>.
                Nested [![inner](file:///x.png)](vbscript:y) and [ref][r].

                [r]: javascript:alert(3)

                <a href="javascript:alert(4)" title="x">raw</a> <img src='data:x'>

                ```
                [code](javascript:stays-in-code)
                ```
                """;
        SafeMarkdown.Result r = SafeMarkdown.clean(md, BASE);
        assertEquals("""
                # Title

                See the post and a chart.
                A [relative](https://blog.example.kr/p/2) link, an <https://ok.example/> autolink, javascript:alert(2).
                Nested inner and [ref][r].



                <a title="x">raw</a> <img>

                ```
                [code](javascript:stays-in-code)
                ```
                """, r.markdown());
        assertEquals(List.of("data", "file", "javascript", "vbscript"), r.refusedSchemes());
        assertEquals(8, r.dropped());
        assertTrue(SafeMarkdown.clean("plain text only", BASE).refusedSchemes().isEmpty());
    }
}
