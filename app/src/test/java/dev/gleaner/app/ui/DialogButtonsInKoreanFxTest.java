package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.FxAwait.await;
import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window in Korean asks in Korean also in the platform's own dialogs, whatever the system's
 * language: the log's notice answers "확인", the question for a new series' name "확인 / 취소" (not
 * "OK / Cancel"), and the name typed there is still taken. Real window, real SQLite library.
 */
class DialogButtonsInKoreanFxTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    /** {@return the showing dialog whose pane {@code is}, or null} */
    private static DialogPane dialog(Predicate<DialogPane> is) {
        return javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing)
                .map(win -> win.getScene() == null ? null : win.getScene().getRoot())
                .filter(r -> r instanceof DialogPane d && is.test(d))
                .map(r -> (DialogPane) r)
                .findFirst()
                .orElse(null);
    }

    private static DialogPane awaitDialog(String what, Predicate<DialogPane> is) throws Exception {
        await(what, () -> onFx(() -> dialog(is) != null));
        return onFx(() -> dialog(is));
    }

    private static List<String> buttons(DialogPane pane) throws Exception {
        return onFx(() -> pane.getButtonTypes().stream()
                .map(b -> ((Button) pane.lookupButton(b)).getText())
                .toList());
    }

    private static <T extends Node> T find(Node root, Class<T> type, String text) {
        return root.lookupAll("*").stream()
                .filter(n -> type.isInstance(n)
                        && text.equals(n instanceof javafx.scene.control.Labeled l ? l.getText() : null))
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " '" + text + "'"));
    }

    @Test
    void theLogNoticeAndTheNewSeriesQuestionAnswerInKorean() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "ko");
            TestLibraries.fill(services.library(), 2);
            MainWindow w = onFx(() -> {
                MainWindow window = new MainWindow(services, Background.forWindow(), new ManualDelay(), url -> {});
                Stage stage = new Stage();
                window.showOn(stage);
                stage.show();
                window.library().choose(Place.of(Place.Kind.ALL));
                return window;
            });
            await("the list shows the articles", () -> onFx(() -> w.library().size()) == 2);

            // A failure in the status bar; its details open a notice about the log.
            onFx(() -> {
                w.status().fail("테스트", new IllegalStateException("boom"));
                Hyperlink details = find(w.scene().getRoot(), Hyperlink.class, "자세히");
                details.fire();
                return null;
            });
            DialogPane log = awaitDialog(
                    "the log notice",
                    d -> d.getContentText() != null && d.getContentText().contains("gleaner.0.log"));
            assertEquals(List.of("확인"), buttons(log));
            onFx(() -> {
                ((Button) log.lookupButton(log.getButtonTypes().getFirst())).fire();
                return null;
            });

            Button settings = onFx(() -> find(w.scene().getRoot(), Button.class, "설정"));
            Platform.runLater(settings::fire);
            DialogPane pane = awaitDialog("the settings", d -> d.lookup(".read-after") != null);
            await(
                    "the settings were read",
                    () -> onFx(() -> !pane.lookup(".hugo-site").isDisabled()));
            Button newSeries = onFx(() -> find(pane, Button.class, "새 시리즈…"));
            Platform.runLater(newSeries::fire);
            DialogPane ask = awaitDialog(
                    "the question for the name",
                    d -> d.getContent() != null && d.lookup(".text-field") != null && d.lookup(".read-after") == null);
            assertEquals(List.of("확인", "취소"), buttons(ask));
            onFx(() -> {
                ((TextField) ask.lookup(".text-field")).setText("주간 읽을거리");
                ((Button) ask.lookupButton(ask.getButtonTypes().getFirst())).fire();
                return null;
            });
            await(
                    "the series named in the question is stored",
                    () -> services.seriesSettings().names().contains("주간 읽을거리"));
            onFx(() -> {
                ((Button) pane.lookupButton(pane.getButtonTypes().getFirst())).fire();
                w.scene().getWindow().hide();
                return null;
            });
        }
    }
}
