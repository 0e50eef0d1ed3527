package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.ingest.feed.FeedDiscovery;
import dev.gleaner.ingest.feed.FeedParser;
import dev.gleaner.ingest.feed.FeedRefresher;
import dev.gleaner.ingest.feed.RefreshReport;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed actions the command line and the Feeds view share, on a real library and a local server. */
class FeedsTest {
    @TempDir
    Path dir;

    HttpServer server;
    HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // /feed/N serves a blog with two posts of its own.
        server.createContext("/feed/", x -> {
            String n = x.getRequestURI().getPath().substring("/feed/".length());
            String rss = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>Blog %1$s</title><link>http://example.test/%1$s/</link>
                    <item><title>Redis 캐시 %1$s</title><link>http://example.test/%1$s/1</link><guid>%1$s-1</guid>
                    <description>레디스 캐시를 정리하는 방법.</description></item>
                    <item><title>Kafka %1$s</title><link>http://example.test/%1$s/2</link><guid>%1$s-2</guid>
                    <description>카프카 컨슈머.</description></item>
                    </channel></rss>
                    """.formatted(n);
            byte[] body = rss.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        fetcher = new HttpFetcher(FetchSettings.defaults("test"));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    private String url(int n) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + n;
    }

    private Feeds feeds(Library library) {
        return new Feeds(
                library::feeds,
                () -> new FeedDiscovery(fetcher, new FeedParser()),
                () -> new FeedRefresher(library.feeds(), fetcher, new FeedParser(), null, Clock.systemUTC()));
    }

    /** A progress that asks to stop once the first slice is done, and remembers what it was told. */
    private static final class StopAfterFirst implements Progress {
        final List<long[]> updates = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void update(long done, long total) {
            updates.add(new long[] {done, total});
        }

        @Override
        public boolean cancelled() {
            return updates.size() > 1;
        }
    }

    @Test
    void aCancelledRefreshStopsAfterTheSliceItWasInAndKeepsWhatItFetched() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Feeds feeds = feeds(library);
            for (int n = 1; n <= 10; n++) {
                feeds.subscribe(url(n), null, null);
            }
            StopAfterFirst progress = new StopAfterFirst();
            Feeds.Refreshed r = feeds.refresh(null, progress, x -> {});
            assertEquals(10, r.planned());
            assertTrue(r.reports().size() < 10, "the cancel stopped it before the last feeds");
            assertEquals(2 * r.reports().size(), r.added(), "each fetched feed stored its two posts");
            assertEquals(
                    r.added(),
                    library.feeds().feeds().stream().mapToInt(f -> f.total()).sum());
            assertEquals(10, progress.updates.getFirst()[1], "the first update says how many feeds there are");

            // From the command line nobody cancels: every feed is fetched, and each one is told.
            List<RefreshReport> told = Collections.synchronizedList(new ArrayList<>());
            Feeds.Refreshed all = feeds.refresh(null, Progress.NONE, told::add);
            assertEquals(10, all.reports().size());
            assertEquals(10, told.size());
            assertEquals(20 - r.added(), all.added(), "only the feeds the cancel left out had news");
            assertEquals(0, all.failed());
            assertEquals(List.of(), all.failures());
        }
    }

    @Test
    void subscribingIntoAFolderMovingAndRemovingAFeed() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Feeds feeds = feeds(library);
            var feed = feeds.subscribe(url(1), "내 블로그", "Tech");
            assertEquals("내 블로그", feed.displayName());
            assertEquals("Tech", feed.folder());

            var again = feeds.subscribe(url(1), null, null);
            assertEquals(feed.id(), again.id(), "subscribing twice keeps one feed");
            assertEquals("Tech", again.folder(), "no folder given leaves it where it was");

            var e = assertThrows(LibraryException.class, () -> feeds.move(feed.id(), "a\nb"));
            assertEquals("A folder name is one line: 'a\\nb'.", e.getMessage());
            assertEquals("Tech", feeds.feed(feed.id()).folder(), "a refused move changes nothing");
            assertEquals("Reading", feeds.move(feed.id(), "  Reading ").folder());
            var out = feeds.move(feed.id(), "");
            assertTrue(out.folder() == null || out.folder().isEmpty(), "a blank folder takes it out: " + out.folder());

            feeds.refresh(feed.id(), Progress.NONE, x -> {});
            Feeds.Removed removed = feeds.remove(feed.id());
            assertEquals(2, removed.removal().deleted());
            assertEquals("내 블로그", removed.feed().displayName());
            assertEquals(List.of(), feeds.list());
        }
    }

    @Test
    void aFeedThatIsNotThereIsNamedAndNothingChanges() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Feeds feeds = feeds(library);
            var kept = feeds.subscribe(url(1), null, "Tech");
            Feeds.NoSuchFeed e = assertThrows(Feeds.NoSuchFeed.class, () -> feeds.remove(kept.id() + 41));
            assertEquals(kept.id() + 41, e.id());
            assertEquals(
                    "There is no feed " + (kept.id() + 41) + ": see the ids with 'gleaner feed list'.", e.getMessage());
            assertThrows(Feeds.NoSuchFeed.class, () -> feeds.refresh(kept.id() + 41, Progress.NONE, x -> {}));
            assertThrows(Feeds.NoSuchFeed.class, () -> feeds.move(kept.id() + 41, "Other"));
            assertThrows(Feeds.NoSuchFeed.class, () -> feeds.fullText(kept.id() + 41, true));
            assertEquals(
                    List.of(kept.id()), feeds.list().stream().map(f -> f.id()).toList());
            assertEquals("Tech", feeds.feed(kept.id()).folder());
        }
    }

    @Test
    void opmlCarriesTheFeedsAndTheirFoldersToAnotherLibrary() {
        Path opml = dir.resolve("feeds.opml");
        try (Library library = Library.open(dir.resolve("a.db"))) {
            Feeds feeds = feeds(library);
            feeds.subscribe(url(1), null, "Tech");
            feeds.subscribe(url(2), "둘째", null);
            assertEquals(2, feeds.exportOpml(opml));
        }
        try (Library library = Library.open(dir.resolve("b.db"))) {
            Feeds feeds = feeds(library);
            feeds.subscribe(url(2), null, null);
            Feeds.OpmlImport first = feeds.importOpml(opml);
            assertEquals(new Feeds.OpmlImport(2, 1, 1), first, "the feed already there is not new");
            assertEquals(new Feeds.OpmlImport(2, 1, 0), feeds.importOpml(opml));
            var tech = feeds.list().stream()
                    .filter(f -> f.url().equals(url(1)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Tech", tech.folder());
            assertNull(tech.lastError());
        }
    }
}
