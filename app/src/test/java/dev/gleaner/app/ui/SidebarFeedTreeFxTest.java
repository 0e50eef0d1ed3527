package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static dev.gleaner.app.ui.SidebarRows.open;
import static dev.gleaner.app.ui.SidebarRows.row;
import static dev.gleaner.app.ui.SidebarRows.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.library.Place;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The feeds in the sidebar as a tree on the headless platform: folders with their unread counts that
 * fold and open (a click on the mark, the arrow keys), and with many feeds the Feeds entry folded at
 * first so that Tags and Issues sit right under it.
 */
class SidebarFeedTreeFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /** {@return the texts of the labels in {@code row}, e.g. the mark, the name and the unread count} */
    private static List<String> labels(Node row) throws Exception {
        return onFx(() -> ((Parent) row)
                .lookupAll(".label").stream()
                        .filter(n -> n instanceof Label)
                        .map(n -> ((Label) n).getText())
                        .toList());
    }

    private static Node mark(Node row) throws Exception {
        return onFx(() -> ((Parent) row).lookup(".disclosure"));
    }

    @Test
    void foldersListTheirFeedsWithUnreadCountsAndFold() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            var feeds = services.library().feeds();
            var redis = feeds.subscribe("https://a.example/feed.xml", "Redis Blog", "개발");
            var kafka = feeds.subscribe("https://b.example/feed.xml", "Kafka Notes", "개발");
            feeds.subscribe("https://c.example/feed.xml", "Cooking", null);
            services.library().save(TestLibraries.web(1), redis.id());
            services.library().save(TestLibraries.web(2), redis.id());
            services.library().save(TestLibraries.web(3), kafka.id());
            MainWindow w = open(services);

            List<String> shown = texts(w);
            int at = shown.indexOf("Feeds");
            assertEquals(
                    List.of("Feeds", "개발", "Kafka Notes", "Redis Blog", "Cooking", "Tags"),
                    shown.subList(at, at + 6),
                    "folders first with their feeds under them, then the loose feeds: " + shown);
            assertFalse(shown.stream().anyMatch(t -> t.contains(" / ")), "no 'folder / feed' rows: " + shown);
            assertEquals(List.of("▾", "개발", "3"), labels(row(w, "개발")), "the folder counts its unread");
            assertEquals(List.of("▾", "Feeds", "3"), labels(row(w, "Feeds")));

            // A click on the mark folds the folder and does not choose it.
            Place before = onFx(() -> w.library().place().get());
            FxRobot robot = new FxRobot();
            robot.clickOn(mark(row(w, "개발")));
            WaitForAsyncUtils.waitForFxEvents();
            shown = texts(w);
            assertEquals(List.of("Feeds", "개발", "Cooking", "Tags"), shown.subList(at, at + 4), shown.toString());
            assertEquals(List.of("▸", "개발", "3"), labels(row(w, "개발")), "folded, it still counts");
            assertEquals(before, onFx(() -> w.library().place().get()));

            // Choosing the folder lists its feeds' articles; Right opens it again.
            robot.clickOn(row(w, "개발"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Place.folder("개발"), onFx(() -> w.library().place().get()));
            assertEquals(3, onFx(() -> w.library().articles().get().size()));
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(texts(w).contains("Redis Blog"), texts(w).toString());
            robot.type(KeyCode.LEFT);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(texts(w).contains("Redis Blog"), texts(w).toString());

            // The chosen folder comes back in the next window, with its feeds' articles.
            onFx(() -> {
                w.saveState();
                w.scene().getWindow().hide();
                return null;
            });
            assertEquals(
                    "FOLDER:개발", services.library().setting("ui.last.place").orElseThrow());
            MainWindow again = open(services);
            assertEquals(Place.folder("개발"), onFx(() -> again.library().place().get()));
            assertEquals(3, onFx(() -> again.library().articles().get().size()));
            onFx(() -> {
                again.scene().getWindow().hide();
                return null;
            });
            onFx(() -> {
                ((javafx.stage.Stage) w.scene().getWindow()).show();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();

            // Folding Feeds hides every feed; Tags comes right after it.
            robot.clickOn(mark(row(w, "Feeds")));
            WaitForAsyncUtils.waitForFxEvents();
            shown = texts(w);
            assertEquals("Tags", shown.get(shown.indexOf("Feeds") + 1), shown.toString());
        }
    }

    @Test
    void withManyFeedsTheFeedsEntryStartsFoldedSoTagsAndIssuesStayInReach() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            for (int i = 0; i < 60; i++) {
                services.library()
                        .feeds()
                        .subscribe("https://f" + i + ".example/feed.xml", "Feed " + i, i % 2 == 0 ? "A" : null);
            }
            MainWindow w = open(services);
            List<String> shown = texts(w);
            int feeds = shown.indexOf("Feeds");
            assertEquals(List.of("Feeds", "Tags", "Issues"), shown.subList(feeds, feeds + 3), shown.toString());
            assertEquals("▸", labels(row(w, "Feeds")).getFirst());
            new FxRobot().clickOn(mark(row(w, "Feeds")));
            WaitForAsyncUtils.waitForFxEvents();
            shown = texts(w);
            assertEquals("A", shown.get(shown.indexOf("Feeds") + 1), "the folder is listed, folded: " + shown);
            assertEquals("▸", labels(row(w, "A")).getFirst());
            assertEquals("Feed 1", shown.get(shown.indexOf("Feeds") + 2), shown.toString());
        }
    }

    @Test
    void withNoFeedsTheFeedsEntryHasNothingToFoldUntilTheFirstSubscription() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            MainWindow w = open(services);
            assertEquals(null, mark(row(w, "Feeds")), "no disclosure mark over nothing");

            services.library().feeds().subscribe("https://f.example/feed.xml", "Kafka Notes", null);
            onFx(() -> {
                w.library().refreshPlaces();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("▾", labels(row(w, "Feeds")).getFirst());
            List<String> shown = texts(w);
            assertEquals("Kafka Notes", shown.get(shown.indexOf("Feeds") + 1), shown.toString());
        }
    }
}
