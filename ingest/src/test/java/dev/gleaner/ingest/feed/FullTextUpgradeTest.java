package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.PageFetcher;
import dev.gleaner.ingest.html.PageFullText;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning full text on for a feed upgrades the excerpts already stored, even when the feed answers 304. */
class FullTextUpgradeTest {
    private static final String BODY = "<p>카프카 컨슈머 그룹의 리밸런싱은 멤버가 들어오거나 나갈 때 소비를 멈춘다.</p>".repeat(6)
            + "<p>cooperative sticky assignor 로 옮기자 멈춤이 짧아졌다.</p>";

    @TempDir
    Path dir;

    TestFeedServer server;
    Library library;
    HttpFetcher fetcher;
    PageFetcher pages;
    FeedRefresher refresher;

    @BeforeEach
    void setUp() {
        server = new TestFeedServer();
        library = Library.open(dir.resolve("library.db"));
        fetcher = new HttpFetcher(FetchSettings.defaults("test"));
        pages = new PageFetcher(new ArticleExtractor());
        refresher = new FeedRefresher(library, fetcher, new FeedParser(), new PageFullText(pages), Clock.systemUTC());
        String page = "<!doctype html><html lang=\"ko\"><head><title>리밸런싱 줄이기</title></head><body>"
                + "<article><h1>리밸런싱 줄이기</h1>" + BODY + "</article></body></html>";
        server.on(
                "/posts/1",
                ex -> TestFeedServer.send(ex, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>팀 블로그</title>"
                + "<link>" + server.url("/") + "</link><item><title>리밸런싱 줄이기</title><link>"
                + server.url("/posts/1") + "</link><guid>post-1</guid>"
                + "<description>카프카 컨슈머 그룹의 리밸런싱을 줄인 이야기. Read more »</description></item></channel></rss>";
        server.feedWithEtag("/feed.xml", "\"v1\"", "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() {
        pages.close();
        fetcher.close();
        library.close();
        server.close();
    }

    private RefreshReport refresh(long feedId) {
        return refresher.refresh(library.feeds().feed(feedId).orElseThrow(), true);
    }

    @Test
    void turningFullTextOnUpgradesStoredExcerptsOnTheNext304() {
        Feed feed = library.feeds().subscribe(server.url("/feed.xml"), null, null);
        RefreshReport first = refresh(feed.id());
        assertEquals(RefreshReport.Status.FETCHED, first.status());
        assertEquals(1, first.excerpts());
        assertEquals(0, server.hits("/posts/1"), "full text is off: no page fetched");
        long id = library.feeds().excerptArticles(feed.id()).getFirst();
        library.setStarred(id, true);

        library.feeds().setFullText(feed.id(), true);
        RefreshReport second = refresh(feed.id());

        assertEquals(RefreshReport.Status.NOT_MODIFIED, second.status());
        assertEquals(1, second.updated(), second.toString());
        Article upgraded = library.article(id).orElseThrow();
        assertTrue(upgraded.text().contains("cooperative sticky assignor"), upgraded.text());
        assertEquals("리밸런싱 줄이기", upgraded.title());
        assertTrue(upgraded.starred());
        assertTrue(library.feeds().excerptArticles(feed.id()).isEmpty());
        assertTrue(library.rawHtml(id).orElseThrow().contains("cooperative sticky assignor"));

        RefreshReport third = refresh(feed.id());
        assertEquals(0, third.updated());
        assertEquals(1, server.hits("/posts/1"), "an upgraded excerpt is not fetched again");
    }

    @Test
    void withFullTextOffA304LeavesExcerptsAlone() {
        Feed feed = library.feeds().subscribe(server.url("/feed.xml"), null, null);
        refresh(feed.id());
        RefreshReport second = refresh(feed.id());
        assertEquals(RefreshReport.Status.NOT_MODIFIED, second.status());
        assertEquals(0, second.updated());
        assertEquals(1, library.feeds().excerptArticles(feed.id()).size());
        assertEquals(0, server.hits("/posts/1"));
    }
}
