package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static dev.gleaner.app.ui.SidebarRows.open;
import static dev.gleaner.app.ui.SidebarRows.row;
import static dev.gleaner.app.ui.SidebarRows.sidebar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saved searches in the sidebar as a user works them on JavaFX's headless platform with TestFX's
 * robot: one entry per saved search with how many articles it finds, a click lists those articles
 * with their snippets, the counts follow the library, and an entry removed elsewhere goes away.
 */
class SidebarSavedSearchFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private static List<String> listedTitles(MainWindow w) throws Exception {
        return onFx(
                () -> w.library().articles().get().stream().map(a -> a.title()).toList());
    }

    private static void save(Services services, String url, String title, String body) {
        services.library().save(ArticleDraft.of(url, null, title, body, body), null);
    }

    @Test
    void aSavedSearchShowsItsCountAndAClickListsWhatItFinds() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            save(services, "https://blog.example/redis", "Redis 분산 락", "레디스로 분산 락을 구현한 이야기.");
            save(services, "https://blog.example/kafka", "카프카 컨슈머", "Kafka consumer group rebalancing.");
            services.library().saveSearch("Redis", "레디스");
            services.library().saveSearch("Nothing yet", "zookeeper");
            MainWindow window = open(services);

            List<String> texts = SidebarRows.texts(window);
            int notes = texts.indexOf("Notes");
            assertTrue(notes >= 0, texts.toString());
            assertEquals(
                    List.of("Search: Nothing yet · 0", "Search: Redis · 1"),
                    texts.subList(notes + 1, notes + 3),
                    "one entry per saved search, by name, with its count, under Notes");

            FxRobot robot = new FxRobot();
            robot.clickOn(row(window, "Search: Redis · 1"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(
                    Place.savedSearch("Redis"),
                    onFx(() -> window.library().place().get()));
            assertEquals(List.of("Redis 분산 락"), listedTitles(window));
            String snippet = onFx(
                    () -> window.library().snippets().get().values().iterator().next());
            assertTrue(snippet.contains("«"), "the match is marked in the snippet: " + snippet);
            assertEquals("Redis 분산 락", onFx(() -> window.reader().title().get()), "the first hit is open");

            // A new article that matches is counted and listed once the library changes.
            save(services, "https://blog.example/redis-2", "레디스 캐시", "레디스를 캐시로 쓰는 법.");
            onFx(() -> {
                window.library().refreshPlaces();
                window.library().reload();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            row(window, "Search: Redis · 2");
            assertEquals(2, listedTitles(window).size());
            ListView<?> sidebar = sidebar(window);
            assertEquals(
                    Place.savedSearch("Redis"),
                    onFx(() -> sidebar.getSelectionModel().getSelectedItem()),
                    "the chosen entry stays marked after the sidebar reloads");

            // The chosen saved search is remembered for the next window.
            onFx(() -> {
                window.saveState();
                return null;
            });
            assertEquals(
                    "SEARCH:Redis", services.library().setting("ui.last.place").orElseThrow());

            // Removed elsewhere (by the command line), its entry goes and All is shown instead.
            services.library().removeSavedSearch("Redis");
            onFx(() -> {
                window.library().refreshPlaces();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(
                    SidebarRows.texts(window).contains("Search: Redis · 2"),
                    SidebarRows.texts(window).toString());
            assertEquals(
                    Place.of(Place.Kind.ALL),
                    onFx(() -> window.library().place().get()));
            assertEquals(3, listedTitles(window).size());
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
    }
}
