package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    static byte[] fixture(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsRss2EntriesWithKoreanZoneContentAndEnclosures() {
        ParsedFeed feed = parser.parse(fixture("rss2-korean.xml"), null, "https://blog.example.kr/rss");
        assertEquals(FeedFormat.RSS, feed.format());
        assertEquals("개발 블로그", feed.title());
        assertEquals("https://blog.example.kr/", feed.siteUrl());
        FeedEntry e = feed.entries().getFirst();
        assertEquals("레디스 캐시 & 세션", e.title());
        assertEquals("https://blog.example.kr/posts/redis", e.link());
        assertEquals("post-101", e.guid());
        assertEquals(List.of("홍길동"), e.authors());
        assertEquals(OffsetDateTime.parse("2026-11-23T15:30:00+09:00"), e.published());
        assertEquals(List.of("redis", "캐시"), e.categories());
        assertEquals("<p>요약입니다</p>".replace("<p>", "").replace("</p>", ""), EntryHtml.text(e.summaryHtml()));
        assertTrue(e.contentHtml().contains("href=\"https://blog.example.kr/a\""), e.contentHtml());
        assertFalse(e.contentHtml().contains("script"), e.contentHtml());
        assertFalse(e.contentHtml().contains("onclick"), e.contentHtml());
        assertEquals(
                new Enclosure("https://blog.example.kr/ep1.mp3", "audio/mpeg", 1234),
                e.enclosures().getFirst());
        assertEquals(
                OffsetDateTime.parse("2026-11-23T09:00:00+09:00"),
                feed.entries().get(1).published());
    }

    @Test
    void readsAtomXhtmlContentAndTextSummary() {
        ParsedFeed feed =
                parser.parse(fixture("atom-xhtml.xml"), "application/atom+xml", "https://atom.example/atom.xml");
        assertEquals(FeedFormat.ATOM, feed.format());
        assertEquals("Atom Blog", feed.title());
        FeedEntry e = feed.entries().getFirst();
        assertEquals("tag:atom.example,2026:x", e.guid());
        assertEquals("https://atom.example/x", e.link());
        assertEquals(List.of("Ann"), e.authors());
        assertEquals(OffsetDateTime.parse("2026-11-20T10:00:00+09:00"), e.published());
        assertEquals(OffsetDateTime.parse("2026-11-21T08:00:00-05:00"), e.updated());
        assertEquals("1 < 2 is plain text", EntryHtml.text(e.summaryHtml()));
        assertTrue(e.contentHtml().contains("<em>world</em>"), e.contentHtml());
    }

    @Test
    void readsJsonFeed11() {
        ParsedFeed feed = parser.parse(fixture("feed.json"), "application/feed+json", "https://json.example/feed.json");
        assertEquals(FeedFormat.JSON, feed.format());
        assertEquals("JSON Blog", feed.title());
        assertEquals(2, feed.entries().size());
        FeedEntry first = feed.entries().getFirst();
        assertEquals(List.of("Jo"), first.authors());
        assertEquals(List.of("a", "b"), first.categories());
        assertFalse(first.contentHtml().contains("iframe"));
        assertEquals("https://json.example/f.mp3", first.enclosures().getFirst().url());
        assertEquals("Text only", EntryHtml.text(feed.entries().get(1).contentHtml()));
    }

    @Test
    void neverResolvesExternalOrRecursiveEntities() {
        ParsedFeed feed = parser.parse(fixture("xxe.xml"), null, "https://x.example/rss");
        String everything = feed.title() + feed.entries();
        assertFalse(everything.contains("lollollol"), everything);
        String hostname;
        try {
            hostname = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname"))
                    .strip();
        } catch (IOException e) {
            hostname = "\u0000never";
        }
        assertFalse(!hostname.isEmpty() && everything.contains(hostname), everything);
        assertTrue(
                feed.problems().stream().anyMatch(p -> p.contains("DOCTYPE")),
                feed.problems().toString());
    }

    @Test
    void theHardenedBuilderRefusesADoctypeOutright() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        assertThrows(org.jdom2.JDOMException.class, () -> HardenedXml.parse(xxe));
    }

    @Test
    void anHtmlPageIsReportedAsNotAFeed() {
        var e = assertThrows(
                FeedParseException.class,
                () -> parser.parse(fixture("page.html"), "text/html", "https://site.example/"));
        assertTrue(e.getMessage().contains("HTML page, not a feed"), e.getMessage());
    }

    @Test
    void aTruncatedFeedKeepsWhatCanBeRecoveredAndSaysWhatWasWrong() {
        ParsedFeed feed = parser.parse(fixture("truncated.xml"), null, "https://cut.example/rss");
        assertEquals(FeedFormat.RECOVERED, feed.format());
        assertEquals("Cut off", feed.title());
        assertEquals("Whole item", feed.entries().getFirst().title());
        assertTrue(
                feed.problems().getFirst().startsWith("ill-formed XML at line"),
                feed.problems().toString());
    }

    @Test
    void garbageBeforeTheXmlDeclarationIsSkippedAndReported() {
        ParsedFeed feed = parser.parse(fixture("garbage-before.xml"), null, null);
        assertEquals("Junk first", feed.title());
        assertTrue(feed.problems().getFirst().contains("skipped text before the XML"));
    }

    @Test
    void emptyAndNonXmlInputAreRefusedClearly() {
        assertTrue(assertThrows(FeedParseException.class, () -> parser.parse(new byte[0], null, "https://e.example/"))
                .getMessage()
                .contains("is empty"));
        assertTrue(assertThrows(FeedParseException.class, () -> parser.parse("just words".getBytes(), null, null))
                .getMessage()
                .contains("not a feed"));
    }

    @Test
    void eucKrIsDecodedAsCp949() {
        ParsedFeed feed = parser.parse(fixture("euc-kr.xml"), null, null);
        assertEquals("한국어 똠방각하 믜", feed.title());
        assertTrue(feed.problems().isEmpty(), feed.problems().toString());
    }

    @Test
    void utf16WithoutBomIsRecognized() {
        assertEquals(
                "UTF-16 피드",
                parser.parse(fixture("utf16le-nobom.xml"), null, null).title());
    }

    @Test
    void theHttpCharsetWinsOverTheDeclarationWhenTheBytesAgree() {
        byte[] latin =
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>caf\u00e9</title></channel></rss>"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(
                "café",
                parser.parse(latin, "application/rss+xml; charset=iso-8859-1", null)
                        .title());
    }
}
