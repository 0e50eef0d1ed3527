package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static dev.gleaner.app.ui.ShortcutKeysFxTest.focusList;
import static dev.gleaner.app.ui.ShortcutKeysFxTest.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading with the keyboard on JavaFX's headless platform, keys delivered as the platform delivers
 * them: the NetNewsWire set, the key list, and reading state that changes only when the user opens
 * an article.
 */
class ReadingKeysFxTest {
    @TempDir
    Path dir;

    private final ManualDelay delay = new ManualDelay();
    private final List<String> browsed = new ArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private MainWindow open(Services services, Place place) throws Exception {
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(services, Background.sameThread(), delay, browsed::add);
            Stage stage = new Stage();
            w.showOn(stage);
            stage.show();
            w.library().choose(place);
            return w;
        });
        focusList(window);
        return window;
    }

    private static Article stored(Services services, int n) {
        return services.library()
                .findByUrl("https://blog.example.com/posts/" + n)
                .orElseThrow();
    }

    private static String shown(MainWindow w) throws Exception {
        return onFx(() -> w.reader().title().get());
    }

    @Test
    void theNetNewsWireKeysReadStarDeleteAndOpenArticles() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 5);
            services.library().setRead(stored(services, 4).id(), true);
            // All articles, newest first: 5, 4 (read), 3, 2, 1.
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            assertEquals("Article 5", shown(w));
            assertFalse(stored(services, 5).read(), "the article the window shows by itself stays unread");

            type(w, KeyCode.N, "n");
            assertEquals("Article 3", shown(w), "n skips the read article");
            assertTrue(stored(services, 3).read(), "opened by the user, it is read");
            type(w, KeyCode.P, "p");
            assertEquals("Article 5", shown(w), "p goes back to the previous unread one");
            assertTrue(stored(services, 5).read());

            type(w, KeyCode.U, "u");
            assertFalse(stored(services, 5).read(), "u marks it unread");
            type(w, KeyCode.R, "r");
            assertTrue(stored(services, 5).read(), "r marks it read");
            type(w, KeyCode.S, "s");
            assertTrue(stored(services, 5).starred(), "s stars it");
            type(w, KeyCode.S, "s");
            assertFalse(stored(services, 5).starred(), "and unstars it");

            type(w, KeyCode.O, "o");
            type(w, KeyCode.ENTER, "\r");
            assertEquals(
                    List.of("https://blog.example.com/posts/5", "https://blog.example.com/posts/5"),
                    browsed,
                    "o and Enter ask the browser for the original");

            type(w, KeyCode.J, "j");
            type(w, KeyCode.J, "j");
            assertEquals("Article 3", shown(w));
            long three = stored(services, 3).id();
            type(w, KeyCode.DELETE, "");
            assertEquals(4, onFx(() -> w.library().size()), "Delete takes it off the list");
            assertEquals("Article 2", shown(w), "and shows the one that took its place");
            assertEquals(
                    "Deleted “Article 3”.", onFx(() -> w.library().undoable().get()));
            javafx.scene.control.Hyperlink undo =
                    onFx(() -> (javafx.scene.control.Hyperlink) w.scene().lookup(".undo-delete"));
            assertTrue(onFx(undo::isVisible), "an Undo waits in the status bar");
            type(w, KeyCode.Z, "", false);
            onFx(() -> {
                // Ctrl+Z, the platform's shortcut key on Linux and Windows.
                javafx.event.Event.fireEvent(
                        w.scene().getFocusOwner(),
                        new javafx.scene.input.KeyEvent(
                                javafx.scene.input.KeyEvent.KEY_PRESSED,
                                "",
                                "z",
                                KeyCode.Z,
                                false,
                                !isMac(),
                                false,
                                isMac()));
                return null;
            });
            assertEquals(5, onFx(() -> w.library().size()), "Ctrl+Z brings it back");
            assertEquals("Article 3", shown(w));
            assertFalse(onFx(undo::isVisible));

            type(w, KeyCode.BACK_SPACE, "");
            assertTrue(services.library().article(three).isPresent(), "kept while it can be undone");
            onFx(() -> {
                delay.elapse();
                return null;
            });
            assertTrue(services.library().article(three).isEmpty(), "gone once the undo time is over");
            assertFalse(onFx(undo::isVisible));

            type(w, KeyCode.K, "K", true);
            for (int n : new int[] {1, 2, 4, 5}) {
                assertTrue(stored(services, n).read(), "Shift+K marks every listed article read: " + n);
            }

            // Where no articles are listed (Feeds), the keys on articles leave them alone.
            String open = shown(w);
            onFx(() -> {
                w.library().choose(Place.of(Place.Kind.FEEDS));
                w.scene().getRoot().requestFocus();
                return null;
            });
            type(w, KeyCode.DELETE, "");
            type(w, KeyCode.S, "s");
            assertEquals("", onFx(() -> w.library().undoable().get()), "Delete deleted nothing out of view");
            assertTrue(services.library()
                    .findByUrl("https://blog.example.com/posts/" + open.substring(8))
                    .orElseThrow()
                    .read());
            assertFalse(
                    services.library()
                            .findByUrl("https://blog.example.com/posts/" + open.substring(8))
                            .orElseThrow()
                            .starred(),
                    "s starred nothing out of view");
            type(w, KeyCode.SLASH, "/");
            assertEquals(w.searchField(), onFx(() -> w.scene().getFocusOwner()), "/ searches from every view");
            onFx(() -> {
                w.scene().getWindow().hide();
                return null;
            });
        }
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("mac");
    }

    @Test
    void spacePagesTheReaderAndAtTheEndOpensTheNextUnreadArticle() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 2);
            String body = "A long paragraph about consumer groups and rebalancing. ".repeat(12);
            String markdown = ("# Long read\n\n" + (body + "\n\n").repeat(40)).strip();
            services.library()
                    .save(
                            ArticleDraft.of(
                                    "https://blog.example.com/posts/long", null, "Long read", markdown, markdown),
                            null);
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            onFx(() -> {
                w.library()
                        .open(w.library().articles().get().stream()
                                .map(Article::title)
                                .toList()
                                .indexOf("Long read"));
                w.scene().getRoot().applyCss();
                w.scene().getRoot().layout();
                return null;
            });
            assertEquals("Long read", shown(w));
            var scroll = w.readerView().scroller();
            int pages = 0;
            double last = onFx(scroll::getVvalue);
            while (pages < 200) {
                type(w, KeyCode.SPACE, " ");
                if (!"Long read".equals(shown(w))) {
                    break;
                }
                double now = onFx(scroll::getVvalue);
                assertTrue(now > last, "Space scrolls down: " + last + " -> " + now);
                last = now;
                pages++;
            }
            assertTrue(pages >= 2, "the long article took several pages: " + pages);
            assertEquals(1.0, last, 1e-9, "it reached the end before moving on");
            assertTrue(shown(w).startsWith("Article "), "at the end Space opened the next unread article");
            type(w, KeyCode.SPACE, " ", true);
        }
    }

    @Test
    void spaceOnTheArticleTheWindowShowsReadsItAndMovesOn() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 2);
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            assertEquals("Article 2", shown(w));
            assertFalse(stored(services, 2).read());
            type(w, KeyCode.SPACE, " ");
            assertTrue(stored(services, 2).read(), "paged through (it fits the screen), it is read");
            assertEquals("Article 1", shown(w), "and Space moved on to the next unread one");
            assertTrue(stored(services, 1).read());
        }
    }

    @Test
    void questionMarkListsEveryBoundKeyFromTheOneTable() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 1);
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            assertEquals(
                    java.util.EnumSet.allOf(Shortcut.class),
                    onFx(() -> java.util.EnumSet.copyOf(w.boundShortcuts())),
                    "every key in the table has an action");
            type(w, KeyCode.SLASH, "?", true);
            DialogPane pane = onFx(() -> javafx.stage.Window.getWindows().stream()
                    .map(win -> win.getScene() == null ? null : win.getScene().getRoot())
                    .filter(r -> r instanceof DialogPane d && d.getStyleClass().contains("keys-dialog"))
                    .map(r -> (DialogPane) r)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no key list open")));
            List<String> texts = onFx(() -> pane.lookupAll(".label").stream()
                    .map(n -> ((Label) n).getText())
                    .toList());
            Messages en = TestLibraries.english();
            for (Shortcut s : Shortcut.values()) {
                assertTrue(texts.contains(s.label()), "the list names the keys " + s.label() + ": " + texts);
                String what = en.get(s.messageKey());
                assertFalse(what.startsWith("!"), "a description for " + s);
                assertTrue(texts.contains(what), "the list says what " + s.label() + " does");
            }
            for (String key : List.of(
                    "j", "k", "n", "p", "r", "u", "s", "o, Enter", "Space", "Shift+K", "Delete, Backspace", "?")) {
                assertTrue(texts.contains(key), key + " is listed");
            }
            onFx(() -> {
                pane.getScene().getWindow().hide();
                w.scene().getWindow().hide();
                return null;
            });
        }
    }

    @Test
    void onlyWhatTheUserOpensIsMarkedReadAndAfterTheSecondsOfTheSetting() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            services.library().putSetting("ui.readAfterSeconds", "5");
            TestLibraries.fill(services.library(), 4);
            MainWindow w = open(services, Place.of(Place.Kind.INBOX));
            assertEquals("Article 4", shown(w));
            for (String step : List.of("B", "Bo", "Bod", "Body", "Body of")) {
                onFx(() -> {
                    w.searchField().setText(step);
                    return null;
                });
            }
            assertEquals(4, onFx(() -> w.library().size()), "every article matches");
            onFx(() -> {
                w.searchField().setText("");
                delay.elapse();
                return null;
            });
            for (int n = 1; n <= 4; n++) {
                assertFalse(stored(services, n).read(), "searching and listing read nothing: " + n);
            }

            focusList(w);
            type(w, KeyCode.J, "j");
            assertEquals("Article 3", shown(w));
            assertFalse(stored(services, 3).read(), "not yet: the setting asks for 5 seconds");
            onFx(() -> {
                delay.elapse();
                return null;
            });
            assertTrue(stored(services, 3).read(), "read once the seconds passed");

            type(w, KeyCode.J, "j");
            type(w, KeyCode.J, "j");
            onFx(() -> {
                delay.elapse();
                return null;
            });
            assertFalse(stored(services, 2).read(), "left before its seconds were up, it stays unread");
            assertTrue(stored(services, 1).read());

            // Marked unread by hand while its time runs, it stays unread.
            type(w, KeyCode.K, "k");
            type(w, KeyCode.U, "u");
            onFx(() -> {
                delay.elapse();
                return null;
            });
            assertFalse(stored(services, 2).read());
        }
    }

    @Test
    void aClickOnTheArticleTheWindowShowsOpensItAndMarksItRead() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 3);
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            assertEquals("Article 3", shown(w));
            assertFalse(stored(services, 3).read());
            javafx.scene.Node row = onFx(() -> w.scene().getRoot().lookupAll(".article-list .list-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == 0 && !c.isEmpty())
                    .findFirst()
                    .orElseThrow());
            new FxRobot().clickOn(row);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(stored(services, 3).read(), "the user's click opened it");
            assertFalse(stored(services, 2).read());
            onFx(() -> {
                w.scene().getWindow().hide();
                return null;
            });
        }
    }

    @Test
    void aSidebarClickWhileSearchingClearsTheSearchAndListsTheEntry() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 3);
            services.library()
                    .save(
                            ArticleDraft.of(
                                    "https://blog.example.com/zk",
                                    null,
                                    "Zookeeper notes",
                                    "zookeeper quorum",
                                    "zookeeper quorum"),
                            null);
            services.library().setStarred(stored(services, 1).id(), true);
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            onFx(() -> {
                w.searchField().setText("zookeeper");
                return null;
            });
            assertEquals(1, onFx(() -> w.library().size()));
            FxRobot robot = new FxRobot();
            // The entry already chosen: the list goes back to it.
            robot.clickOn(SidebarRows.row(w, "All articles"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("", onFx(() -> w.searchField().getText()), "the search is cleared");
            assertEquals(4, onFx(() -> w.library().size()), "and the list follows the click");

            onFx(() -> {
                w.searchField().setText("zookeeper");
                return null;
            });
            robot.clickOn(SidebarRows.row(w, "Starred"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("", onFx(() -> w.searchField().getText()));
            assertEquals(
                    Place.of(Place.Kind.STARRED), onFx(() -> w.library().place().get()));
            assertEquals(
                    List.of("Article 1"),
                    onFx(() -> w.library().articles().get().stream()
                            .map(Article::title)
                            .toList()));
            onFx(() -> {
                w.scene().getWindow().hide();
                return null;
            });
        }
    }
}
