package dev.gleaner.app.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import dev.gleaner.ingest.feed.FeedDiscovery;
import dev.gleaner.ingest.feed.FeedParser;
import dev.gleaner.ingest.feed.FeedRefresher;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsViewModelTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example Blog</title><link>http://example.test/</link>
            <item><title>Redis 캐시 정리</title><link>http://example.test/posts/1</link><guid>p1</guid>
            <description>레디스 캐시를 정리하는 방법.</description></item>
            <item><title>Second post</title><link>http://example.test/posts/2</link><guid>p2</guid>
            <description>Another entry.</description></item>
            </channel></rss>
            """;

    @TempDir
    Path dir;

    HttpServer server;
    HttpFetcher fetcher;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", x -> {
            byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.createContext("/broken.xml", x -> {
            x.sendResponseHeaders(500, -1);
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

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private FeedService service(Library library) {
        return new LibraryFeedService(new dev.gleaner.app.usecase.Feeds(
                library::feeds,
                () -> new FeedDiscovery(fetcher, new FeedParser()),
                () -> new FeedRefresher(library.feeds(), fetcher, new FeedParser(), null, Clock.systemUTC())));
    }

    @Test
    void addingAndRefreshingAFeedListsItsUnreadArticles() {
        var messages = TestLibraries.english();
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.addChangeListener(seq -> changes.incrementAndGet());
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, service(library), Background.sameThread(), status, messages);
            AtomicInteger sidebar = new AtomicInteger();
            vm.onChange(sidebar::incrementAndGet);
            vm.newUrl().set(url("/feed.xml"));
            vm.add();
            assertEquals("", vm.newUrl().get());
            assertEquals(1, vm.feeds().size());
            assertEquals("Example Blog", vm.feeds().getFirst().name());
            assertEquals("Subscribed: 2 new articles.", status.message().get(), "subscribing fetched it, and says so");
            assertEquals(2, vm.feeds().getFirst().unread());
            vm.refresh(null);
            assertEquals(
                    "1 feed refreshed, no new articles.", status.message().get(), "news that it worked, not an error");
            assertEquals("", status.error().get());
            var row = vm.feeds().getFirst();
            assertEquals(2, row.unread());
            assertEquals(2, row.total());
            assertEquals(null, row.lastError());
            assertTrue(changes.get() >= 1, "the refresh tells the library's listeners (the index follower)");
            assertEquals(2, sidebar.get());
        }
    }

    @Test
    void aFailingRefreshShowsItsErrorAndKeepsTheOtherFeeds() throws Exception {
        var messages = TestLibraries.english();
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.feeds().subscribe(url("/feed.xml"), "Works", null);
            library.feeds().subscribe(url("/broken.xml"), "Broken", null);
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, service(library), Background.sameThread(), status, messages);
            vm.refresh(null);
            assertEquals(false, status.running().get(), "the refresh finished; nothing waits on it");
            assertTrue(
                    status.error().get().startsWith("1 of 2 feeds failed: Broken: "),
                    status.error().get());
            assertTrue(status.error().get().contains("500"), status.error().get());
            var broken = vm.feeds().stream()
                    .filter(r -> r.name().equals("Broken"))
                    .findFirst()
                    .orElseThrow();
            assertNotNull(broken.lastError());
            assertTrue(broken.lastError().contains("500"), broken.lastError());
            var works = vm.feeds().stream()
                    .filter(r -> r.name().equals("Works"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(2, works.unread());
            Path opml = dir.resolve("out.opml");
            vm.exportOpml(opml);
            String written = Files.readString(opml);
            assertTrue(written.contains(url("/broken.xml")), written);
        }
    }

    @Test
    void withoutTheServiceTheActionsSaySoPlainly() {
        var messages = TestLibraries.english();
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, FeedService.unavailable(), Background.sameThread(), status, messages);
            vm.load();
            vm.newUrl().set("https://other.example.com/");
            vm.add();
            assertEquals(
                    "Adding and refreshing feeds is not available yet in this build.",
                    status.error().get());
        }
    }

    @Test
    void foldersArePickedWhenAddingChangedAndRemovedAndTheFeedRemovedKeepsStarredArticles() throws Exception {
        var messages = TestLibraries.english();
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, service(library), Background.sameThread(), status, messages);
            AtomicInteger sidebar = new AtomicInteger();
            vm.onChange(sidebar::incrementAndGet);
            vm.newUrl().set(url("/feed.xml"));
            vm.newFolder().set("  개발 ");
            vm.add();
            var row = vm.feeds().getFirst();
            assertEquals("개발", row.folder(), "added into the folder picked");
            assertEquals(java.util.List.of("개발"), java.util.List.copyOf(vm.folders()));
            assertEquals("개발", library.feeds().feed(row.id()).orElseThrow().folder());

            vm.setFolder(row, "Reading");
            assertEquals("Reading", vm.feeds().getFirst().folder());
            assertEquals(java.util.List.of("Reading"), java.util.List.copyOf(vm.folders()));
            vm.setFolder(vm.feeds().getFirst(), "");
            assertEquals("", vm.feeds().getFirst().folder(), "taken out of its folder");
            assertEquals(null, library.feeds().feed(row.id()).orElseThrow().folder());
            assertTrue(vm.folders().isEmpty());

            vm.refresh(null);
            long starred = library.findByUrl("http://example.test/posts/1")
                    .orElseThrow()
                    .id();
            library.setStarred(starred, true);
            int before = sidebar.get();
            vm.remove(vm.feeds().getFirst());
            assertTrue(vm.feeds().isEmpty(), "the feed is gone from the list");
            assertEquals(
                    "Removed Example Blog: 1 article deleted, 1 kept (starred, noted or from another source).",
                    status.message().get());
            assertTrue(library.article(starred).isPresent(), "the starred article stays");
            assertTrue(library.findByUrl("http://example.test/posts/2").isEmpty(), "the other one went");
            assertTrue(sidebar.get() > before, "the sidebar reloads");
        }
    }

    @Test
    void opmlImportKeepsFoldersAndExportWritesThemBack() throws Exception {
        var messages = TestLibraries.english();
        Path in = dir.resolve("in.opml");
        Files.writeString(in, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>mine</title></head><body>
                <outline text="기술">
                  <outline type="rss" text="Example" xmlUrl="%s"/>
                </outline>
                <outline type="rss" text="Loose" xmlUrl="%s"/>
                </body></opml>
                """.formatted(url("/feed.xml"), url("/broken.xml")));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, service(library), Background.sameThread(), status, messages);
            vm.importOpml(in);
            assertEquals(2, vm.feeds().size());
            assertEquals(java.util.List.of("기술"), java.util.List.copyOf(vm.folders()));
            Path out = dir.resolve("out.opml");
            vm.exportOpml(out);
            var back = dev.gleaner.ingest.feed.Opml.read(out).feeds();
            assertEquals(
                    java.util.Set.of(url("/feed.xml") + " in 기술", url("/broken.xml") + " in null"),
                    back.stream().map(o -> o.url() + " in " + o.folder()).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
