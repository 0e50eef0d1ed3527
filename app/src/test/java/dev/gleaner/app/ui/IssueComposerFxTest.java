package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.issue.IssueComposerViewModel;
import dev.gleaner.app.issue.LibraryIssueService;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.issue.IssueItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The composer as a user works it on JavaFX's headless platform with TestFX's robot: drag an item
 * onto another to move it, Alt+Down, the series and time zone pickers in the header, and the
 * "overwrite anyway" confirmation of a post edited outside Gleaner.
 */
class IssueComposerFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private static List<String> headings(IssueComposerViewModel vm) throws Exception {
        return onFx(() -> vm.items().stream().map(IssueItem::heading).toList());
    }

    private static Node cell(MainWindow w, String heading) throws Exception {
        return onFx(() -> w.issueView().itemList().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c
                        && c.isVisible()
                        && c.getItem() instanceof IssueItem i
                        && i.heading().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + heading)));
    }

    @Test
    void dragAltDownPickersAndOverwriteAnyway() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        try (Services services = Services.open(dir.resolve("ws"))) {
            TestLibraries.fill(services.library(), 3);
            services.library().putSetting(LibraryIssueService.HUGO_SITE, site.toString());
            services.library().putSetting("ui.language", "en");
            services.library().issues().putSeries(dev.gleaner.core.issue.Series.defaults("Monthly"));
            for (var a : services.library()
                    .articles(dev.gleaner.core.model.ArticleQuery.all(10))
                    .reversed()) {
                services.issues().addToIssue(a.id());
            }
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(services, Background.sameThread(), new ManualDelay());
                Stage stage = new Stage();
                w.showOn(stage);
                stage.show();
                stage.toFront();
                w.library().choose(Place.of(Place.Kind.ISSUES));
                return w;
            });
            WaitForAsyncUtils.waitForFxEvents();
            IssueComposerViewModel vm = window.issues();
            assertEquals(List.of("Article 1", "Article 2", "Article 3"), headings(vm));

            // The rendered preview shows the issue as the reader does, its references as links.
            List<String> links = onFx(() -> window.issueView().root().lookupAll(".tab-pane").stream()
                    .flatMap(p -> ((javafx.scene.control.TabPane) p).getTabs().stream())
                    .map(javafx.scene.control.Tab::getContent)
                    .filter(c -> c != null)
                    .flatMap(c -> c.lookupAll(".hyperlink").stream())
                    .map(h -> ((javafx.scene.control.Hyperlink) h).getText())
                    .toList());
            assertTrue(links.contains("https://blog.example.com/posts/1"), links.toString());

            FxRobot robot = new FxRobot();
            robot.drag(cell(window, "Article 1")).dropTo(cell(window, "Article 3"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("Article 2", "Article 3", "Article 1"), headings(vm), "dragged to the end");
            assertEquals(
                    List.of("Article 2", "Article 3", "Article 1"),
                    services.library().issues().issue("Monthly", 1).orElseThrow().items().stream()
                            .map(IssueItem::heading)
                            .toList(),
                    "the new order is saved");

            robot.clickOn(cell(window, "Article 2"));
            robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("Article 3", "Article 2", "Article 1"), headings(vm), "Alt+Down moved it one down");

            // The header's pickers show the issue's series and its zone, and choosing works.
            @SuppressWarnings("unchecked")
            ComboBox<String> series =
                    onFx(() -> (ComboBox<String>) window.issueView().root().lookupAll(".combo-box").stream()
                            .filter(n -> n instanceof ComboBox<?> c && c.getItems() == vm.seriesNames())
                            .findFirst()
                            .orElseThrow());
            assertEquals("Monthly", onFx(series::getValue));
            assertTrue(onFx(() -> series.isVisible() && series.getScene() != null));
            assertTrue(onFx(() -> vm.zone().get() != null), "a zone is picked by default");
            onFx(() -> {
                ((ComboBox<?>) window.issueView().root().lookup(".zone-picker"))
                        .getSelectionModel()
                        .select(vm.zones().indexOf(java.time.ZoneId.of("Pacific/Auckland")));
                return null;
            });
            assertEquals(
                    java.time.ZoneId.of("Pacific/Auckland")
                            .getRules()
                            .getOffset(services.library()
                                    .issues()
                                    .issue("Monthly", 1)
                                    .orElseThrow()
                                    .date()
                                    .toInstant()),
                    services.library()
                            .issues()
                            .issue("Monthly", 1)
                            .orElseThrow()
                            .date()
                            .getOffset());

            // The publish time pickers: the date picker shows the issue's day; picking a time saves it.
            String day = onFx(() -> vm.publish().get().substring(0, 10));
            assertEquals(
                    day,
                    onFx(() -> ((javafx.scene.control.DatePicker)
                                    window.issueView().root().lookup(".publish-date"))
                            .getValue()
                            .toString()));
            onFx(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<String> time =
                        (ComboBox<String>) window.issueView().root().lookup(".publish-time");
                time.getSelectionModel().select("09:30");
                return null;
            });
            assertEquals(day + " 09:30", onFx(() -> vm.publish().get()));
            assertEquals(
                    java.time.LocalTime.of(9, 30),
                    services.library()
                            .issues()
                            .issue("Monthly", 1)
                            .orElseThrow()
                            .date()
                            .toLocalTime(),
                    "the picked time is saved");

            // Export, edit the file by hand, export again: the confirmation warns and offers to overwrite.
            List<IssueComposerViewModel.ExportPlan> asked = new java.util.ArrayList<>();
            onFx(() -> {
                window.issueView().confirmWith(p -> {
                    asked.add(p);
                    return true;
                });
                window.issueView().exportWithConfirmation();
                return null;
            });
            Path target = site.resolve("content/posts/monthly-1.md").toAbsolutePath();
            String written = Files.readString(target);
            Files.writeString(target, written + "\nA line added by hand.\n");
            var alert = onFx(() -> {
                window.issueView().exportWithConfirmation();
                return window.issueView().confirmation(asked.getLast());
            });
            assertTrue(asked.getLast().changedOutside());
            assertTrue(onFx(() -> alert.getHeaderText()).contains(target.toString()), "the path is shown");
            assertTrue(onFx(() -> alert.getHeaderText()).contains("changed outside Gleaner"));
            assertTrue(
                    onFx(() -> ((TextArea) alert.getDialogPane().getContent()).getText())
                            .contains("- A line added by hand."),
                    "the diff is shown");
            assertTrue(onFx(() ->
                    alert.getButtonTypes().stream().anyMatch(b -> b.getText().equals("Overwrite anyway"))));
            assertEquals(written, Files.readString(target), "confirmed: overwritten");
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
    }
}
