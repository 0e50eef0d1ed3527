package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.FxAwait.await;
import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.library.ChangeListener;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window never makes the user wait for the database: reading, starring, tagging, writing notes
 * and deleting through the window commit on a work thread, never on the JavaFX application thread,
 * and the window shows each result once it is stored. Real window, real SQLite library.
 */
class WindowWritesOffTheFxThreadFxTest {
    @TempDir
    Path dir;

    final ManualDelay delay = new ManualDelay();

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /** Told by the library after each committed change, on the thread that wrote it. */
    static final class Writers implements ChangeListener {
        final AtomicInteger writes = new AtomicInteger();
        final List<String> onFxThread = new CopyOnWriteArrayList<>();

        @Override
        public void changed(long sequence) {
            writes.incrementAndGet();
            if (Platform.isFxApplicationThread()) {
                onFxThread.add(
                        "change " + sequence + " on " + Thread.currentThread().getName());
            }
        }
    }

    private static long save(Services services, String url, String title, String body) {
        return services.library()
                .save(ArticleDraft.of(url, null, title, body, body), null)
                .id();
    }

    /** Waits (up to 30 s) until {@code done} holds, letting the work threads and the FX thread run. */
    private Article stored(Services services, long id) {
        return services.library().article(id).orElse(null);
    }

    @Test
    void everyWriteOnTheOpenArticleRunsOffTheFxThreadAndTheWindowShowsIt() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            long first = save(services, "https://blog.example/redis", "Redis 분산 락", "레디스로 분산 락을 구현한다.");
            save(services, "https://blog.example/kafka", "카프카 컨슈머", "Kafka consumer group rebalancing.");
            Writers writers = new Writers();
            services.library().addChangeListener(writers);
            MainWindow w = onFx(() -> {
                MainWindow window = new MainWindow(services, Background.forWindow(), delay, url -> {});
                Stage stage = new Stage();
                window.showOn(stage);
                stage.show();
                window.library().choose(Place.of(Place.Kind.ALL));
                return window;
            });
            await("the list shows both articles", () -> onFx(() -> w.library().size()) == 2);

            // Opening an article marks it read.
            ShortcutKeysFxTest.focusList(w);
            ShortcutKeysFxTest.type(w, KeyCode.J, "j");
            await("an article is open", () -> onFx(() -> w.library().selected().get() != null));
            long open = onFx(() -> w.library().selected().get().id());
            await("the opened article is read", () -> stored(services, open).read());
            await(
                    "the list's copy is read",
                    () -> onFx(() -> w.library().selected().get().read()));

            ShortcutKeysFxTest.type(w, KeyCode.S, "s");
            await("the article is starred", () -> stored(services, open).starred());
            await(
                    "the list's copy is starred",
                    () -> onFx(() -> w.library().selected().get().starred()));

            ShortcutKeysFxTest.type(w, KeyCode.U, "u");
            await("the article is unread again", () -> !stored(services, open).read());
            await(
                    "the list's copy is unread",
                    () -> onFx(() -> !w.library().selected().get().read()));

            TextField tag = onFx(() -> (TextField) w.scene().getRoot().lookup(".reader-tag-field"));
            onFx(() -> {
                tag.setText("redis");
                tag.fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            await("the tag is stored", () -> services.library().userTags(open).contains("redis"));
            await(
                    "the reader lists the tag",
                    () -> onFx(() ->
                            !w.scene().getRoot().lookupAll(".reader-own-tag").isEmpty()));

            onFx(() -> {
                w.reader().notes().set("락 만료 시간을 꼭 정할 것.");
                delay.elapse();
                return null;
            });
            await("the notes are stored", () -> stored(services, open).notes().equals("락 만료 시간을 꼭 정할 것."));
            await(
                    "the reader says they are saved",
                    () -> onFx(() -> w.reader().notesState().get()).equals("saved"));

            Button delete = onFx(() -> (Button) w.scene().getRoot().lookup(".reader-delete"));
            onFx(() -> {
                delete.fire();
                delay.elapse();
                return null;
            });
            await("the article left the library", () -> stored(services, open) == null);
            assertEquals(1, onFx(() -> w.library().size()), "the list no longer has it");
            assertTrue(open == first || stored(services, first) != null);

            assertTrue(writers.writes.get() >= 6, "every action wrote: " + writers.writes.get());
            assertEquals(List.of(), writers.onFxThread, "no write made the window wait");
            assertFalse(
                    onFx(() -> w.status().error().get()).length() > 0,
                    onFx(() -> w.status().error().get()));
            onFx(() -> {
                w.scene().getWindow().hide();
                return null;
            });
        }
    }
}
