package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.issue.Series;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The article count in the status bar counts the list that shows: over the Issues, Feeds and Tags
 * views, which list no articles, it says nothing rather than the last list's count or "0 articles",
 * also after the window is rebuilt in another language there.
 */
class StatusCountFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private static Label count(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> (Label) window.current().scene().getRoot().lookup(".status-count"));
    }

    @Test
    void theCountShowsOnlyOverAListOfArticles() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            TestLibraries.fill(services.library(), 3);
            services.library().putSetting("ui.language", "en");
            services.library().issues().putSeries(Series.defaults("Article Weekly"));
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(services, Background.sameThread(), new ManualDelay());
                Stage stage = new Stage();
                w.showOn(stage);
                stage.show();
                w.library().choose(Place.of(Place.Kind.ALL));
                return w;
            });
            Label all = count(window);
            assertTrue(onFx(all::isVisible));
            assertEquals("3 articles", onFx(all::getText));

            for (Place.Kind kind : java.util.List.of(Place.Kind.ISSUES, Place.Kind.FEEDS, Place.Kind.TAGS)) {
                onFx(() -> {
                    window.library().choose(Place.of(kind));
                    return null;
                });
                Label over = count(window);
                assertFalse(onFx(over::isVisible), "a count shows over " + kind + ": " + onFx(over::getText));
            }

            // Rebuilt in Korean while the Issues view shows: still no "글 0개".
            onFx(() -> {
                window.library().choose(Place.of(Place.Kind.ISSUES));
                window.settings().language().set("ko");
                return null;
            });
            Label korean = count(window);
            assertFalse(onFx(korean::isVisible), "shows " + onFx(korean::getText));
            onFx(() -> {
                window.current().library().choose(Place.of(Place.Kind.ALL));
                return null;
            });
            Label back = count(window);
            assertTrue(onFx(back::isVisible));
            assertEquals("글 3개", onFx(back::getText));
            onFx(() -> {
                window.current().scene().getWindow().hide();
                return null;
            });
        }
    }
}
