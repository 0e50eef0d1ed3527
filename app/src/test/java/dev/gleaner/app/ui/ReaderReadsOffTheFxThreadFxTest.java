package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.FxAwait.await;
import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.app.Services;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an article shows it at once from the list's copy, and its tags read from the library
 * arrive from the work thread: while the work thread is held the reader shows the article's title
 * and no other article's tags, nothing is read on the FX thread, and the tags it came with and the
 * reader's own show apart once it runs. Real window, real SQLite library.
 */
class ReaderReadsOffTheFxThreadFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private static ArticleDraft tagged(int n, String tag) {
        ArticleDraft d = TestLibraries.web(n);
        return new ArticleDraft(
                d.url(),
                d.title(),
                d.authors(),
                d.published(),
                d.lang(),
                d.siteName(),
                List.of(tag),
                d.markdown(),
                d.text(),
                null,
                null,
                null);
    }

    @Test
    void anOpenedArticleShowsAtOnceAndItsOwnTagsArriveFromTheWorkThread() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            services.library().save(tagged(1, "kafka"), null);
            long redis = services.library().save(tagged(2, "cache"), null).id();
            services.library().addUserTags(redis, List.of("redis"));
            FxThreadReads reads = new FxThreadReads();
            services.watchLibrary(reads::watch);
            var gate = new SettingsDialogReadsOffTheFxThreadFxTest.Gate();
            MainWindow w = onFx(() -> {
                MainWindow window = new MainWindow(services, gate.background(), new ManualDelay(), url -> {});
                Stage stage = new Stage();
                window.showOn(stage);
                stage.show();
                window.library().choose(Place.of(Place.Kind.ALL));
                return window;
            });
            // The Inbox lists both too before All does: wait for All's list.
            await(
                    "both articles are listed",
                    () -> onFx(() -> w.library().place().get().kind() == Place.Kind.ALL
                            && !w.status().running().get()
                            && w.library().size() == 2));
            await(
                    "the first is shown",
                    () -> onFx(() -> w.reader().title().get()).equals("Article 2"));
            await(
                    "its own tag is shown",
                    () -> onFx(() -> List.copyOf(w.reader().ownTags())).equals(List.of("redis")));
            onFx(() -> {
                w.library().open(1);
                return null;
            });
            await(
                    "the second is shown",
                    () -> onFx(() -> w.reader().title().get()).equals("Article 1"));
            reads.clear();

            // A writer already running would take the reads queued after its writes: let it end first.
            WaitForAsyncUtils.waitForFxEvents();
            org.junit.jupiter.api.Assertions.assertTrue(w.status().awaitWrites(java.time.Duration.ofSeconds(30)));
            gate.close();
            onFx(() -> {
                w.library().open(0);
                return null;
            });
            assertEquals("Article 2", onFx(() -> w.reader().title().get()), "the article shows at once");
            assertEquals(List.of(), onFx(() -> List.copyOf(w.reader().sourceTags())), "no other article's tags");
            assertEquals(List.of(), onFx(() -> List.copyOf(w.reader().ownTags())), "no other article's tags");
            assertEquals(List.of(), reads.calls(), "nothing read on the FX thread");

            gate.open();
            await(
                    "its own tag arrives",
                    () -> onFx(() -> List.copyOf(w.reader().ownTags())).equals(List.of("redis")));
            assertEquals(List.of("cache"), onFx(() -> List.copyOf(w.reader().sourceTags())));
            assertEquals(List.of(), reads.calls(), "nothing read on the FX thread");
            reads.stop();
            onFx(() -> {
                w.scene().getWindow().hide();
                return null;
            });
        }
    }
}
