package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A search that finds nothing says so, with the query, in the list's place, whole at the window's
 * size; it does not tell a writer with a full library to import files.
 */
class SearchNoHitsFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /** {@return the list's placeholder text and the text it draws} */
    private static List<String> placeholder(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            Label shown = (Label) window.libraryView().list().getPlaceholder();
            return List.of(shown.getText(), ((Text) shown.lookup(".text")).getText());
        });
    }

    @Test
    void aSearchWithoutHitsSaysNothingWasFound() throws Exception {
        for (String language : List.of("en", "ko")) {
            try (Services services = Services.open(dir.resolve(language))) {
                TestLibraries.fill(services.library(), 3);
                services.library().putSetting("ui.language", language);
                ManualDelay delay = new ManualDelay();
                MainWindow window = onFx(() -> {
                    MainWindow w = new MainWindow(services, Background.sameThread(), delay);
                    Stage stage = new Stage();
                    w.showOn(stage);
                    stage.setWidth(Snapshots.WIDTH);
                    stage.setHeight(Snapshots.HEIGHT);
                    stage.show();
                    w.library().choose(Place.of(Place.Kind.ALL));
                    return w;
                });
                onFx(() -> {
                    window.searchField().setText("쿠버네티스오퍼레이터");
                    delay.elapse();
                    return null;
                });
                List<String> none = placeholder(window);
                String expected = "en".equals(language)
                        ? "Nothing found for \u201c쿠버네티스오퍼레이터\u201d. Try fewer words or another spelling."
                        : "\u201c쿠버네티스오퍼레이터\u201d에 맞는 글이 없습니다. 낱말을 줄이거나 다른 표기로 찾아 보세요.";
                assertEquals(List.of(expected, expected), none, "what an empty search shows in " + language);

                onFx(() -> {
                    window.searchField().setText("");
                    delay.elapse();
                    window.library().choose(Place.of(Place.Kind.STARRED));
                    return null;
                });
                List<String> starred = placeholder(window);
                assertEquals(starred.get(0), starred.get(1), "the empty list's note shows whole in " + language);
                onFx(() -> {
                    window.scene().getWindow().hide();
                    return null;
                });
            }
        }
    }
}
