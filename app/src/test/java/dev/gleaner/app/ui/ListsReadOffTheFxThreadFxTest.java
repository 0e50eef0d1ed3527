package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.FxAwait.await;
import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.SourceKind;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a long list the window's UI thread never waits for the library: scrolling far down, opening
 * the Notes place and moving from article to article read on the work thread. While the work thread
 * is held the window goes on answering, the rows that are not read yet stay empty and the selection
 * and scroll position stay where the user left them; once it runs, the rows arrive. A guard on the
 * library records every call made on the FX thread. Real window, real SQLite library.
 */
class ListsReadOffTheFxThreadFxTest {
    private static final int NOTES = 450;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /** Waits (up to 30 s) until {@code done} holds, letting the work threads and the FX thread run. */
    /** Saves {@link #NOTES} notes of one folder; note {@code n} is "Article n", the newest first in lists. */
    private static void notes(Library library, Path folder) {
        long source = library.addSource(SourceKind.FOLDER, folder.toString(), null, null)
                .id();
        for (int i = 1; i <= NOTES; i++) {
            library.save(TestLibraries.web(i), source);
        }
    }

    private static MainWindow window(Services services, SettingsDialogReadsOffTheFxThreadFxTest.Gate gate)
            throws Exception {
        return onFx(() -> {
            MainWindow window = new MainWindow(services, gate.background(), new ManualDelay(), url -> {});
            Stage stage = new Stage();
            window.showOn(stage);
            stage.setWidth(1100);
            stage.setHeight(700);
            stage.show();
            return window;
        });
    }

    @SuppressWarnings("unchecked")
    private static ListView<Article> list(MainWindow w) {
        return (ListView<Article>) w.scene().getRoot().lookup(".article-list");
    }

    /** {@return the rows the list shows now, by index: the article's title, or "" for a row not read yet} */
    private static java.util.Map<Integer, String> shownRows(MainWindow w) throws Exception {
        return onFx(() -> {
            ListView<Article> list = list(w);
            list.layout();
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            java.util.Map<Integer, String> rows = new java.util.TreeMap<>();
            for (int i = 0; i < flow.getCellCount(); i++) {
                IndexedCell<?> cell = flow.getVisibleCell(i);
                if (cell != null
                        && cell.getIndex() >= 0
                        && cell.getIndex() < list.getItems().size()) {
                    Object item = cell.getItem();
                    rows.put(cell.getIndex(), item instanceof Article a ? a.title() : "");
                }
            }
            return rows;
        });
    }

    /** Waits until {@code kind} lists every note (the Inbox lists them all too before it). */
    private static void awaitListed(MainWindow w, Place.Kind kind) throws Exception {
        await(
                kind + " lists every note",
                () -> onFx(() -> w.library().place().get().kind() == kind
                        && !w.status().running().get()
                        && w.library().size() == NOTES));
    }

