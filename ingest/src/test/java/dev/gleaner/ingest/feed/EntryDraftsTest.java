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
}
