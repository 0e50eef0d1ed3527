package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.FxAwait.await;
import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Settings dialog opens at once and reads its values on the work thread: while the read waits
 * the dialog is open with its controls disabled and a line saying the settings are being read; then
 * it shows what is stored now (also what changed since the window opened), a change made in it is
 * stored, and a new window's dialog shows it. A read that fails says so in the dialog in one line.
 * Real window, real SQLite library.
 */
class SettingsDialogReadsOffTheFxThreadFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /** Work executors that can be held: work handed to them while closed waits until opened. */
    static final class Gate {
        private volatile CountDownLatch latch = new CountDownLatch(0);
        private final ThreadFactory threads =
                Thread.ofVirtual().name("gleaner-test-work-", 0).factory();

        Background background() {
            return new Background(
                    r -> {
                        CountDownLatch wait = latch;
                        threads.newThread(() -> {
                                    try {
                                        wait.await();
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                        return;
                                    }
                                    r.run();
                                })
                                .start();
                    },
                    Platform::runLater);
        }

        void close() {
            latch = new CountDownLatch(1);
        }

        void open() {
            latch.countDown();
        }
    }

    /** Waits (up to 30 s) until {@code done} holds, letting the work threads and the FX thread run. */
    private static DialogPane settingsDialog() {
        return javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing)
                .map(win -> win.getScene() == null ? null : win.getScene().getRoot())
                .filter(r -> r instanceof DialogPane d && d.lookup(".read-after") != null)
                .map(r -> (DialogPane) r)
                .findFirst()
                .orElse(null);
    }

    private static MainWindow window(Services services, Background background) throws Exception {
        MainWindow w = onFx(() -> {
            MainWindow window = new MainWindow(services, background, new ManualDelay(), url -> {});
            Stage stage = new Stage();
            window.showOn(stage);
            stage.show();
            window.library().choose(Place.of(Place.Kind.ALL));
            return window;
        });
        await("the list shows the articles", () -> onFx(() -> w.library().size()) == 2);
        return w;
    }

    /** Presses the toolbar's Settings button (the dialog waits for the user, so not here) and {@return the dialog} */
    private static DialogPane openSettings(MainWindow w) throws Exception {
        Button open = onFx(() -> w.scene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.getText().equals("Settings"))
                .map(n -> (Button) n)
                .findFirst()
                .orElseThrow());
        Platform.runLater(open::fire);
        await("the settings dialog is open", () -> onFx(() -> settingsDialog() != null));
        return onFx(SettingsDialogReadsOffTheFxThreadFxTest::settingsDialog);
    }

    private static void close(DialogPane pane) throws Exception {
        onFx(() -> {
            ((Button) pane.lookupButton(pane.getButtonTypes().getFirst())).fire();
            return null;
        });
        await("the dialog closed", () -> onFx(() -> settingsDialog() == null));
    }

    private static String hugoSite(DialogPane pane) throws Exception {
        return onFx(() -> ((TextField) pane.lookup(".hugo-site")).getText());
    }

    private static boolean hugoSiteDisabled(DialogPane pane) throws Exception {
        return onFx(() -> pane.lookup(".hugo-site").isDisabled());
    }

    @SuppressWarnings("unchecked")
    private static int readAfter(DialogPane pane) throws Exception {
        return onFx(() -> ((Spinner<Integer>) pane.lookup(".read-after")).getValue());
    }

    private static String stateLine(DialogPane pane) throws Exception {
        return onFx(() -> {
            Label l = (Label) pane.lookup(".settings-state");
            return l.isVisible() ? l.getText() : "";
        });
    }

    private static boolean seriesTitleShown(DialogPane pane, String title) throws Exception {
        return onFx(() -> pane.lookupAll(".text-field").stream()
                .anyMatch(n -> n instanceof TextField t && title.equals(t.getText()) && !t.isDisabled()));
    }

    @Test
    void theDialogOpensAtOnceShowsTheStoredValuesAndAChangeIsThereInANewWindow() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            Library library = services.library();
            library.putSetting("ui.language", "en");
            library.putSetting("ui.readAfterSeconds", "5");
            TestLibraries.fill(library, 2);
            Gate gate = new Gate();
            MainWindow w = window(services, gate.background());

            // Stored after the window read its settings: the dialog must read them again to show them.
            library.putSetting("hugo.site", "/srv/blog");
            services.seriesSettings().start("Article Weekly");

            gate.close();
            DialogPane pane = openSettings(w);
            assertTrue(hugoSiteDisabled(pane), "the controls wait for the values");
            assertEquals("Reading the settings…", stateLine(pane));
            assertEquals("", hugoSite(pane), "nothing read on the window's thread");

            gate.open();
            await("the values arrived", () -> !hugoSiteDisabled(pane));
            assertEquals("/srv/blog", hugoSite(pane));
            assertEquals(5, readAfter(pane));
            assertTrue(seriesTitleShown(pane, "Article Weekly, Issue {number}"), "the series read in is shown");
            assertEquals("", stateLine(pane));

            onFx(() -> {
                ((TextField) pane.lookup(".hugo-site")).setText("/srv/other-blog");
                return null;
            });
            close(pane);
            await(
                    "the new Hugo site is stored",
                    () -> library.setting("hugo.site").orElse("").equals("/srv/other-blog"));
            onFx(() -> {
                w.saveState();
                w.scene().getWindow().hide();
                return null;
            });

            MainWindow again = window(services, Background.forWindow());
            DialogPane reopened = openSettings(again);
            await("the values arrived in the new window", () -> !hugoSiteDisabled(reopened));
            assertEquals("/srv/other-blog", hugoSite(reopened));
            assertEquals(5, readAfter(reopened));
            close(reopened);
            assertEquals("", onFx(() -> again.status().error().get()));
            onFx(() -> {
                again.scene().getWindow().hide();
                return null;
            });
        }
    }

    @Test
    void aReadThatFailsSaysSoInTheDialogAndTheNextOpeningReadsAgain() throws Exception {
        Path ws = dir.resolve("ws");
        try (Services services = Services.open(ws)) {
            Library library = services.library();
            library.putSetting("ui.language", "en");
            library.putSetting("hugo.site", "/srv/blog");
            TestLibraries.fill(library, 2);
            MainWindow w = window(services, Background.forWindow());

            // The series table goes missing behind the window's back, as in a damaged library file.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("library.db"));
                    Statement s = c.createStatement()) {
                s.execute("ALTER TABLE series RENAME TO series_away");
            }
            DialogPane pane = openSettings(w);
            await("the read failed", () -> stateLine(pane).startsWith("Could not read the settings ("));
            String line = stateLine(pane);
            assertTrue(line.endsWith("Close Settings and open it again."), line);
            assertFalse(line.contains("\n"), "one line: " + line);
            assertTrue(hugoSiteDisabled(pane), "nothing half-read can be changed");
            close(pane);

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("library.db"));
                    Statement s = c.createStatement()) {
                s.execute("ALTER TABLE series_away RENAME TO series");
            }
            DialogPane again = openSettings(w);
            await("the values arrived", () -> !hugoSiteDisabled(again));
            assertEquals("/srv/blog", hugoSite(again));
            assertEquals("", stateLine(again));
            close(again);
            assertEquals("/srv/blog", library.setting("hugo.site").orElse(""), "nothing stored was lost");
            onFx(() -> {
                w.scene().getWindow().hide();
                return null;
            });
        }
    }
}
