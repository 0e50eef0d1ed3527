package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.model.ArticleDraft;
import org.junit.jupiter.api.Test;

class EntryDraftsTest {
    private final ParsedFeed feed =
            new FeedParser().parse(FeedParserTest.fixture("rss2-korean.xml"), null, "https://blog.example.kr/rss");

    @Test
    void anEntryBecomesADraftWithMarkdownTextTagsAndSite() {
        ArticleDraft d = new EntryDrafts().draft(feed.entries().getFirst(), feed);
        assertEquals("https://blog.example.kr/posts/redis", d.url());
        assertEquals("본문 [링크](https://blog.example.kr/a)", d.markdown());
        assertEquals("본문 링크", d.text());
        assertEquals("개발 블로그", d.siteName());
        assertEquals(java.util.List.of("redis", "캐시"), d.tags());
    }

    @Test
    void teasersEndingInReadMoreAreExcerptsAndFullContentIsNot() {
        assertFalse(EntryDrafts.isExcerpt(feed.entries().getFirst()));
        assertTrue(EntryDrafts.isExcerpt(feed.entries().get(1)));
    }

    private static String langOf(String feedText) {
        ParsedFeed parsed = new FeedParser()
                .parse(feedText.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "https://f.example/feed");
        return new EntryDrafts().draft(parsed.entries().getFirst(), parsed).lang();
    }

    @Test
    void entriesTakeTheLanguageTheFeedDeclaresElseTheirText() {
        assertEquals("ko-KR", langOf("""
                <rss version="2.0"><channel><title>t</title><link>https://f.example/</link>
                <language>ko-kr</language>
                <item><title>Kafka</title><link>https://f.example/1</link><description>Consumer groups.</description></item>
                </channel></rss>"""));
        assertEquals("ko", langOf("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                  xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="https://f.example/"><title>t</title><link>https://f.example/</link>
                <dc:language>ko</dc:language></channel>
                <item rdf:about="https://f.example/1"><title>a</title><link>https://f.example/1</link></item>
                </rdf:RDF>"""));
        assertEquals("en", langOf("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>t</title><id>urn:x</id>
                <updated>2024-01-01T00:00:00Z</updated>
                <entry><title>레디스</title><id>urn:1</id><link href="https://f.example/1"/>
                <updated>2024-01-01T00:00:00Z</updated><content>레디스 분산 락 정리</content></entry></feed>"""));
        assertEquals("ko", langOf("""
                <rss version="2.0"><channel><title>t</title><link>https://f.example/</link>
                <item><title>레디스</title><link>https://f.example/1</link>
                <description>레디스로 분산 락을 구현한 이야기. Redlock 알고리즘.</description></item>
                </channel></rss>"""));
        assertEquals("ko", langOf("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "t", "language": "ko",
                 "items": [{"id": "1", "url": "https://f.example/1", "content_text": "Kafka consumer"}]}"""));
    }
}
