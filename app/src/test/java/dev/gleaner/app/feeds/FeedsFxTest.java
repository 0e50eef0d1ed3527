package dev.gleaner.app.feeds;

import static dev.gleaner.app.feeds.FeedsViewTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Feeds view worked with TestFX's robot on the headless platform: OPML import and export
 * through the (answered) file choosers, adding into a folder, moving a feed to a new folder from
 * its menu, and removing it with Delete after the confirmation.
 */
class FeedsFxTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example Blog</title><link>http://example.test/</link>
            <item><title>One</title><link>http://example.test/posts/1</link><guid>p1</guid></item>
            </channel></rss>
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FeedsViewTest.startFx();
    }

    /** {@return the node of {@code view} matching {@code selector} (other tests' windows may still be open)} */
    private static javafx.scene.Node node(FeedsView view, String selector) throws Exception {
        return onFx(() -> {
            var n = view.root().lookup(selector);
            if (n == null) {
                throw new AssertionError("no " + selector);
            }
            return n;
        });
    }

    private static MenuItem item(List<MenuItem> items, String text) {
        return items.stream()
                .filter(i -> text.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    @Test
    void opmlFoldersAndRemoveWorkFromTheWindow() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (String path : List.of("/a.xml", "/b.xml", "/c.xml")) {
            server.createContext(path, x -> {
                byte[] body =
                        RSS.replace("Example Blog", "Blog " + path.charAt(1)).getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Content-Type", "application/rss+xml");
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
                x.close();
            });
        }
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path in = dir.resolve("in.opml");
        Files.writeString(
                in,
                "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body><outline text=\"기술\">"
                        + "<outline type=\"rss\" text=\"Blog a\" xmlUrl=\"" + base + "/a.xml\"/></outline>"
                        + "<outline type=\"rss\" text=\"Blog b\" xmlUrl=\"" + base + "/b.xml\"/></body></opml>");
        Path out = dir.resolve("out.opml");
        var messages = TestLibraries.english();
        try (Library library = Library.open(dir.resolve("library.db"));
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults("test"))) {
            var service = new LibraryFeedService(new dev.gleaner.app.usecase.Feeds(
                    library::feeds,
                    () -> new FeedDiscovery(fetcher, new FeedParser()),
                    () -> new FeedRefresher(library.feeds(), fetcher, new FeedParser(), null, Clock.systemUTC())));
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, service, Background.sameThread(), status, messages);
            List<Boolean> chooserAsked = new ArrayList<>();
            List<String> removeAsked = new ArrayList<>();
            FeedsView view = onFx(() -> {
                FeedsView v = new FeedsView(vm, messages);
                v.chooseOpmlWith((owner, save) -> {
                    chooserAsked.add(save);
                    return Optional.of(save ? out : in);
                });
                v.askFolderWith(row -> Optional.of("나중에"));
                v.confirmRemoveWith(row -> {
                    removeAsked.add(row.name());
                    return true;
                });
                Stage stage = new Stage();
                stage.setScene(new Scene(v.root(), 1200, 600));
                stage.show();
                stage.toFront();
                return v;
            });
            FxRobot robot = new FxRobot();
            robot.clickOn(node(view, ".opml-import"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(false), chooserAsked, "the open chooser was asked");
            assertEquals(2, onFx(() -> vm.feeds().size()));
            assertEquals(List.of("기술"), onFx(() -> List.copyOf(vm.folders())));

            // Add a feed by URL into a folder typed into the picker.
            robot.clickOn(node(view, ".feed-folder-picker")).write("news");
            robot.clickOn(node(view, ".feed-url")).write(base + "/c.xml").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            var c = onFx(() -> vm.feeds().stream()
                    .filter(r -> r.url().endsWith("/c.xml"))
                    .findFirst()
                    .orElseThrow());
            assertEquals("news", c.folder());
            assertEquals(List.of("news", "기술"), onFx(() -> List.copyOf(vm.folders())));

            // Move "Blog b" to a new folder from its menu, then to "news", then out of any folder.
            onFx(() -> {
                view.table()
                        .getSelectionModel()
                        .select(vm.feeds().stream()
                                .filter(r -> r.name().equals("Blog b"))
                                .findFirst()
                                .orElseThrow());
                Menu move = (Menu) item(view.feedMenu().getItems(), "Move to folder…");
                item(move.getItems(), "New folder…").fire();
                return null;
            });
            assertEquals(
                    "나중에",
                    library.feeds().feedByUrl(base + "/b.xml").orElseThrow().folder());
            onFx(() -> {
                view.table()
                        .getSelectionModel()
                        .select(vm.feeds().stream()
                                .filter(r -> r.name().equals("Blog b"))
                                .findFirst()
                                .orElseThrow());
                Menu move = (Menu) item(view.feedMenu().getItems(), "Move to folder…");
                item(move.getItems(), "No folder").fire();
                return null;
            });
            assertEquals(
                    null,
                    library.feeds().feedByUrl(base + "/b.xml").orElseThrow().folder());

            robot.clickOn(node(view, ".opml-export"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(false, true), chooserAsked, "the save chooser was asked");
            String exported = Files.readString(out);
            assertTrue(exported.contains("기술") && exported.contains("news"), exported);

            // Delete on the selected row asks first, then removes it.
            onFx(() -> {
                view.table()
                        .getSelectionModel()
                        .select(vm.feeds().stream()
                                .filter(r -> r.name().equals("Blog a"))
                                .findFirst()
                                .orElseThrow());
                view.table().requestFocus();
                return null;
            });
            robot.type(KeyCode.DELETE);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("Blog a"), removeAsked);
            assertTrue(library.feeds().feedByUrl(base + "/a.xml").isEmpty(), "removed from the library");
            assertEquals(2, onFx(() -> vm.feeds().size()));
            var row = onFx(() -> vm.feeds().getFirst());
            var alert = onFx(() -> view.removeConfirmation(row));
            assertTrue(onFx(alert::getHeaderText).contains(row.name()), "the confirmation names the feed");
            onFx(() -> {
                view.root().getScene().getWindow().hide();
                return null;
            });
        } finally {
            server.stop(0);
        }
    }
}
