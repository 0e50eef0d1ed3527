package dev.gleaner.app.feeds;

import static dev.gleaner.app.feeds.FeedsViewTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Feeds view as a user meets it: feeds imported but not fetched say so, a right click opens the
 * feed's menu with its items, "Refresh this feed" fetches from a real local server, a feed added by
 * URL is fetched in the background at once, and a failing feed says since when, its error as tooltip.
 */
class FeedStatesFxTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>%s</title><link>http://example.test/</link>
            <item><title>One</title><link>http://example.test/%s/1</link><guid>%s-1</guid></item>
            </channel></rss>
            """;

    @TempDir
    Path dir;

    HttpServer server;
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    Stage stage;

    @BeforeAll
    static void startFx() throws Exception {
        FeedsViewTest.startFx();
    }

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (String name : List.of("good", "fresh")) {
            server.createContext("/" + name + ".xml", x -> {
                requests.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                byte[] body = RSS.formatted("Blog " + name, name, name).getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Content-Type", "application/rss+xml");
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
                x.close();
            });
        }
        server.createContext("/broken.xml", x -> {
            requests.computeIfAbsent("broken", k -> new AtomicInteger()).incrementAndGet();
            x.sendResponseHeaders(500, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(0);
        if (stage != null) {
            onFx(() -> {
                stage.hide();
                return null;
            });
        }
    }

    private String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + ".xml";
    }

    /** {@return the text of each visible row's cells, joined by "|", keyed by the feed's name} */
    private static Map<String, String> rows(FeedsView view) throws Exception {
        return onFx(() -> {
            view.root().applyCss();
            view.root().layout();
            return view.table().lookupAll(".table-row-cell").stream()
                    .map(n -> (TableRow<?>) n)
                    .filter(r -> r.getItem() instanceof FeedsViewModel.FeedRow)
                    .collect(Collectors.toMap(
                            r -> ((FeedsViewModel.FeedRow) r.getItem()).name(),
                            r -> r.lookupAll(".table-cell").stream()
                                    .map(c -> ((TableCell<?, ?>) c).getText())
                                    .filter(t -> t != null)
                                    .collect(Collectors.joining("|")),
                            (a, b) -> a));
        });
    }

    private static TableCell<?, ?> stateCell(FeedsView view, String feed) throws Exception {
        return onFx(() -> stateCellNow(view, feed));
    }

    /** {@return the state cell of {@code feed}; call on the FX thread} */
    private static TableCell<?, ?> stateCellNow(FeedsView view, String feed) {
        return view.table().lookupAll(".feed-state").stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof FeedsViewModel.FeedRow r
                        && r.name().equals(feed))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no state cell for " + feed));
    }

    private FeedsView show(FeedsViewModel vm) throws Exception {
        return onFx(() -> {
            FeedsView v = new FeedsView(vm, TestLibraries.english());
            stage = new Stage();
            stage.setScene(new Scene(v.root(), 1300, 600));
            stage.show();
            stage.toFront();
            return v;
        });
    }

    private static FeedService service(Library library, HttpFetcher fetcher) {
        return new LibraryFeedService(new dev.gleaner.app.usecase.Feeds(
                library::feeds,
                () -> new FeedDiscovery(fetcher, new FeedParser()),
                () -> new FeedRefresher(library.feeds(), fetcher, new FeedParser(), null, Clock.systemUTC())));
    }

    @Test
    void theMenuOpensWithItsItemsAndRefreshesOneFeedWhichThenSaysOkOrFailingSince() throws Exception {
        Path opml = dir.resolve("in.opml");
        Files.writeString(
                opml,
                "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>"
                        + "<outline type=\"rss\" text=\"Good\" xmlUrl=\"" + url("good") + "\"/>"
                        + "<outline type=\"rss\" text=\"Broken\" xmlUrl=\"" + url("broken") + "\"/></body></opml>");
        var messages = TestLibraries.english();
        try (Library library = Library.open(dir.resolve("library.db"));
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults("test"))) {
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, service(library, fetcher), Background.sameThread(), status, messages);
            FeedsView view = show(vm);
            onFx(() -> {
                vm.importOpml(opml);
                return null;
            });
            Map<String, String> before = rows(view);
            assertTrue(before.get("Good").endsWith("|Never fetched"), before.toString());
            assertTrue(before.get("Broken").endsWith("|Never fetched"), "not 'OK' before any fetch: " + before);
            assertEquals(Map.of(), requests, "importing fetched nothing");

            // A right click on the row opens its menu, with every item in it.
            FxRobot robot = new FxRobot();
            TableRow<?> good =
                    onFx(() -> (TableRow<?>) stateCellNow(view, "Good").getTableRow());
            robot.rightClickOn(good);
            WaitForAsyncUtils.waitForFxEvents();
            ContextMenu menu = onFx(good::getContextMenu);
            assertNotNull(menu, "the row has a menu");
            assertTrue(onFx(menu::isShowing), "the menu shows on a right click");
            assertEquals(
                    List.of("Refresh this feed", "Fetch full text", "Move to folder…", "Rename…", "", "Remove feed…"),
                    onFx(() -> menu.getItems().stream()
                            .map(i -> i.getText() == null ? "" : i.getText())
                            .toList()));
            onFx(() -> {
                menu.getItems().stream()
                        .filter(i -> "Refresh this feed".equals(i.getText()))
                        .findFirst()
                        .map(MenuItem.class::cast)
                        .orElseThrow()
                        .fire();
                menu.hide();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, requests.get("good").get(), "only the chosen feed was fetched");
            assertFalse(requests.containsKey("broken"), "the other feed was left alone");
            Map<String, String> after = rows(view);
            assertTrue(after.get("Good").contains("|OK · "), after.toString());
            assertEquals(
                    "1 feed refreshed, 1 new article.",
                    onFx(() -> status.message().get()));

            // The broken one, refreshed from its own menu, says since when it fails; the error is its tooltip.
            onFx(() -> {
                view.table()
                        .getSelectionModel()
                        .select(vm.feeds().stream()
                                .filter(r -> r.name().equals("Broken"))
                                .findFirst()
                                .orElseThrow());
                view.feedMenu().getItems().getFirst().fire();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            TableCell<?, ?> broken = stateCell(view, "Broken");
            assertTrue(onFx(broken::getText).startsWith("Failing since "), onFx(broken::getText));
            var since = library.feeds().feedByUrl(url("broken")).orElseThrow().failingSince();
            assertNotNull(since, "the library keeps when it began failing");
            assertTrue(onFx(() -> broken.getTooltip().getText()).contains("500"), "the error is the tooltip");
            assertTrue(onFx(() -> broken.getPseudoClassStates().stream()
                    .anyMatch(p -> p.getPseudoClassName().equals("failing"))));
        }
    }

    @Test
    void aFeedAddedByUrlIsFetchedInTheBackgroundAndSaysOk() throws Exception {
        var messages = TestLibraries.english();
        AtomicInteger workThreads = new AtomicInteger();
        var factory = Thread.ofPlatform().name("feeds-test-work-", 0).factory();
        Background background = new Background(
                r -> factory.newThread(() -> {
                            workThreads.incrementAndGet();
                            r.run();
                        })
                        .start(),
                Platform::runLater);
        try (Library library = Library.open(dir.resolve("library.db"));
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults("test"))) {
            StatusModel status = onFx(() -> new StatusModel(background, messages));
            var vm = new FeedsViewModel(library, service(library, fetcher), background, status, messages);
            FeedsView view = show(vm);
            onFx(() -> {
                vm.newUrl().set(url("fresh"));
                vm.add();
                return null;
            });
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> onFx(() -> vm.feeds().size() == 1 && !status.running().get()));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(workThreads.get() > 0, "the subscription ran off the UI thread");
            assertTrue(requests.get("fresh").get() >= 1, "the feed was fetched");
            Map<String, String> shown = rows(view);
            assertTrue(shown.get("Blog fresh").contains("|OK · "), shown.toString());
            assertTrue(shown.get("Blog fresh").contains("|1|1|"), "its article is counted: " + shown);
            assertEquals(
                    "Subscribed: 1 new article.", onFx(() -> status.message().get()));
            assertEquals("", onFx(() -> status.error().get()));
            assertNotEquals(
                    null,
                    library.feeds().feedByUrl(url("fresh")).orElseThrow().lastSuccess(),
                    "the library recorded the fetch");
        }
    }
}
