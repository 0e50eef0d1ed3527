package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The actions the reader and the search box offer besides the command line, in the real window on
 * JavaFX's headless platform: the reader's own tags, Delete with Undo, Extract again from the
 * stored page, and Save search.
 */
class ReaderActionsFxTest {
    @TempDir
    Path dir;

    final ManualDelay delay = new ManualDelay();

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    private MainWindow open(Services services) throws Exception {
        services.library().putSetting("ui.language", "en");
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(services, Background.sameThread(), delay, url -> {});
            Stage stage = new Stage();
            w.showOn(stage);
            stage.show();
            w.library().choose(Place.of(Place.Kind.ALL));
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private static void close(MainWindow w) throws Exception {
        onFx(() -> {
            w.scene().getWindow().hide();
            return null;
        });
    }

    private static <T extends Node> T find(MainWindow w, String selector, Class<T> type) throws Exception {
        return onFx(() -> type.cast(w.scene().getRoot().lookup(selector)));
    }

    private static void press(ButtonBase button) throws Exception {
        onFx(() -> {
            button.fire();
            return null;
        });
    }

    private static long save(Services services, String url, String title, String body) {
        return services.library()
                .save(ArticleDraft.of(url, null, title, body, body), null)
                .id();
    }

    @Test
    void tagsAddedInTheReaderAreTheReadersOwnAndCanBeRemoved() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            long id = save(services, "https://blog.example/redis", "Redis 분산 락", "레디스로 분산 락을 구현한다.");
            MainWindow w = open(services);
            assertEquals(id, onFx(() -> w.reader().article().get().id()));
            TextField field = find(w, ".reader-tag-field", TextField.class);
            onFx(() -> {
                field.setText("redis, 분산 락");
                field.fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            assertEquals(List.of("redis", "분산 락"), services.library().userTags(id));
            assertEquals("", onFx(field::getText), "the field is ready for the next tag");
            assertEquals(
                    List.of("redis", "분산 락"),
                    onFx(() -> w.scene().getRoot().lookupAll(".reader-own-tag").stream()
                            .map(n -> ((javafx.scene.control.Label) ((javafx.scene.layout.HBox) n)
                                            .getChildren()
                                            .getFirst())
                                    .getText())
                            .toList()));
            assertTrue(
                    onFx(() -> w.library().selected().get().tags()).contains("redis"),
                    "the list's copy of the article has the tag too");

            Button remove = onFx(() -> w.scene().getRoot().lookupAll(".reader-tag-remove").stream()
                    .map(Button.class::cast)
                    .filter(b -> b.getAccessibleText().equals("Remove the tag redis"))
                    .findFirst()
                    .orElseThrow());
            press(remove);
            assertEquals(List.of("분산 락"), services.library().userTags(id));
            close(w);
        }
    }

    @Test
    void deleteInTheReaderCanBeUndoneAndOtherwiseLeavesTheLibrary() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            long first = save(services, "https://blog.example/a", "First", "First body.");
            save(services, "https://blog.example/b", "Second", "Second body.");
            MainWindow w = open(services);
            long shown = onFx(() -> w.reader().article().get().id());
            press(find(w, ".reader-delete", Button.class));
            assertEquals(1, onFx(() -> w.library().articles().get().size()));
            assertTrue(onFx(() -> w.library().undoable().get()).startsWith("Deleted"));
            press(find(w, ".undo-delete", Hyperlink.class));
            assertEquals(2, onFx(() -> w.library().articles().get().size()), "Undo brings it back");
            assertTrue(services.library().article(shown).isPresent());

            press(find(w, ".reader-delete", Button.class));
            onFx(() -> {
                delay.elapse();
                return null;
            });
            assertFalse(services.library().article(shown).isPresent(), "once the undo time is over it is gone");
            assertTrue(first == shown || services.library().article(first).isPresent());
            close(w);
        }
    }

    @Test
    void extractAgainReadsTheStoredPageWithTheExtractorOfThisVersion() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            String page = "<html><head><title>Kafka offsets</title></head><body><nav>Home · About</nav><article>"
                    + "<h1>Kafka offsets</h1><p>Consumers commit their offsets to the internal topic named"
                    + " __consumer_offsets, which is compacted so only the latest offset per partition stays.</p>"
                    + "<p>When a consumer group rebalances, the new owner of a partition reads the committed"
                    + " offset and resumes from there, so no message is processed twice by design.</p>"
                    + "</article><footer>Comments</footer></body></html>";
            ArticleDraft clipped = ArticleDraft.of(
                            "https://blog.example/kafka", null, "Kafka offsets", "An old, cut extraction.", "old")
                    .withRawHtml(page, null);
            long id = services.library().save(clipped, null).id();
            MainWindow w = open(services);
            assertEquals(id, onFx(() -> w.reader().article().get().id()));
            press(find(w, ".reader-reextract", Button.class));
            String body = onFx(() -> w.reader().body().get().markdown());
            assertTrue(body.contains("__consumer_offsets"), body);
            assertFalse(body.contains("old, cut"), body);
            assertTrue(services.library().article(id).orElseThrow().text().contains("rebalances"));
            assertEquals(
                    "Extracted “Kafka offsets” again from its stored page: the text changed.",
                    find(w, ".reader-notice", javafx.scene.control.Label.class).getText());

            // An article with no stored page says so and stays as it was.
            long plain = save(services, "https://blog.example/plain", "Plain", "Typed by hand.");
            onFx(() -> {
                w.reader().open(services.library().article(plain).orElseThrow());
                return null;
            });
            press(find(w, ".reader-reextract", Button.class));
            assertTrue(
                    onFx(() -> w.status().error().get()).contains("cannot be extracted again"),
                    onFx(() -> w.status().error().get()));
            assertEquals(
                    "Typed by hand.",
                    services.library().article(plain).orElseThrow().markdown());
            close(w);
        }
    }

    @Test
    void saveSearchKeepsTheQueryUnderANameAndTheSidebarListsIt() throws Exception {
        try (Services services = Services.open(dir.resolve("ws"))) {
            save(services, "https://blog.example/redis", "Redis 분산 락", "레디스로 분산 락을 구현한 이야기.");
            save(services, "https://blog.example/kafka", "카프카 컨슈머", "Kafka consumer group rebalancing.");
            MainWindow w = open(services);
            Button save = find(w, ".save-search", Button.class);
            assertTrue(onFx(save::isDisabled), "nothing to save while the search box is empty");
            onFx(() -> {
                w.searchField().setText("레디스");
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(onFx(save::isDisabled));
            press(save);
            TextField name = find(w, ".save-search-name", TextField.class);
            assertTrue(onFx(name::isVisible));

            // A name of spaces saves nothing and says why.
            onFx(() -> {
                name.setText("   ");
                name.fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            assertTrue(services.library().savedSearches().isEmpty());
            assertTrue(onFx(() -> w.status().error().get()).startsWith("Cannot save the search"));

            onFx(() -> {
                name.setText("Redis notes");
                name.fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            assertEquals(
                    "레디스",
                    services.library().savedSearch("Redis notes").orElseThrow().query());
            assertFalse(onFx(name::isVisible));
            assertEquals(
                    "Saved the search “Redis notes”; it is in the sidebar.",
                    onFx(() -> w.status().message().get()));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(
                    SidebarRows.texts(w).contains("Search: Redis notes · 1"),
                    SidebarRows.texts(w).toString());
            close(w);
        }
    }
}
