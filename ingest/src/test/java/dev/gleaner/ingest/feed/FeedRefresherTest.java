package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.feed.FeedStore;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.ingest.http.FetchOutcome;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedRefresherTest {
    @TempDir
    Path dir;

    TestFeedServer server;
    Library library;
    FeedStore feeds;
    HttpFetcher fetcher;
    FeedRefresher refresher;

    @BeforeEach
    void setUp() {
        server = new TestFeedServer();
        library = Library.open(dir.resolve("library.db"));
        feeds = library.feeds();
        fetcher = new HttpFetcher(FetchSettings.defaults("test").withReadTimeout(Duration.ofSeconds(1), 256 * 1024));
        refresher = new FeedRefresher(feeds, fetcher, new FeedParser(), null, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        library.close();
        server.close();
    }

    private RefreshReport refresh(String path) {
        Feed feed = feeds.subscribe(server.url(path), null, null);
        return refresher.refresh(feeds.feed(feed.id()).orElseThrow(), true);
    }

    private RefreshReport again(String path) {
        return refresher.refresh(feeds.feedByUrl(server.url(path)).orElseThrow(), true);
    }

    @Test
    void anUnchangedFeedCostsOne304AndAddsNothing() {
        server.feedWithEtag(
                "/etag.xml", "\"v1\"", "application/rss+xml", TestFeedServer.rss("Etag", 3, "https://e.example/"));
        RefreshReport first = refresh("/etag.xml");
        assertEquals(RefreshReport.Status.FETCHED, first.status());
        assertEquals(3, first.added());
        RefreshReport second = again("/etag.xml");
        assertEquals(RefreshReport.Status.NOT_MODIFIED, second.status());
        assertEquals(2, server.hits("/etag.xml"));
        assertEquals(3, library.count(ArticleQuery.all(100)));
        assertTrue(server.userAgents.get("/etag.xml").matches("Gleaner/test \\(\\+https://github.com/gleaner\\)"));
    }

    @Test
    void anEntrySeenAgainIsUpdatedNotDuplicated() {
        byte[][] body = {TestFeedServer.rss("V", 2, "https://v.example/")};
        server.on("/v.xml", ex -> TestFeedServer.send(ex, 200, "text/xml", body[0]));
        assertEquals(2, refresh("/v.xml").added());
        body[0] = new String(body[0], StandardCharsets.UTF_8)
                .replace("Post 1", "Post one")
                .getBytes(StandardCharsets.UTF_8);
        RefreshReport r = again("/v.xml");
        assertEquals(0, r.added());
        assertEquals(1, r.updated());
        assertEquals(2, library.count(ArticleQuery.all(100)));
    }

    @Test
    void aPermanentRedirectUpdatesTheStoredUrlAndATemporaryOneDoesNot() {
        byte[] rss = TestFeedServer.rss("R", 1, "https://r.example/");
        server.on("/new.xml", ex -> TestFeedServer.send(ex, 200, "application/rss+xml", rss));
        server.on("/moved.xml", ex -> TestFeedServer.redirect(ex, 301, "/new.xml"));
        server.on("/moved308.xml", ex -> TestFeedServer.redirect(ex, 308, server.url("/new.xml")));
        server.on("/temp.xml", ex -> TestFeedServer.redirect(ex, 302, "/new.xml"));

        RefreshReport moved = refresh("/moved.xml");
        assertEquals(server.url("/new.xml"), moved.url());
        assertEquals(
                server.url("/new.xml"), feeds.feed(moved.feedId()).orElseThrow().url());

        library.feeds().remove(moved.feedId());
        RefreshReport moved308 = refresh("/moved308.xml");
        assertEquals(
                server.url("/new.xml"),
                feeds.feed(moved308.feedId()).orElseThrow().url());

        RefreshReport temp = refresh("/temp.xml");
        assertEquals(RefreshReport.Status.FETCHED, temp.status());
        assertEquals(
                server.url("/temp.xml"), feeds.feed(temp.feedId()).orElseThrow().url());
    }

    @Test
    void aRedirectLoopStops() {
        server.on("/a.xml", ex -> TestFeedServer.redirect(ex, 302, "/b.xml"));
        server.on("/b.xml", ex -> TestFeedServer.redirect(ex, 302, "/a.xml"));
        RefreshReport r = refresh("/a.xml");
        assertEquals(RefreshReport.Status.FAILED, r.status());
        assertTrue(r.error().contains("redirect loop"), r.error());
    }

    @Test
    void refreshKeepsArticlesWhenFeedReturns500AndBacksOff() {
        int[] status = {200};
        byte[] rss = TestFeedServer.rss("F", 2, "https://f.example/");
        server.on(
                "/flaky.xml",
                ex -> TestFeedServer.send(ex, status[0], "application/rss+xml", status[0] == 200 ? rss : new byte[0]));
        refresh("/flaky.xml");
        status[0] = 500;
        RefreshReport failed = again("/flaky.xml");
        assertEquals(RefreshReport.Status.FAILED, failed.status());
        assertEquals("HTTP 500", failed.error());
        Feed feed = feeds.feed(failed.feedId()).orElseThrow();
        assertEquals(2, feed.total());
        assertEquals("HTTP 500", feed.lastError());
        assertNotNull(feed.lastSuccess());
        assertTrue(feed.nextAttempt().isAfter(Instant.now().plus(Duration.ofMinutes(14))));
        assertEquals(
                RefreshReport.Status.SKIPPED, refresher.refresh(feed, false).status());
        assertEquals(2, server.hits("/flaky.xml"));
    }

    @Test
    void notFoundGoneAndRetryAfterAreReported() {
        server.on("/404.xml", ex -> TestFeedServer.send(ex, 404, "text/html", "no".getBytes()));
        server.on("/410.xml", ex -> TestFeedServer.send(ex, 410, "text/html", "gone".getBytes()));
        server.on("/503.xml", ex -> {
            ex.getResponseHeaders().add("Retry-After", "7200");
            TestFeedServer.send(ex, 503, "text/plain", "busy".getBytes());
        });
        assertTrue(refresh("/404.xml").error().contains("404"));
        assertTrue(refresh("/410.xml").error().contains("gone (HTTP 410)"));
        RefreshReport busy = refresh("/503.xml");
        assertEquals("HTTP 503", busy.error());
        assertTrue(feeds.feed(busy.feedId())
                .orElseThrow()
                .nextAttempt()
                .isAfter(Instant.now().plus(Duration.ofMinutes(119))));
    }

    @Test
    void aSlowServerTimesOut() {
        server.on("/slow.xml", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestFeedServer.send(ex, 200, "application/rss+xml", TestFeedServer.rss("S", 1, "https://s.example/"));
        });
        long start = System.nanoTime();
        RefreshReport r = refresh("/slow.xml");
        assertTrue(r.error().contains("timed out"), r.error());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2900);
    }

    @Test
    void gzipIsDecodedAndAGzipBombIsRefused() {
        byte[] rss = TestFeedServer.rss("G", 2, "https://g.example/");
        server.on("/gz.xml", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestFeedServer.send(ex, 200, "application/rss+xml", TestFeedServer.gzip(rss));
        });
        byte[] bomb = TestFeedServer.gzip(new byte[50 * 1024 * 1024]);
        server.on("/bomb.xml", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestFeedServer.send(ex, 200, "application/rss+xml", bomb);
        });
        assertEquals(2, refresh("/gz.xml").added());
        RefreshReport r = refresh("/bomb.xml");
        assertEquals(RefreshReport.Status.FAILED, r.status());
        assertTrue(r.error().contains("decompressed"), r.error());
    }

    @Test
    void aWrongHttpCharsetDoesNotGarbleKorean() throws Exception {
        byte[] euckr =
                ("<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss version=\"2.0\"><channel><title>똠방각하 블로그</title>"
                                + "<item><title>첫 글</title><link>https://k.example/1</link><description>내용</description></item></channel></rss>")
                        .getBytes("x-windows-949");
        server.on("/kr.xml", ex -> TestFeedServer.send(ex, 200, "text/xml; charset=utf-8", euckr));
        RefreshReport r = refresh("/kr.xml");
        assertEquals("똠방각하 블로그", r.title());
        assertEquals("첫 글", library.articles(ArticleQuery.all(10)).getFirst().title());
        assertFalse(r.problems().stream().anyMatch(p -> p.contains("replaced")));
    }

    @Test
    void anHtmlPageInsteadOfAFeedFailsWithAClearReason() {
        server.on(
                "/page",
                ex -> TestFeedServer.send(
                        ex, 200, "text/html", "<!DOCTYPE html><html><body>hi</body></html>".getBytes()));
        RefreshReport r = refresh("/page");
        assertTrue(r.error().contains("HTML page, not a feed"), r.error());
    }

    @Test
    void excerptEntriesAreMarked() {
        byte[] rss =
                ("<rss version=\"2.0\"><channel><title>X</title><item><title>Teaser</title><link>https://x.example/1</link>"
                                + "<description>Two lines about it. Read more »</description></item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8);
        server.on("/x.xml", ex -> TestFeedServer.send(ex, 200, "application/rss+xml", rss));
        RefreshReport r = refresh("/x.xml");
        assertEquals(1, r.excerpts());
        assertEquals(1, feeds.excerptArticles(r.feedId()).size());
    }

    @Test
    void aUrlTheClientCannotUseFailsInsteadOfThrowing() {
        assertTrue(fetcher.fetch(java.net.URI.create("http:///nohost.xml"), null, null) instanceof FetchOutcome.Failed);
        assertTrue(
                fetcher.fetch(java.net.URI.create("ftp://x.example/feed"), null, null) instanceof FetchOutcome.Failed);
    }

    @Test
    void backoffDoublesUpToADay() {
        assertEquals(Duration.ofMinutes(15), FeedRefresher.backoff(1));
        assertEquals(Duration.ofMinutes(60), FeedRefresher.backoff(3));
        assertEquals(Duration.ofDays(1), FeedRefresher.backoff(30));
    }
}
