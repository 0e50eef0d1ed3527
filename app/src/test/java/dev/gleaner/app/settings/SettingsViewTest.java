package dev.gleaner.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's series part on the headless platform: its fields edit the library's series. */
class SettingsViewTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();
        try {
            javafx.application.Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        javafx.application.Platform.setImplicitExit(false);
        started.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    static <T> T onFx(java.util.concurrent.Callable<T> step) throws Exception {
        java.util.concurrent.CompletableFuture<T> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                done.complete(step.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static TextField fieldAfter(GridPane grid, String label) {
        for (var n : grid.getChildren()) {
            if (n instanceof Label l && label.equals(l.getText())) {
                Integer row = GridPane.getRowIndex(l);
                for (var m : grid.getChildren()) {
                    if (row.equals(GridPane.getRowIndex(m)) && m instanceof TextField f) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no field for " + label);
    }

    @Test
    void theSeriesFieldsEditTheSeriesAndABadFileNameSaysWhy() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.issues().putSeries(Series.defaults("Weekly"));
            var messages = TestLibraries.english();
            var series =
                    new SeriesSettingsViewModel(new dev.gleaner.app.usecase.SeriesSettings(library.issues()), messages);
            GridPane grid = onFx(() -> (GridPane)
                    new SettingsView(new SettingsViewModel(library, Locale.US), series, messages, dir.toString())
                            .pane()
                            .getContent());
            TextField fileName = onFx(() -> fieldAfter(grid, "File name"));
            assertEquals("weekly-{number}.md", onFx(fileName::getText));
            onFx(() -> {
                fileName.setText("weekly.md");
                return null;
            });
            assertTrue(
                    onFx(() -> grid.getChildren().stream()
                            .anyMatch(n ->
                                    n instanceof Label l && l.getText().startsWith("The file name needs {number}"))),
                    "the dialog says why it was not saved");
            onFx(() -> {
                fileName.setText("digest-{number}.md");
                fieldAfter(grid, "Issue title").setText("Digest {number}");
                return null;
            });
            Series saved = library.issues().series("Weekly").orElseThrow();
            assertEquals("digest-3.md", saved.fileName(3));
            assertEquals("Digest 3", saved.title(3));
        }
    }

    @Test
    void theKoreanDialogClosesInKorean() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var messages = new dev.gleaner.app.fx.Messages(Locale.KOREAN);
            var series =
                    new SeriesSettingsViewModel(new dev.gleaner.app.usecase.SeriesSettings(library.issues()), messages);
            var buttons = onFx(() -> new SettingsView(
                            new SettingsViewModel(library, Locale.KOREAN), series, messages, dir.toString())
                    .pane().getButtonTypes().stream()
                            .map(javafx.scene.control.ButtonType::getText)
                            .toList());
            assertEquals(java.util.List.of("닫기"), buttons);
        }
    }
}
