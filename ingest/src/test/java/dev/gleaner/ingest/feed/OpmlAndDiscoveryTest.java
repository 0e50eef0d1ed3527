package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlAndDiscoveryTest {
    @TempDir
    Path dir;

    @Test
    void nestedOutlinesBecomeFoldersAndExportRoundTrips() throws Exception {
        Path file = dir.resolve("subs.opml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="1.0"><head><title>Mine</title></head><body>
                  <outline text="개발">
                    <outline text="Go" title="Go Blog" type="rss" xmlUrl="https://go.dev/blog/feed.atom" htmlUrl="https://go.dev/blog"/>
                    <outline text="Deep"><outline text="X" xmlUrl="https://x.example/rss"/></outline>
                  </outline>
                  <outline text="Loose" xmlUrl="https://loose.example/feed"/>
                </body></opml>
                """);
        Opml.Subscriptions subs = Opml.read(file);
        assertEquals(
                List.of(
                        new Opml.Outline("https://go.dev/blog/feed.atom", "Go Blog", "https://go.dev/blog", "개발"),
                        new Opml.Outline("https://x.example/rss", "X", null, "개발/Deep"),
                        new Opml.Outline("https://loose.example/feed", "Loose", null, null)),
                subs.feeds());
        Path out = dir.resolve("out.opml");
        Opml.write(subs, out);
        Opml.Subscriptions back = Opml.read(out);
        assertEquals(subs.feeds(), back.feeds());
        assertEquals(subs.folders(), back.folders());
    }

    @Test
    void malformedOpmlNamesTheLine() throws Exception {
        Path file = dir.resolve("bad.opml");
        Files.writeString(
                file, "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n<outline text=\"a\">\n</body></opml>\n");
        IngestException e = assertThrows(IngestException.class, () -> Opml.read(file));
        assertTrue(e.getMessage().contains("malformed at line 4"), e.getMessage());
    }

    @Test
    void theRealKoreanDeveloperListImports880FeedsIn7Folders() {
        String root = System.getProperty("gleaner.corpus");
        Path dirKr = root == null ? null : Path.of(root, "feeds/opml/korea-dev-rss");
        assumeTrue(dirKr != null && Files.isDirectory(dirKr), "corpus not found: " + dirKr);
        Opml.Subscriptions subs = Opml.read(dirKr.resolve("Korea-Dev-RSS.opml@91af125.opml"));
        assertEquals(880, subs.feeds().size());
        assertEquals(7, subs.folders().size());
        assertTrue(
                subs.folders().contains("국내 개발자 블로그 모음")
                        || subs.folders().getFirst().contains("국내"),
                subs.folders().toString());
        IngestException e = assertThrows(
                IngestException.class, () -> Opml.read(dirKr.resolve("Korea-Dev-RSS_temp.opml@ca25f42.opml")));
        assertTrue(e.getMessage().contains("malformed at line 1"), e.getMessage());
    }

    @Test
    void discoveryFindsTheFeedLinkedFromASitePageAndFallsBackToCommonPaths() {
        try (TestFeedServer server = new TestFeedServer();
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults("test"))) {
            server.on(
                    "/site",
                    ex -> TestFeedServer.send(
                            ex,
                            200,
                            "text/html; charset=utf-8",
                            "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/main.xml\"></head><body>x</body></html>"
                                    .getBytes()));
            server.on(
                    "/feeds/main.xml",
                    ex -> TestFeedServer.send(
                            ex, 200, "application/rss+xml", TestFeedServer.rss("Main", 1, "https://m.example/")));
            server.on(
                    "/other/",
                    ex -> TestFeedServer.send(ex, 200, "text/html", "<html><body>no links</body></html>".getBytes()));
            server.on(
                    "/index.xml",
                    ex -> TestFeedServer.send(
                            ex, 200, "application/rss+xml", TestFeedServer.rss("Hugo", 1, "https://h.example/")));
            FeedDiscovery discovery = new FeedDiscovery(fetcher, new FeedParser());

            FeedDiscovery.Found linked = discovery.discover(server.url("/site"));
            assertEquals(server.url("/feeds/main.xml"), linked.url());
            assertEquals("Main", linked.feed().title());
            assertEquals(
                    server.url("/index.xml"),
                    discovery.discover(server.url("/other/")).url());
            assertEquals(
                    server.url("/feeds/main.xml"),
                    discovery.discover(server.url("/feeds/main.xml")).url());
        }
    }

    @Test
    void aFeedUrlThatAnswersEmptyOrNotAPageIsNeverSwappedForAnother() {
        try (TestFeedServer server = new TestFeedServer();
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults("test"))) {
            server.on("/blog/rss.xml", ex -> TestFeedServer.send(ex, 200, "application/rss+xml", new byte[0]));
            server.on(
                    "/api/feed",
                    ex -> TestFeedServer.send(ex, 200, "application/json", "{\"error\": \"rate limited\"}".getBytes()));
            server.on(
                    "/feed",
                    ex -> TestFeedServer.send(
                            ex, 200, "application/rss+xml", TestFeedServer.rss("Other", 1, "https://o.example/")));
            FeedDiscovery discovery = new FeedDiscovery(fetcher, new FeedParser());
            FeedParseException empty =
                    assertThrows(FeedParseException.class, () -> discovery.discover(server.url("/blog/rss.xml")));
            assertTrue(empty.getMessage().contains(server.url("/blog/rss.xml")), empty.getMessage());
            assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
            FeedParseException broken =
                    assertThrows(FeedParseException.class, () -> discovery.discover(server.url("/api/feed")));
            assertTrue(broken.getMessage().contains(server.url("/api/feed")), broken.getMessage());
        }
    }

    @Test
    void discoveryTriesTheCommonPathsUnderTheSitesOwnFolderFirst() {
        try (TestFeedServer server = new TestFeedServer();
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults("test"))) {
            server.on(
                    "/~kim/blog/",
                    ex -> TestFeedServer.send(ex, 200, "text/html", "<html><body>posts</body></html>".getBytes()));
            server.on(
                    "/~kim/blog/index.xml",
                    ex -> TestFeedServer.send(
                            ex, 200, "application/rss+xml", TestFeedServer.rss("Kim", 1, "https://k.example/")));
            server.on(
                    "/feed",
                    ex -> TestFeedServer.send(
                            ex, 200, "application/rss+xml", TestFeedServer.rss("Host", 1, "https://h.example/")));
            FeedDiscovery discovery = new FeedDiscovery(fetcher, new FeedParser());
            assertEquals(
                    server.url("/~kim/blog/index.xml"),
                    discovery.discover(server.url("/~kim/blog/")).url());
        }
    }
}
