package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import dev.gleaner.app.settings.SettingsViewModel;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that apply while the window is open: the theme following the system, and the language. */
class SettingsLiveTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private static String stylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    @Test
    void followSystemTracksThePlatformAndALanguageChangeRebuildsTheWindowInPlace() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            TestLibraries.fill(services.library(), 5);
            services.library().putSetting("ui.language", "en");
            services.library().putSetting("ui.theme", "SYSTEM");
            Stage[] stage = new Stage[1];
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(services, Background.sameThread(), new ManualDelay());
                stage[0] = new Stage();
                w.showOn(stage[0]);
                stage[0].show();
                w.library().choose(Place.of(Place.Kind.ALL));
                return w;
            });
            boolean systemDark = onFx(() -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
            assertEquals(
                    stylesheet(systemDark),
                    onFx(Application::getUserAgentStylesheet),
                    "follow system starts with the platform's scheme");
            // The platform's scheme cannot be switched from a test, so the preference is driven by hand.
            onFx(() -> {
                window.settings().systemDark().unbind();
                window.settings().systemDark().set(true);
                return null;
            });
            assertEquals(stylesheet(true), onFx(Application::getUserAgentStylesheet), "the system turned dark");
            onFx(() -> {
                window.settings().systemDark().set(false);
                return null;
            });
            assertEquals(stylesheet(false), onFx(Application::getUserAgentStylesheet), "and light again");
            onFx(() -> {
                window.settings().theme().set(SettingsViewModel.Theme.DARK);
                return null;
            });
            assertEquals(stylesheet(true), onFx(Application::getUserAgentStylesheet));

            // Open the third article, search, then switch to Korean.
            onFx(() -> {
                window.library().selectedIndex().set(2);
                return null;
            });
            long open = onFx(() -> window.library().selected().get().id());
            assertTrue(
                    onFx(() -> window.scene().getRoot().lookupAll(".button").stream()
                            .anyMatch(n -> n instanceof Button b && b.getText().equals("Settings"))),
                    "the window is in English");
            onFx(() -> {
                window.settings().language().set("ko");
                return null;
            });
            MainWindow now = onFx(window::current);
            assertNotSame(window, now, "the window was rebuilt");
            assertSame(now.scene(), onFx(() -> stage[0].getScene()), "on the same stage");
            assertEquals(
                    "설정",
                    onFx(() -> now.scene().getRoot().lookupAll(".button").stream()
                            .filter(n -> n instanceof Button b && b.getText().equals("설정"))
                            .map(n -> ((Button) n).getText())
                            .findFirst()
                            .orElse("")),
                    "the toolbar speaks Korean");
            assertEquals(Place.Kind.ALL, onFx(() -> now.library().place().get().kind()), "same place");
            assertEquals(open, onFx(() -> now.library().selected().get().id()), "same article");
            assertEquals(stylesheet(true), onFx(Application::getUserAgentStylesheet), "same theme");
            onFx(() -> {
                now.saveState();
                window.saveState();
                return null;
            });
            assertEquals("ko", services.library().setting("ui.language").orElseThrow());
            onFx(() -> {
                stage[0].hide();
                return null;
            });
        }
    }
}