    /**
     * Holds the work thread once the writes before are stored: a writer already running would take
     * the reads queued after its writes.
     */
    private static void hold(MainWindow w, SettingsDialogReadsOffTheFxThreadFxTest.Gate gate) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.status().awaitWrites(java.time.Duration.ofSeconds(30)), "the writes before are stored");
        gate.close();
    }

    private static void choose(MainWindow w, Place p) throws Exception {
        onFx(() -> {
            w.libraryView().sidebar().getSelectionModel().select(p);
            return null;
        });
    }

    /** A window over the notes, whose library calls on the FX thread are recorded. */
    private record Watched(
            Services services, FxThreadReads reads, SettingsDialogReadsOffTheFxThreadFxTest.Gate gate, MainWindow w)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            reads.stop();
            onFx(() -> {
                w.scene().getWindow().hide();
                return null;
            });
            services.close();
        }
    }

    /** Opens a workspace of the notes ({@code before} changes them first) and its window, watched. */
    private Watched watched(java.util.function.Consumer<Library> before) throws Exception {
        Services services = Services.open(dir.resolve("ws"));
        services.library().putSetting("ui.language", "en");
        notes(services.library(), dir.resolve("notes"));
        before.accept(services.library());
        FxThreadReads reads = new FxThreadReads();
        services.watchLibrary(reads::watch);
        var gate = new SettingsDialogReadsOffTheFxThreadFxTest.Gate();
        return new Watched(services, reads, gate, window(services, gate));
    }

    @Test
    void scrollingFarDownWaitsForNoRowsAndKeepsTheSelectionAndThePlace() throws Exception {
        try (Watched watched = watched(library -> {})) {
            FxThreadReads reads = watched.reads();
            var gate = watched.gate();
            MainWindow w = watched.w();
            choose(w, Place.of(Place.Kind.NOTES));
            awaitListed(w, Place.Kind.NOTES);
            onFx(() -> {
                list(w).getSelectionModel().select(2);
                return null;
            });
            await(
                    "the third note is open",
                    () -> onFx(() -> w.reader().title().get()).equals("Article " + (NOTES - 2)));
            reads.clear();

            hold(w, gate);
            onFx(() -> {
                list(w).scrollTo(420);
                return null;
            });
            var waiting = shownRows(w);
            assertTrue(waiting.containsKey(420), "the list is down at row 420: " + waiting.keySet());
            assertTrue(
                    waiting.values().stream().allMatch(String::isEmpty),
                    "rows not read yet wait empty while the work thread is held: " + waiting);
            assertEquals(List.of(), reads.calls(), "nothing read on the FX thread");

            gate.open();
            await("the rows arrive", () -> shownRows(w).getOrDefault(420, "").equals("Article " + (NOTES - 420)));
            var arrived = shownRows(w);
            arrived.forEach((i, title) -> assertEquals("Article " + (NOTES - i), title, "row " + i));
            assertTrue(arrived.containsKey(420), "the list stayed where the user scrolled: " + arrived.keySet());
            assertEquals(2, (int) onFx(() -> w.library().selectedIndex().get()), "the selection stays");
            assertEquals(
                    "Article " + (NOTES - 2),
                    onFx(() -> w.library().selected().get().title()));
            assertEquals("Article " + (NOTES - 2), onFx(() -> w.reader().title().get()), "the reader stays");
            assertEquals(List.of(), reads.calls(), "nothing read on the FX thread");
        }
    }

    @Test
    void aRowTheWindowSelectsBeforeItsPageIsReadIsShownWhenItArrivesAndStaysUnread() throws Exception {
        try (Watched watched = watched(library -> {})) {
            FxThreadReads reads = watched.reads();
            var gate = watched.gate();
            MainWindow w = watched.w();
            choose(w, Place.of(Place.Kind.NOTES));
            awaitListed(w, Place.Kind.NOTES);
            await(
                    "the first note is shown",
                    () -> onFx(() -> w.reader().title().get()).equals("Article " + NOTES));
            reads.clear();

            hold(w, gate);
            onFx(() -> {
                w.library().selectedIndex().set(250);
                return null;
            });
            assertEquals(null, onFx(() -> w.library().selected().get()), "not read yet");
            gate.open();
            await(
                    "the selected note arrives in the reader",
                    () -> onFx(() -> w.reader().title().get()).equals("Article " + (NOTES - 250)));
            assertEquals(250, (int) onFx(() -> w.library().selectedIndex().get()));
            assertEquals(250, (int) onFx(() -> list(w).getSelectionModel().getSelectedIndex()));
            // A mark-read the window made by itself would be queued by now; let it be stored.
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(w.status().awaitWrites(java.time.Duration.ofSeconds(10)));
            assertEquals(
                    false,
                    watched.services()
                            .library()
                            .article(onFx(() -> w.library().selected().get().id()))
                            .orElseThrow()
                            .read(),
                    "a note the window selected by itself stays unread");
            assertEquals(List.of(), reads.calls(), "nothing read on the FX thread");
        }
    }

    @Test
    void goingFromOneLongListToAnotherOfTheSameArticlesReadsNoRowsOnTheFxThread() throws Exception {
        try (Watched watched = watched(library -> {})) {
            FxThreadReads reads = watched.reads();
            var gate = watched.gate();
            MainWindow w = watched.w();
            choose(w, Place.of(Place.Kind.ALL));
            awaitListed(w, Place.Kind.ALL);
            await(
                    "the first note is shown",
                    () -> onFx(() -> w.reader().title().get()).equals("Article " + NOTES));
            reads.clear();

            // The list view compares the new list with the old one and looks for its focused row in it.
            choose(w, Place.of(Place.Kind.NOTES));
            awaitListed(w, Place.Kind.NOTES);
            ShortcutKeysFxTest.focusList(w);
            ShortcutKeysFxTest.type(w, KeyCode.J, "j");
            await(
                    "the second note is read and shown so",
                    () -> onFx(() -> w.library().selected().get().read()));
            assertEquals("Article " + (NOTES - 1), onFx(() -> w.reader().title().get()));
            assertEquals(List.of(), reads.calls(), "nothing read on the FX thread");
        }
    }

    @Test
    void openingNotesAndMovingThroughItsArticlesReadsNothingOnTheFxThread() throws Exception {
        // Every note is read but the oldest, far below the first page.
        try (Watched watched = watched(library -> {
            for (Article a : library.articles(dev.gleaner.core.model.ArticleQuery.all(NOTES))) {
                if (!a.title().equals("Article 1")) {
                    library.setRead(a.id(), true);
                }
            }
        })) {
            FxThreadReads reads = watched.reads();
            var gate = watched.gate();
            MainWindow w = watched.w();
            await(
                    "the window listed its first place",
                    () -> !onFx(() -> w.status().running().get()));
            reads.clear(); // the window's own settings are read while it is built

            hold(w, gate);
            choose(w, Place.of(Place.Kind.NOTES));
            assertEquals(List.of(), reads.calls(), "opening Notes reads nothing on the FX thread");
            gate.open();
            awaitListed(w, Place.Kind.NOTES);

            ShortcutKeysFxTest.focusList(w);
            // The first note is shown by itself; j twice opens the third.
            for (int i = 0; i < 2; i++) {
                ShortcutKeysFxTest.type(w, KeyCode.J, "j");
            }
            await(
                    "the third note is open",
                    () -> onFx(() -> w.reader().title().get()).equals("Article " + (NOTES - 2)));

            // The next unread note is the last row: its page is read on the work thread.
            hold(w, gate);
            ShortcutKeysFxTest.type(w, KeyCode.N, "n");
            assertEquals(
                    "Article " + (NOTES - 2),
                    onFx(() -> w.reader().title().get()),
                    "the open note stays while the rest is read");
            gate.open();
            await(
                    "the unread note far below is open",
                    () -> onFx(() -> w.reader().title().get()).equals("Article 1"));
            assertEquals(NOTES - 1, (int) onFx(() -> w.library().selectedIndex().get()));
            assertEquals(List.of(), reads.calls(), "nothing read on the FX thread");
        }
    }
}
