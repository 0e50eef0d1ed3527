package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.FxAwait.await;
import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.library.Library;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

/**
 * Changing settings never makes the window wait for the database: the reading time, the text size
 * and a series' title changed in the real Settings dialog of a real window, and the window's size
 * and place when it closes, are written on a work thread, never on the JavaFX application thread,
 * and are all in the library afterwards. Real window, real SQLite library.
 */
class SettingsWritesOffTheFxThreadFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /** Told by SQLite of every row the library inserts, updates or deletes, on the thread that writes it. */
    static final class Rows implements SQLiteUpdateListener {
        final List<String> tables = new CopyOnWriteArrayList<>();
        final List<String> onFxThread = new CopyOnWriteArrayList<>();

        @Override
        public void onUpdate(Type type, String database, String table, long rowId) {
            tables.add(table);
            if (Platform.isFxApplicationThread()) {
                onFxThread.add(
                        type + " " + table + " on " + Thread.currentThread().getName());
            }
        }
    }

    /**
     * Listens on the one SQLite connection {@code library} writes through. The library tells its own
     * listeners only of article changes, so the rows of settings and series are seen from SQLite itself.
     */
    private static Rows listen(Library library) throws Exception {
        Object database = field(library, t -> t.getSimpleName().equals("Database"));
        Connection connection = (Connection) field(database, Connection.class::isAssignableFrom);
        Rows rows = new Rows();
        connection.unwrap(SQLiteConnection.class).addUpdateListener(rows);
        return rows;
    }

    private static Object field(Object owner, Predicate<Class<?>> type) throws IllegalAccessException {
        for (Class<?> k = owner.getClass(); k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && type.test(f.getType())) {
                    f.setAccessible(true);
                    return f.get(owner);
                }
            }
        }
        throw new AssertionError("no such field in " + owner.getClass());
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

    @Test
    void settingsChangedInTheDialogAndTheWindowStateAreStoredOffTheFxThread() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            Library library = services.library();
            library.putSetting("ui.language", "en");
            TestLibraries.fill(library, 3);
            services.seriesSettings().start("Article Weekly");
            Rows rows = listen(library);
            MainWindow w = onFx(() -> {
                MainWindow window = new MainWindow(services, Background.forWindow(), new ManualDelay(), url -> {});
                Stage stage = new Stage();
                window.showOn(stage);
                stage.show();
                window.library().choose(Place.of(Place.Kind.ALL));
                return window;
            });
            await("the list shows the articles", () -> onFx(() -> w.library().size()) == 3);

            // The toolbar's Settings button; the dialog waits for the user, so it is not waited for here.
            Button open = onFx(() -> w.scene().getRoot().lookupAll(".button").stream()
                    .filter(n -> n instanceof Button b && b.getText().equals("Settings"))
                    .map(n -> (Button) n)
                    .findFirst()
                    .orElseThrow());
            Platform.runLater(open::fire);
            await("the settings dialog is open", () -> onFx(() -> settingsDialog() != null));
            DialogPane pane = onFx(SettingsWritesOffTheFxThreadFxTest::settingsDialog);

            onFx(() -> {
                @SuppressWarnings("unchecked")
                Spinner<Integer> readAfter = (Spinner<Integer>) pane.lookup(".read-after");
                readAfter.getValueFactory().setValue(7);
                @SuppressWarnings("unchecked")
                Spinner<Integer> textSize = (Spinner<Integer>) pane.lookupAll(".spinner").stream()
                        .filter(n -> !n.getStyleClass().contains("read-after"))
                        .findFirst()
                        .orElseThrow();
                textSize.getValueFactory().setValue(17);
                TextField title = (TextField) pane.lookupAll(".text-field").stream()
                        .filter(n -> n instanceof TextField t && "Article Weekly, Issue {number}".equals(t.getText()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no title field shows the series' title"));
                title.setText("Article Weekly #{number}");
                return null;
            });
            assertEquals(17, onFx(() -> w.settings().textSize().get()), "the window took the text size");

            onFx(() -> {
                Button close = (Button) pane.lookupButton(pane.getButtonTypes().getFirst());
                close.fire();
                return null;
            });
            await("the dialog closed", () -> onFx(() -> settingsDialog() == null));
            await(
                    "the reading time is stored",
                    () -> library.setting("ui.readAfterSeconds").orElse("").equals("7"));
            await(
                    "the text size is stored",
                    () -> library.setting("ui.textSize").orElse("").equals("17"));
            await(
                    "the series' title is stored",
                    () -> library.issues()
                            .series("Article Weekly")
                            .orElseThrow()
                            .titlePattern()
                            .equals("Article Weekly #{number}"));

            // Closing the window remembers its size and place; it is stored when saveState returns.
            double width = onFx(() -> {
                w.saveState();
                return w.scene().getWidth();
            });
            assertEquals(
                    Long.toString(Math.round(width)),
                    library.setting("ui.window.width").orElse(""));
            assertEquals("ALL", library.setting("ui.last.place").orElse(""));

            assertTrue(rows.tables.contains("settings"), "settings were written: " + rows.tables);
            assertTrue(rows.tables.contains("series"), "the series was written: " + rows.tables);
            assertEquals(List.of(), rows.onFxThread, "no setting made the window wait");
            assertEquals("", onFx(() -> w.status().error().get()));
            onFx(() -> {
                w.scene().getWindow().hide();
                return null;
            });
        }
    }
}
