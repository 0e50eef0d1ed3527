package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.model.ArticleQuery;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the size it opens in (the README's pictures are taken at it), in English and Korean,
 * as a new user finds it: the composer's dates show whole and its time zones can be filtered as in
 * the settings, and the Feeds table shows every column, the state last, without scrolling sideways.
 */
class WindowFitsFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /** Opens the window on {@code services} at the size it opens in, showing {@code place}. */
    private static MainWindow open(Services services, Place.Kind place) throws Exception {
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(services, Background.sameThread(), new ManualDelay());
            Stage stage = new Stage();
            w.showOn(stage);
            stage.setWidth(Snapshots.WIDTH);
            stage.setHeight(Snapshots.HEIGHT);
            stage.show();
            w.library().choose(Place.of(place));
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            return null;
        });
        return window;
    }

    private static double widthOf(String text, javafx.scene.text.Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void composerDatesShowWholeAndItsZonesCanBeFiltered() throws Exception {
        for (String language : List.of("en", "ko")) {
            try (Services services = Services.open(dir.resolve("ws-" + language))) {
                TestLibraries.fill(services.library(), 2);
                services.library().putSetting("ui.language", language);
                services.library().issues().putSeries(Series.defaults("Article Weekly"));
                for (var a : services.library().articles(ArticleQuery.all(10))) {
                    services.issues().addToIssue(a.id());
                }
                MainWindow window = open(services, Place.Kind.ISSUES);
                List<String> cut = onFx(() -> {
                    List<String> out = new ArrayList<>();
                    for (Node n : window.issueView().root().lookupAll(".label")) {
                        if (n instanceof javafx.scene.control.Label l
                                && l.isVisible()
                                && !l.getText().isEmpty()
                                && !l.getText().equals(((Text) l.lookup(".text")).getText())) {
                            out.add("label '" + l.getText() + "' shows as '" + ((Text) l.lookup(".text")).getText()
                                    + "'");
                        }
                    }
                    List<TextField> editors = new ArrayList<>();
                    for (Node n : window.issueView().root().lookupAll(".date-picker")) {
                        editors.add(((DatePicker) n).getEditor());
                    }
                    editors.add(((ComboBox<?>) window.issueView().root().lookup(".publish-time")).getEditor());
                    for (TextField editor : editors) {
                        double room = editor.getWidth()
                                - editor.getPadding().getLeft()
                                - editor.getPadding().getRight();
                        double needed = widthOf(editor.getText(), editor.getFont());
                        if (editor.getText().isEmpty() || needed > room + 0.5) {
                            out.add("'" + editor.getText() + "' needs " + needed + " in " + room);
                        }
                    }
                    return out;
                });
                assertEquals(List.of(), cut, "names, dates or times cut in " + language);

                // The header's last field, the zone list, is inside the window, not cut at its edge.
                Bounds zone = onFx(() -> {
                    Node z = window.issueView().root().lookup(".zone-picker");
                    return z.localToScene(z.getLayoutBounds());
                });
                double sceneWidth = onFx(() -> window.scene().getWidth());
                assertTrue(zone.getMaxX() <= sceneWidth, "zone list ends at " + zone.getMaxX() + " of " + sceneWidth);

                var picked = onFx(() -> {
                    TextField filter = (TextField) window.issueView().root().lookup(".zone-filter");
                    @SuppressWarnings("unchecked")
                    ComboBox<ZoneId> zones =
                            (ComboBox<ZoneId>) window.issueView().root().lookup(".zone-picker");
                    int all = zones.getItems().size();
                    filter.setText("auckland");
                    List<ZoneId> auckland = List.copyOf(zones.getItems());
                    zones.getSelectionModel().select(0);
                    filter.setText("");
                    return List.of(all, auckland, zones.getItems().size());
                });
                assertTrue((int) picked.get(0) > 300, "every zone to pick from: " + picked.get(0));
                assertEquals(List.of(ZoneId.of("Pacific/Auckland")), picked.get(1));
                assertEquals(picked.get(0), picked.get(2), "an empty filter shows them all again");
                assertEquals(
                        ZoneId.of("Pacific/Auckland").getRules().getOffset(java.time.Instant.now()),
                        services.library()
                                .issues()
                                .issue("Article Weekly", 1)
                                .orElseThrow()
                                .date()
                                .getOffset(),
                        "the zone picked from the filtered list is the issue's");
                onFx(() -> {
                    window.scene().getWindow().hide();
                    return null;
                });
            }
        }
    }

    @Test
    void feedsTableShowsEveryColumnAndTheStateWhole() throws Exception {
        for (String language : List.of("en", "ko")) {
            try (Services services = Services.open(dir.resolve("feeds-" + language))) {
                services.library().putSetting("ui.language", language);
                // As an OPML import leaves them: never fetched, in a folder, with long addresses.
                for (int i = 1; i <= 3; i++) {
                    services.library()
                            .feeds()
                            .subscribe(
                                    "https://medium.com/feed/@a-rather-long-writer-name-" + i + "/tagged/engineering",
                                    "개발자 블로그 " + i,
                                    "국내 개발자 블로그");
                }
                MainWindow window = open(services, Place.Kind.FEEDS);
                List<String> problems = onFx(() -> {
                    List<String> out = new ArrayList<>();
                    TableView<?> table = (TableView<?>) window.scene().getRoot().lookup(".table-view");
                    double columns = table.getVisibleLeafColumns().stream()
                            .mapToDouble(TableColumn::getWidth)
                            .sum();
                    if (columns > table.getWidth()) {
                        out.add("columns take " + columns + " of the table's " + table.getWidth());
                    }
                    for (Node n : table.lookupAll(".feed-state")) {
                        TableCell<?, ?> cell = (TableCell<?, ?>) n;
                        if (cell.getText() == null || cell.getText().isEmpty()) {
                            continue;
                        }
                        Text drawn = (Text) cell.lookup(".text");
                        Bounds b = cell.localToScene(cell.getLayoutBounds());
                        if (!cell.getText().equals(drawn.getText())
                                || b.getMaxX() > window.scene().getWidth()) {
                            out.add("state '" + cell.getText() + "' shows as '" + drawn.getText() + "' ending at "
                                    + b.getMaxX());
                        }
                    }
                    return out;
                });
                assertEquals(List.of(), problems, "in " + language);
                onFx(() -> {
                    window.scene().getWindow().hide();
                    return null;
                });
            }
        }
    }

    @Test
    void anEmptyIssueAsksForArticlesWithoutSendingTheWriterToATerminal() throws Exception {
        try (Services services = Services.open(dir.resolve("empty"))) {
            services.library().putSetting("ui.language", "en");
            services.library().issues().putSeries(Series.defaults("Article Weekly"));
            MainWindow window = open(services, Place.Kind.ISSUES);
            onFx(() -> {
                window.issues().housekeeping().newIssue();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> warnings = onFx(() -> List.copyOf(window.issues().warnings()));
            assertTrue(warnings.stream().anyMatch(w -> w.contains("no items")), warnings.toString());
            assertTrue(
                    warnings.stream().noneMatch(w -> w.contains("gleaner ")),
                    "a warning in the window names a terminal command: " + warnings);
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
    }

    @Test
    void readerActionsShowWholeBesideALongAddress() throws Exception {
        try (Services services = Services.open(dir.resolve("reader"))) {
            services.library().putSetting("ui.language", "en");
            var d = TestLibraries.web(1);
            services.library()
                    .save(
                            new dev.gleaner.core.model.ArticleDraft(
                                    "https://hyperconnect.github.io/2019/11/15/redis-distributed-lock-1-a-rather-long-address.html",
                                    d.title(),
                                    d.authors(),
                                    d.published(),
                                    d.lang(),
                                    d.siteName(),
                                    d.tags(),
                                    d.markdown(),
                                    d.text(),
                                    null,
                                    null,
                                    null),
                            null);
            MainWindow window = open(services, Place.Kind.ALL);
            List<String> cut = onFx(() -> {
                window.library().selectedIndex().set(0);
                window.scene().getRoot().applyCss();
                window.scene().getRoot().layout();
                List<String> out = new ArrayList<>();
                for (String action : List.of(".reader-reextract", ".reader-delete", ".check-box")) {
                    var l = (javafx.scene.control.Labeled)
                            window.readerView().root().lookup(action);
                    String drawn = ((Text) l.lookup(".text")).getText();
                    if (!l.getText().equals(drawn)) {
                        out.add("'" + l.getText() + "' shows as '" + drawn + "'");
                    }
                }
                return out;
            });
            assertEquals(List.of(), cut);
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
    }

    @Test
    void theSidebarNeverScrollsSideways() throws Exception {
        try (Services services = Services.open(dir.resolve("sidebar"))) {
            TestLibraries.fill(services.library(), 3);
            services.library().putSetting("ui.language", "en");
            services.library().issues().putSeries(Series.defaults("Article Weekly"));
            TestLibraries.issue(services.library(), "Article Weekly", 1, 0);
            services.library().feeds().subscribe("https://blog.example.com/feed.xml", "Example", "개발 블로그");
            MainWindow window = open(services, Place.Kind.ALL);
            onFx(() -> {
                window.searchField().setText("Article");
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> bars = onFx(() -> {
                window.scene().getRoot().applyCss();
                window.scene().getRoot().layout();
                return window.libraryView().sidebar().lookupAll(".scroll-bar").stream()
                        .map(n -> (javafx.scene.control.ScrollBar) n)
                        .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())
                        .map(b -> "a sideways bar over " + b.getVisibleAmount() + " of " + b.getMax())
                        .toList();
            });
            assertEquals(List.of(), bars);
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
    }
}
