package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.issue.IssueComposerViewModel;
import dev.gleaner.app.issue.LibraryIssueService;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.issue.IssueItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's week on JavaFX's headless platform: import, search "레디스", open the hit, write a
 * note, add it to a new issue (a), add a second article, reorder (Alt+Up), export into a Hugo site
 * and compare the written file with the expected bytes.
 */
class IssueScenarioTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private static void press(MainWindow w, String key, KeyCode code) {
        w.scene().getRoot().requestFocus();
        KeyEvent.fireEvent(
                w.scene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, key, key, code, false, false, false, false));
    }

    @Test
    void noteAddReorderAndExportWriteTheExpectedPost() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        for (String name : List.of("redis.md", "kafka.md")) {
            try (var in = getClass().getResourceAsStream("scenario/" + name)) {
                Files.write(notes.resolve(name), in.readAllBytes());
            }
        }
        Path site = Files.createDirectories(dir.resolve("site"));
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.importer().importPaths(List.of(notes), r -> {});
            services.library().putSetting(LibraryIssueService.HUGO_SITE, site.toString());
            ManualDelay delay = new ManualDelay();
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(services, Background.sameThread(), delay);
                Stage stage = new Stage();
                w.showOn(stage);
                stage.show();
                return w;
            });
            onFx(() -> {
                window.searchField().setText("레디스");
                // Typing opens no hit; the user opens the first one, as a click on it does.
                window.library().open(0);
                return null;
            });
            assertEquals("레디스 캐시 정리", onFx(() -> window.reader().title().get()), "the hit is open");
            onFx(() -> {
                window.readerView().editNotes();
                window.readerView().notesEditor().appendText("- 만료는 TTL로 정한다.");
                delay.elapse();
                press(window, "a", KeyCode.A);
                return null;
            });
            assertEquals("", onFx(() -> window.status().error().get()), "no error after adding");
            onFx(() -> {
                window.searchField().setText("Kafka");
                window.library().open(0);
                return null;
            });
            assertEquals("Kafka partitions", onFx(() -> window.reader().title().get()));
            onFx(() -> {
                press(window, "a", KeyCode.A);
                window.library().choose(Place.of(Place.Kind.ISSUES));
                return null;
            });
            IssueComposerViewModel vm = window.issues();
            assertEquals(
                    List.of("레디스 캐시 정리", "Kafka partitions"),
                    onFx(() -> vm.items().stream().map(IssueItem::heading).toList()));
            onFx(() -> {
                var list = window.issueView().itemList();
                list.getSelectionModel().select(1);
                list.requestFocus();
                KeyEvent.fireEvent(
                        list, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.UP, false, false, true, false));
                vm.title().set("Weekly, Issue 1: 캐시와 큐");
                vm.start().set(LocalDate.of(2026, 11, 15));
                vm.end().set(LocalDate.of(2026, 11, 21));
                vm.publish().set("2026-11-23 09:00");
                return null;
            });
            assertEquals(
                    List.of("Kafka partitions", "레디스 캐시 정리"),
                    onFx(() -> vm.items().stream().map(IssueItem::heading).toList()),
                    "Alt+Up moved the second item first");
            List<IssueComposerViewModel.ExportPlan> asked = new ArrayList<>();
            onFx(() -> {
                window.issueView().confirmWith(plan -> asked.add(plan));
                window.issueView().exportWithConfirmation();
                return null;
            });
            Path target = site.resolve("content/posts/weekly-1.md").toAbsolutePath();
            assertEquals(List.of(new IssueComposerViewModel.ExportPlan(target, false, List.of())), asked);
            ZoneOffset offset = ZoneId.systemDefault().getRules().getOffset(java.time.Instant.now());
            String date = "2026-11-23T09:00:00" + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
            String expected = "+++\n"
                    + "date = " + date + "\n"
                    + "title = \"Weekly, Issue 1: 캐시와 큐\"\n"
                    + "authors = []\n"
                    + "tags = []\n"
                    + "categories = []\n"
                    + "series = [\"Weekly\"]\n"
                    + "+++\n"
                    + "\n"
                    + "## Period\n"
                    + "\n"
                    + "`2026-11-15` ~ `2026-11-21`\n"
                    + "\n"
                    + "## Kafka partitions\n"
                    + "\n"
                    + "## 레디스 캐시 정리\n"
                    + "\n"
                    + "- 만료는 TTL로 정한다.\n"
                    + "\n"
                    + "## References\n"
                    + "\n"
                    + "- https://example.test/posts/kafka-partitions\n"
                    + "- https://example.test/posts/redis-cache\n";
            assertTrue(Files.exists(target), "the post was written");
            assertEquals(expected, Files.readString(target, StandardCharsets.UTF_8));
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
            assertEquals(expected, onFx(() -> window.issueView().preview().getText()), "the preview is the file");
            assertTrue(
                    onFx(() -> vm.warnings().stream().anyMatch(w -> w.contains("Kafka partitions"))),
                    "the item without a summary is warned about");
        }
    }
}
