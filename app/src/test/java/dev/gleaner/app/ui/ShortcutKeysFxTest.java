package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import java.nio.file.Path;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shortcut keys as the platform delivers them on JavaFX's headless platform: a key press to the
 * focused node, then the character it types to whatever has the focus after it. A shortcut never
 * types itself into the field it opens, and it is known by its key, so it works with the Hangul
 * input method on.
 */
class ShortcutKeysFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    static MainWindow open(Services services, Place place) throws Exception {
        return onFx(() -> {
            MainWindow w = new MainWindow(services, Background.sameThread(), new ManualDelay());
            Stage stage = new Stage();
            w.showOn(stage);
            stage.show();
            w.library().choose(place);
            w.library().selectedIndex().set(0);
            return w;
        });
    }

    /** Presses {@code code} as a keyboard does: pressed and typed to the focus owner of the moment, then released. */
    static void type(MainWindow w, KeyCode code, String text, boolean shift) throws Exception {
        onFx(() -> {
            Event.fireEvent(target(w), new KeyEvent(KeyEvent.KEY_PRESSED, "", text, code, shift, false, false, false));
            if (!text.isEmpty()) {
                Event.fireEvent(
                        target(w),
                        new KeyEvent(KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED, shift, false, false, false));
            }
            Event.fireEvent(target(w), new KeyEvent(KeyEvent.KEY_RELEASED, "", text, code, shift, false, false, false));
            return null;
        });
    }

    static void type(MainWindow w, KeyCode code, String text) throws Exception {
        type(w, code, text, false);
    }

    private static Node target(MainWindow w) {
        Node focused = w.scene().getFocusOwner();
        return focused != null ? focused : w.scene().getRoot();
    }

    static void focusList(MainWindow w) throws Exception {
        onFx(() -> {
            w.scene().getRoot().lookup(".article-list").requestFocus();
            return null;
        });
    }

    @Test
    void slashOpensTheSearchFieldWithoutTypingASlashIntoIt() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 3);
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            focusList(w);
            type(w, KeyCode.SLASH, "/");
            assertSame(w.searchField(), onFx(() -> w.scene().getFocusOwner()), "/ moves to the search field");
            assertEquals("", onFx(() -> w.searchField().getText()), "and types nothing into it");
            assertEquals(3, onFx(() -> w.library().size()), "nothing was searched");
        }
    }

    @Test
    void eOpensTheNotesWithoutWritingAnEIntoThem() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 3);
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            focusList(w);
            type(w, KeyCode.E, "e");
            assertSame(w.readerView().notesEditor(), onFx(() -> w.scene().getFocusOwner()), "e moves to the notes");
            assertEquals("", onFx(() -> w.readerView().notesEditor().getText()), "and writes nothing");
            // Typed in the notes, the letters are text, not shortcuts.
            type(w, KeyCode.J, "j");
            assertEquals("j", onFx(() -> w.readerView().notesEditor().getText()));
        }
    }

    @Test
    void keysWorkWithTheHangulInputMethodOn() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            TestLibraries.fill(services.library(), 3);
            MainWindow w = open(services, Place.of(Place.Kind.ALL));
            focusList(w);
            String first = onFx(() -> w.reader().title().get());
            // With the Korean input method on, the J key reports its key code but the jamo ㅓ as text.
            type(w, KeyCode.J, "ㅓ");
            String second = onFx(() -> w.reader().title().get());
            assertTrue(!first.equals(second), "the J key opened the next article");
            type(w, KeyCode.SLASH, "");
            assertSame(w.searchField(), onFx(() -> w.scene().getFocusOwner()));
        }
    }
}
