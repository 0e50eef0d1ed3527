package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static dev.gleaner.app.ui.SidebarRows.open;
import static dev.gleaner.app.ui.SidebarRows.row;
import static dev.gleaner.app.ui.SidebarRows.sidebar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.issue.IssueService;
import dev.gleaner.app.library.Place;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Issues section of the sidebar as a user works it on JavaFX's headless platform with TestFX's
 * robot: one entry per series with its issue count, a click lists only that series' issues with its
 * newest open, a moved issue updates the counts, and the chosen series is remembered.
 */
class SidebarSeriesFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private static List<String> listedIssues(MainWindow w) throws Exception {
        return onFx(() -> w.issueView().issueList().getItems().stream()
                .map(i -> i.series() + " #" + i.number())
                .toList());
    }

    private static String opened(MainWindow w) throws Exception {
        return onFx(() -> {
            IssueService.IssueSummary o = w.issues().open().get();
            return o == null ? null : o.series() + " #" + o.number();
        });
    }

    @Test
    void clickingASeriesListsOnlyItsIssuesNewestFirstWithTheNewestOpen() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.issue(services.library(), "Article Weekly", 1, 0);
            TestLibraries.issue(services.library(), "Monthly Notes", 1, 1);
            TestLibraries.issue(services.library(), "Article Weekly", 2, 2);
            TestLibraries.issue(services.library(), "Article Weekly", 3, 3);
            MainWindow window = open(services);

            List<String> texts = SidebarRows.texts(window);
            int issues = texts.indexOf("Issues");
            assertTrue(issues >= 0, texts.toString());
            assertEquals(
                    List.of("Article Weekly · 3", "Monthly Notes · 1"),
                    texts.subList(issues + 1, issues + 3),
                    "one entry per series, the newest issue's series first");

            FxRobot robot = new FxRobot();
            robot.clickOn(row(window, "Monthly Notes · 1"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("Monthly Notes #1"), listedIssues(window));
            assertEquals("Monthly Notes #1", opened(window));
            assertTrue(onFx(() -> window.issueView().root().getScene() != null), "the composer is shown");

            robot.clickOn(row(window, "Article Weekly · 3"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("Article Weekly #3", "Article Weekly #2", "Article Weekly #1"), listedIssues(window));
            assertEquals("Article Weekly #3", opened(window), "its newest issue is open");
            assertEquals(
                    "Article Weekly", onFx(() -> window.issues().editing().get().series()));

            // The plain Issues entry lists every series' issues again.
            robot.clickOn(row(window, "Issues"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(4, listedIssues(window).size());

            // Moving the open issue to the other series updates both counts in the sidebar.
            robot.clickOn(row(window, "Article Weekly · 3"));
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                window.issues().series().set("Monthly Notes");
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            row(window, "Article Weekly · 2");
            row(window, "Monthly Notes · 2");
            ListView<?> sidebar = sidebar(window);
            assertEquals(
                    Place.series("Article Weekly"),
                    onFx(() -> sidebar.getSelectionModel().getSelectedItem()),
                    "the chosen entry stays marked after the sidebar reloads");
            assertEquals(List.of("Article Weekly #2", "Article Weekly #1"), listedIssues(window));

            // The chosen series is remembered and comes back in the next window.
            onFx(() -> {
                window.saveState();
                window.scene().getWindow().hide();
                return null;
            });
            assertEquals(
                    "SERIES:Article Weekly",
                    services.library().setting("ui.last.place").orElseThrow());
            MainWindow again = open(services);
            assertEquals(
                    Place.series("Article Weekly"),
                    onFx(() -> again.library().place().get()));
            assertEquals(List.of("Article Weekly #2", "Article Weekly #1"), listedIssues(again));
            onFx(() -> {
                again.scene().getWindow().hide();
                return null;
            });
        }
    }
}
