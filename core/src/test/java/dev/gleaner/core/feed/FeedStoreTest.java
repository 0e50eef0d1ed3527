package dev.gleaner.core.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.SaveResult;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStoreTest {
    @TempDir
    Path dir;

    Library library;
    FeedStore feeds;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        feeds = library.feeds();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void anEntrySeenAgainWithTheSameGuidIsUpdatedNotDuplicated() {
        Feed feed = feeds.subscribe("https://blog.example/feed.xml", null, "Dev");
        SaveResult first =
                feeds.saveEntry(feed.id(), "post-1", ArticleDraft.of("https://blog.example/a", null, "A", "", ""));
        SaveResult again = feeds.saveEntry(
                feed.id(), "post-1", ArticleDraft.of("https://blog.example/a-renamed", null, "A, edited", "", ""));
        assertEquals(SaveResult.Outcome.ADDED, first.outcome());
        assertEquals(SaveResult.Outcome.UPDATED, again.outcome());
        assertEquals(first.id(), again.id());
        assertEquals(1, feeds.feed(feed.id()).orElseThrow().total());
        assertEquals("A, edited", library.article(first.id()).orElseThrow().title());
    }

    @Test
    void theSameArticleInTwoFeedsIsOneArticleWithTwoSources() {
        Feed one = feeds.subscribe("https://one.example/rss", "One", null);
        Feed two = feeds.subscribe("https://two.example/rss", "Two", null);
        long a = feeds.saveEntry(
                        one.id(), "x", ArticleDraft.of("https://site.example/post?utm_source=one", null, "P", "", ""))
                .id();
        long b = feeds.saveEntry(two.id(), null, ArticleDraft.of("https://site.example/post", null, "P", "", ""))
                .id();
        assertEquals(a, b);
        assertEquals(2, library.sourcesOf(a).size());
    }

    @Test
    void removingAFeedKeepsStarredNotedAndSharedArticles() {
        Feed feed = feeds.subscribe("https://blog.example/feed.xml", null, null);
        Feed other = feeds.subscribe("https://other.example/feed.xml", null, null);
        long plain = feeds.saveEntry(feed.id(), "1", ArticleDraft.of("https://blog.example/1", null, "1", "", ""))
                .id();
        long starred = feeds.saveEntry(feed.id(), "2", ArticleDraft.of("https://blog.example/2", null, "2", "", ""))
                .id();
        long noted = feeds.saveEntry(feed.id(), "3", ArticleDraft.of("https://blog.example/3", null, "3", "", ""))
                .id();
        long shared = feeds.saveEntry(feed.id(), "4", ArticleDraft.of("https://blog.example/4", null, "4", "", ""))
                .id();
        feeds.saveEntry(other.id(), null, ArticleDraft.of("https://blog.example/4", null, "4", "", ""));
        library.setStarred(starred, true);
        library.setNotes(noted, "keep this");

        FeedStore.Removal removal = feeds.remove(feed.id());

        assertEquals(new FeedStore.Removal(1, 3), removal);
        assertTrue(library.article(plain).isEmpty());
        assertTrue(library.article(starred).isPresent());
        assertTrue(library.article(noted).isPresent());
        assertTrue(library.article(shared).isPresent());
        assertTrue(feeds.feed(feed.id()).isEmpty());
        assertTrue(library.changesSince(0, 100).deletedIds().contains(plain));
    }

    @Test
    void removingAFeedKeepsArticlesThatAreInAWeeklyIssue() {
        Feed feed = feeds.subscribe("https://blog.example/feed.xml", null, null);
        long inIssue = feeds.saveEntry(feed.id(), "1", ArticleDraft.of("https://blog.example/1", null, "1", "", ""))
                .id();
        long plain = feeds.saveEntry(feed.id(), "2", ArticleDraft.of("https://blog.example/2", null, "2", "", ""))
                .id();
        var series = dev.gleaner.core.issue.Series.defaults("Article Weekly");
        library.issues().putSeries(series);
        library.issues()
                .save(new dev.gleaner.core.issue.Issue(
                        series.name(),
                        1,
                        series.title(1),
                        dev.gleaner.core.issue.IssuePeriod.parse("2024-06-16~2024-06-22"),
                        java.time.OffsetDateTime.parse("2024-06-24T02:15:00+09:00"),
                        dev.gleaner.core.issue.IssueStatus.DRAFT,
                        java.util.List.of(
                                new dev.gleaner.core.issue.IssueItem(inIssue, "1", "- 요약", "https://blog.example/1")),
                        dev.gleaner.core.issue.IssueLayout.defaults(series)));

        feeds.remove(feed.id());

        assertTrue(library.article(inIssue).isPresent());
        assertTrue(library.article(plain).isEmpty());
    }

    @Test
    void failuresAreCountedAndASuccessClearsThem() {
        Feed feed = feeds.subscribe("https://blog.example/feed.xml", null, null);
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        feeds.recordFailure(feed.id(), now, "HTTP 500", now.plusSeconds(600));
        feeds.recordFailure(feed.id(), now, "HTTP 500", now.plusSeconds(1200));
        Feed failed = feeds.feed(feed.id()).orElseThrow();
        assertEquals(2, failed.failures());
        assertEquals("HTTP 500", failed.lastError());
        assertNull(failed.lastSuccess());

        feeds.recordSuccess(feed.id(), now, "\"v1\"", null, "Blog", "https://blog.example/");
        Feed ok = feeds.feed(feed.id()).orElseThrow();
        assertEquals(0, ok.failures());
        assertNull(ok.lastError());
        assertNotNull(ok.lastSuccess());
        assertEquals("\"v1\"", ok.etag());
        assertEquals("Blog", ok.title());
    }

    @Test
    void aFeedIsFailingSinceItsFirstFailureAfterItLastWorked() {
        Feed feed = feeds.subscribe("https://blog.example/feed.xml", null, null);
        assertNull(feeds.feed(feed.id()).orElseThrow().failingSince(), "never fetched is not failing");
        Instant first = Instant.parse("2026-11-20T10:00:00Z");
        Instant later = Instant.parse("2026-11-23T10:00:00Z");
        feeds.recordFailure(feed.id(), first, "HTTP 500", first.plusSeconds(600));
        feeds.recordFailure(feed.id(), later, "HTTP 503", later.plusSeconds(600));
        Feed failing = feeds.feed(feed.id()).orElseThrow();
        assertEquals(first, failing.failingSince(), "the streak started with the first failure");
        assertEquals("HTTP 503", failing.lastError());

        feeds.recordNotModified(feed.id(), later.plusSeconds(3600));
        assertNull(feeds.feed(feed.id()).orElseThrow().failingSince(), "working again ends the streak");
        Instant again = later.plusSeconds(7200);
        feeds.recordFailure(feed.id(), again, "timed out", again.plusSeconds(600));
        assertEquals(again, feeds.feed(feed.id()).orElseThrow().failingSince(), "a new streak starts anew");
    }

    @Test
    void unreadCountsFollowTheReader() {
        Feed feed = feeds.subscribe("https://blog.example/feed.xml", null, null);
        long id = feeds.saveEntry(feed.id(), "1", ArticleDraft.of("https://blog.example/1", null, "1", "", ""))
                .id();
        feeds.saveEntry(feed.id(), "2", ArticleDraft.of("https://blog.example/2", null, "2", "", ""));
        library.setRead(id, true);
        Feed counted = feeds.feed(feed.id()).orElseThrow();
        assertEquals(1, counted.unread());
        assertEquals(2, counted.total());
        assertEquals(2, library.count(ArticleQuery.all(50).fromSource(feed.id())));
    }
}
