package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void tistoryPostKeepsBodyCodeAndImageAndDropsPlatformChrome() throws IOException {
        Extraction e = extractor.extract(fixture("tistory-post.html"), null, "https://dev.tistory.com/12");
        assertEquals("스프링 트랜잭션 정리", e.title());
        assertEquals(OffsetDateTime.parse("2024-03-05T10:20+09:00"), e.published());
        assertEquals("개발 일지", e.siteName());
        assertTrue(e.text().contains("트랜잭션 전파 속성은"), e.text());
        assertTrue(e.markdown().contains("```java"), e.markdown());
        assertTrue(e.html().contains("https://dev.tistory.com/img/tx.png"), e.html());
        assertFalse(e.html().contains("onclick"), e.html());
        assertFalse(e.html().contains("javascript:"), e.html());
        for (String chrome : List.of("공감", "Posted by", "카테고리의 다른 글", "댓글", "방명록")) {
            assertFalse(e.text().contains(chrome), chrome + " in " + e.text());
        }
        assertFalse(e.listing());
    }

    @Test
    void aGalleryCounterOverAFigureIsNotTextButItsCaptionIs() {
        String para = "<p>The outbreak was traced to a rabbit eaten by a hunter, officials said on Tuesday, "
                + "and the province has closed the area while samples are tested.</p>";
        String html = "<html><body><article>" + para
                + "<figure><a href=\"/g/1\"><img src=\"/a.jpg\"></a><div class=\"count\"><span>6</span></div>"
                + "<figcaption>Officials inspect the market where the animal was sold</figcaption></figure>"
                + para.replace("rabbit", "marmot") + "</article></body></html>";
        Extraction e = extractor.extract(html, "https://news.example.com/a");
        assertTrue(e.text().contains("Officials inspect the market"), e.text());
        assertTrue(e.text().lines().noneMatch(l -> l.strip().equals("6")), e.text());
    }

    @Test
    void hexoIndexWithReadMoreLinksIsAListingOfItsPosts() throws IOException {
        Extraction e = extractor.extract(fixture("hexo-index.html"), null, "https://blog.example.com/");
        assertTrue(e.listing());
        assertEquals(
                List.of(
                        "https://blog.example.com/2024/01/first-post/",
                        "https://blog.example.com/2024/02/second-post/"),
                e.links());
    }

    @Test
    void aSavedListingThatDeclaresItsAddressListsItsPostsOnThatSite() throws IOException {
        String saved = new String(fixture("hexo-index.html"), java.nio.charset.StandardCharsets.UTF_8);
        for (String declared : List.of(
                saved.replace("<title>", "<link rel=\"canonical\" href=\"https://blog.example.com/\"><title>"),
                saved.replace("<head>", "<head><meta property=\"og:url\" content=\"https://blog.example.com/\">"),
                "<!-- saved from url=(0025)https://blog.example.com/ -->\n" + saved)) {
            Extraction e = extractor.extract(
                    declared.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    null,
                    "file:///home/reader/saved/index.html");
            assertTrue(e.listing(), declared);
            assertEquals(
                    List.of(
                            "https://blog.example.com/2024/01/first-post/",
                            "https://blog.example.com/2024/02/second-post/"),
                    e.links());
        }
    }

    @Test
    void aSavedListingThatDoesNotSayWhereItCameFromIsStillAListing() throws IOException {
        // Saved under a folder named like a listing's own pages: the folder is no part of a post's path.
        String saved = new String(fixture("hexo-index.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("href=\"/2024/", "href=\"2024/");
        Extraction e = extractor.extract(saved, "file:///home/reader/archive/index.html");
        assertTrue(e.listing(), e.text());
        assertEquals(
                List.of("/home/reader/archive/2024/01/first-post/", "/home/reader/archive/2024/02/second-post/"),
                e.links().stream().map(l -> java.net.URI.create(l).getPath()).toList());
    }

    @Test
    void aSavedPageKeepsWhatTheExtractorRead() throws IOException {
        byte[] page = fixture("tistory-post.html");
        Extraction e = extractor.extract(page, "text/html; charset=utf-8", "https://dev.tistory.com/12");
        assertEquals(new String(page, java.nio.charset.StandardCharsets.UTF_8), e.sourceHtml());
    }

    @Test
    void blocksAreSeparatedByLineBreaksInText() {
        Extraction e = extractor.extract(
                "<html><body><article><p>First paragraph of the article body text here.</p><p>Second paragraph"
                        + " follows with more words.</p></article></body></html>",
                "https://example.com/a");
        assertEquals(
                "First paragraph of the article body text here.\nSecond paragraph follows with more words.", e.text());
    }

    @Test
    void binaryServedAsHtmlIsRefusedClearly() {
        byte[] png = new byte[4096];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 7);
        }
        IngestException error =
                assertThrows(IngestException.class, () -> extractor.extract(png, "text/html", "https://example.com/x"));
        assertTrue(error.getMessage().contains("not HTML"), error.getMessage());
    }

    @Test
    void pagesOverTheSizeCapAreRefused() {
        ArticleExtractor small = new ArticleExtractor(1000, 1000);
        IngestException error =
                assertThrows(IngestException.class, () -> small.extract("<p>" + "x".repeat(2000), null));
        assertTrue(error.getMessage().contains("too large"), error.getMessage());
    }

    @Test
    void markdownKeepsQuotesAndTableHeadersThatSitInsideDivs() {
        String quote = "Walking needs no thoughts at all, and that is why I walk along the river every Sunday morning.";
        String line = "A line of its own, written in a div as some editors do, with enough words to be kept as text.";
        Extraction e = extractor.extract(
                "<html><body><article><div><div><p>The opening paragraph of the post explains, in some detail, what"
                        + " follows and why.</p></div><div><blockquote>" + quote + "</blockquote></div><div>" + line
                        + "</div><div><table><tr><td>Stage</td><td>Distance</td></tr><tr><td>Yeouido to Mapo</td>"
                        + "<td>3.2 km</td></tr><tr><td>Mapo to Yanghwa</td><td>2.8 km</td></tr></table></div></div>"
                        + "</article></body></html>",
                "https://example.com/walk");
        assertTrue(e.markdown().contains("> " + quote), e.markdown());
        assertTrue(e.markdown().contains("\n\n" + line + "\n\n"), e.markdown());
        assertTrue(
                e.markdown()
                        .matches(
                                "(?s).*\\| *Stage *\\| *Distance *\\|\\n\\|-+\\|-+\\|\\n\\| Yeouido to Mapo \\| 3\\.2 km.*"),
                e.markdown());
        assertTrue(e.text().contains(quote + "\n" + line + "\nStage Distance\nYeouido to Mapo 3.2 km"), e.text());
    }

    @Test
    void aRefusedSlowPageStopsUsingTheProcessor() throws Exception {
        StringBuilder page = new StringBuilder("<html><body>");
        for (int i = 0; i < 60_000; i++) {
            page.append("<div class=c")
                    .append(i % 50)
                    .append("><p>Paragraph ")
                    .append(i)
                    .append(" has words, commas, and <a href=/p/")
                    .append(i)
                    .append(">a link</a>.</p></div>");
        }
        ArticleExtractor hurried = new ArticleExtractor(ArticleExtractor.DEFAULT_MAX_CHARS, 50);
        IngestException error =
                assertThrows(IngestException.class, () -> hurried.extract(page.toString(), "https://example.com/slow"));
        assertTrue(error.getMessage().contains("took too long"), error.getMessage());
        // The cancelled work sees its interrupt at its next deadline check and the worker goes idle:
        // no extracting thread may still be running two seconds after the caller was told "too long".
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        List<String> running = runningExtractThreads();
        while (!running.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            running = runningExtractThreads();
        }
        assertTrue(running.isEmpty(), "still extracting after the refusal: " + running);
    }

    private static List<String> runningExtractThreads() {
        List<String> running = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e :
                Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (t.getName().startsWith("extract-") && t.getState() == Thread.State.RUNNABLE) {
                running.add(t.getName());
            }
        }
        return running;
    }
}
