package dev.gleaner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window on JavaFX's headless platform: import, open, write a note, and find it in the library. */
class MainWindowScenarioTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.get(30, TimeUnit.SECONDS);
    }

    static <T> T onFx(Callable<T> step) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(step.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    @Test
    void importedNoteOpensAndTheNoteWrittenUnderItIsSavedInTheLibrary() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("redis.md"), "# 레디스 캐시 정리\n\n레디스는 인메모리 저장소다.\n\n- 만료 정책\n- 복제\n");
        Files.writeString(notes.resolve("kafka.md"), "# Kafka notes\n\nPartitions and consumer groups.\n");
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.importer().importPaths(List.of(notes), r -> {});
            ManualDelay delay = new ManualDelay();
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(services, Background.sameThread(), delay);
                Stage stage = new Stage();
                w.showOn(stage);
                stage.show();
                w.library().choose(Place.of(Place.Kind.NOTES));
                return w;
            });
            assertEquals(2, onFx(() -> window.library().size()));
            String first = onFx(() -> window.reader().title().get());
            onFx(() -> {
                window.scene().getRoot().requestFocus();
                KeyEvent.fireEvent(
                        window.scene().getRoot(),
                        new KeyEvent(KeyEvent.KEY_PRESSED, "j", "j", KeyCode.J, false, false, false, false));
                return null;
            });
            String second = onFx(() -> window.reader().title().get());
            assertTrue(!first.equals(second), "j opened the next article");
            String redisTitle = "레디스 캐시 정리";
            onFx(() -> {
                window.searchField().setText("레디스");
                // Typing opens no hit; the user opens the first one, as a click on it does.
                window.library().open(0);
                return null;
            });
            assertEquals(redisTitle, onFx(() -> window.reader().title().get()), "the hit is open");
            assertEquals(1, onFx(() -> window.library().size()));
            onFx(() -> {
                window.readerView().editNotes();
                window.readerView().notesEditor().appendText("- 만료는 TTL로");
                return null;
            });
            long id = services.library()
                    .findBySourcePath(notes.resolve("redis.md").toAbsolutePath().toString())
                    .orElseThrow()
                    .id();
            assertEquals("", services.library().article(id).orElseThrow().notes());
            onFx(() -> {
                delay.elapse();
                return null;
            });
            assertEquals(
                    "- 만료는 TTL로", services.library().article(id).orElseThrow().notes());
            assertTrue(services.library().article(id).orElseThrow().read(), "opening marks it read");
            onFx(() -> {
                window.saveState();
                return null;
            });
            assertEquals("NOTES", services.library().setting("ui.last.place").orElseThrow());
            assertEquals(
                    Long.toString(id),
                    services.library().setting("ui.last.article").orElseThrow());
        }
    }
}
