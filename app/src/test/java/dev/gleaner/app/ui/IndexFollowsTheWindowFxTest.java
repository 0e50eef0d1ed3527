package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.model.Article;
import dev.gleaner.index.SearchIndex;
import dev.gleaner.index.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window writes is searchable within a second without anything asking the index to catch
 * up: a file dropped on the window and a note typed under an article, on a real workspace (SQLite
 * library, Lucene index) and JavaFX's headless platform.
 */
class IndexFollowsTheWindowFxTest {
    /** The index follower's promise: a change waits at most about this long to be searchable. */
    private static final Duration WITHIN = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /**
     * {@return how long until {@code query} finds {@code expected} articles, polling the index as it
     * is (a search through it never waits for the follower), or null when {@code WITHIN} passed}
     */
    private static Duration untilFound(SearchIndex index, String query, int expected) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + WITHIN.toNanos();
        while (true) {
            if (index.search(SearchRequest.of(query, 10)).total() == expected) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > end) {
                return null;
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aDroppedFileAndATypedNoteAreSearchableWithinASecond() throws Exception {
        Path note = dir.resolve("notes/redis-lock.md");
        Files.createDirectories(note.getParent());
        Files.writeString(note, """
                ---
                title: "Redlock 정리"
                ---
                레디스 분산 락을 Redlock 알고리즘으로 구현한 메모.
                """);
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            // The index is warm, as in a window the user has searched in.
            SearchIndex index = services.searchIndex();
            ManualDelay delay = new ManualDelay();
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(services, Background.sameThread(), delay);
                Stage stage = new Stage();
                w.showOn(stage);
                stage.show();
                return w;
            });
            WaitForAsyncUtils.waitForFxEvents();

            onFx(() -> {
                window.library().importFiles(List.of(note));
                return null;
            });
            Duration imported = untilFound(index, "redlock", 1);
            assertTrue(imported != null, "the dropped file was not searchable within " + WITHIN);

            Article article = services.library()
                    .findBySourcePath(note.toAbsolutePath().toString())
                    .orElseThrow();
            onFx(() -> {
                window.library().choose(Place.of(Place.Kind.ALL), article.id());
                window.reader().open(article);
                window.reader().notes().set("주키퍼 대신 etcd 로 리더 선출을 해 보자.");
                return null;
            });
            // The notes are saved once typing pauses.
            onFx(() -> {
                delay.elapse();
                return null;
            });
            assertEquals(
                    "주키퍼 대신 etcd 로 리더 선출을 해 보자.",
                    services.library().article(article.id()).orElseThrow().notes());
            Duration noted = untilFound(index, "etcd", 1);
            assertTrue(noted != null, "the note was not searchable within " + WITHIN);
            System.out.printf(
                    "IndexFollowsTheWindow: dropped file searchable after %d ms, note after %d ms%n",
                    imported.toMillis(), noted.toMillis());
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
    }
}
