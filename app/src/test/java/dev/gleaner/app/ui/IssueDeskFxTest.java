package dev.gleaner.app.ui;

import static dev.gleaner.app.ui.MainWindowScenarioTest.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gleaner.app.Services;
import dev.gleaner.app.cli.CliRun;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.issue.IssueComposerView;
import dev.gleaner.app.issue.IssueComposerViewModel;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.model.Article;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole Article Weekly issue made in the window alone, on JavaFX's headless platform with a real
 * library, a real Hugo site folder and a real local web server: New issue, add a library article, a
 * link by URL (clipped at once) and a note given its link, renumber, retitle, summarise, preview and
 * export; the file equals what {@code gleaner issue export} writes. Then deleting an issue, renaming
 * and deleting a series and importing a Hugo folder.
 */
class IssueDeskFxTest {
    private static final String PAGE = "<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
            + "<title>카프카 컨슈머 정리</title></head><body><nav>홈 | 글 목록</nav><article>"
            + "<h1>카프카 컨슈머 정리</h1>"
            + "<p>컨슈머 그룹과 파티션 할당, 오프셋 커밋을 정리한다. 리밸런싱이 일어나는 때를 알아야 한다.</p>".repeat(6)
            + "</article><footer>댓글 0</footer></body></html>";

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeAll
    static void startFx() throws Exception {
        MainWindowScenarioTest.startFx();
    }

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/posts/kafka-consumer", x -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static CliRun cli(Path workspace, String... args) {
        return CliRun.run(workspace, args);
    }

    private static MainWindow open(Services services) throws Exception {
        return onFx(() -> {
            MainWindow w = new MainWindow(services, Background.sameThread(), new ManualDelay());
            Stage stage = new Stage();
            w.showOn(stage);
            stage.show();
            w.library().choose(Place.of(Place.Kind.ISSUES));
            return w;
        });
    }

    private static List<String> headings(IssueComposerViewModel vm) throws Exception {
        return onFx(() -> vm.items().stream().map(IssueItem::heading).toList());
    }

    private static Issue editing(MainWindow w) throws Exception {
        return onFx(() -> w.issues().editing().get());
    }

    /** Answers the composer's questions as a writer would. */
    private record Answers(boolean yes, String text, Path folder) implements IssueComposerView.Asker {
        @Override
        public boolean confirm(String question) {
            return yes;
        }

        @Override
        public Optional<String> text(String question, String initial) {
            return Optional.ofNullable(text);
        }

        @Override
        public Optional<Path> folder(String title) {
            return Optional.ofNullable(folder);
        }
    }

    @Test
    void aWriterComposesPreviewsAndExportsAnIssueWithoutATerminal() throws Exception {
        Path ws = dir.resolve("ws");
        Path site = Files.createDirectories(dir.resolve("blog"));
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("redis.md"), "# 레디스 캐시 정리\n\n레디스의 만료 정책과 복제를 정리한다.\n");
        CliRun set = cli(ws, "series", "set", "Article Weekly", "--site", site.toString(), "--zone", "Asia/Seoul");
        assertEquals(0, set.status(), set.err());
        assertEquals(0, cli(ws, "import", notes.toString()).status());
        try (Services services = Services.open(ws)) {
            services.library().putSetting("ui.language", "en");
            services.library().save(TestLibraries.web(1), null);
            TestLibraries.issue(services.library(), "Article Weekly", 24, 0);
            MainWindow window = open(services);
            IssueComposerView view = onFx(window::issueView);
            IssueComposerViewModel vm = window.issues();

            // New issue: the next number over the last full week of the series.
            onFx(() -> {
                view.button("new").fire();
                return null;
            });
            Issue made = editing(window);
            assertEquals("Article Weekly", made.series());
            assertEquals(25, made.number());
            assertEquals("Article Weekly, Issue 25", made.title());
            assertEquals(
                    IssuePeriod.lastFullWeek(LocalDate.now(ZoneId.of("Asia/Seoul")), DayOfWeek.SUNDAY), made.period());
            assertEquals("25", onFx(() -> view.numberField().getText()));

            // Any library article: words in the Add field find it, Add adds the one chosen.
            onFx(() -> {
                view.addField().setText("Article 1");
                return null;
            });
            assertEquals(
                    "Article 1",
                    onFx(() -> view.foundList().getItems().getFirst().title()));
            onFx(() -> {
                view.foundList().getSelectionModel().select(0);
                view.button("add").fire();
                return null;
            });
            assertEquals(List.of("Article 1"), headings(vm));

            // A link by URL: the page is clipped into the library at once and added.
            String url = base + "/posts/kafka-consumer";
            onFx(() -> {
                view.addField().setText(url);
                view.button("add").fire();
                return null;
            });
            assertEquals("", onFx(() -> window.status().error().get()));
            assertEquals(List.of("Article 1", "카프카 컨슈머 정리"), headings(vm));
            Article clipped = services.library().findByUrl(url).orElseThrow();
            assertTrue(clipped.text().contains("리밸런싱"), "the clipped page's text is stored");
            assertFalse(clipped.text().contains("댓글"), "without its footer");
            assertEquals("", onFx(() -> view.addField().getText()), "the field is cleared for the next link");

            // A page that cannot be fetched is added as the link alone (the writer's link is kept, as
            // 'gleaner issue add URL' keeps it), and one line says why its text is missing.
            onFx(() -> {
                view.addField().setText(base + "/gone");
                view.button("add").fire();
                return null;
            });
            String told = onFx(() -> window.status().error().get());
            assertTrue(told.contains(base + "/gone") && told.contains("link alone"), told);
            assertEquals(List.of("Article 1", "카프카 컨슈머 정리", base + "/gone"), headings(vm));
            // The writer takes the dead link out again.
            onFx(() -> {
                vm.selected().set(2);
                vm.removeSelected();
                return null;
            });
            assertEquals(List.of("Article 1", "카프카 컨슈머 정리"), headings(vm));

            // A note has no link: it is given one, then added under it.
            onFx(() -> {
                view.addField().setText("레디스");
                return null;
            });
            Article note = onFx(() -> view.foundList().getItems().getFirst());
            assertNull(note.url());
            onFx(() -> {
                view.foundList().getSelectionModel().select(0);
                view.button("add").fire();
                return null;
            });
            assertEquals(note, onFx(() -> vm.adder().needsLink().get()), "the window asks for the note's link");
            onFx(() -> {
                view.noteLinkField().setText("redis-cache");
                view.noteLinkField().fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            assertTrue(onFx(() -> window.status().error().get()).contains("not a web address"));
            onFx(() -> {
                view.noteLinkField().setText("https://blog.example.kr/posts/redis-cache");
                view.noteLinkField().fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            assertNull(onFx(() -> vm.adder().needsLink().get()));
            assertEquals(List.of("Article 1", "카프카 컨슈머 정리", "레디스 캐시 정리"), headings(vm));
            assertEquals(
                    "https://blog.example.kr/posts/redis-cache",
                    services.library().article(note.id()).orElseThrow().url(),
                    "the note keeps its link in the library");

            // Number, title, period, publish time and a summary, as typed.
            onFx(() -> {
                view.numberField().setText("26");
                view.numberField().fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            assertEquals(26, editing(window).number());
            assertTrue(services.library().issues().issue("Article Weekly", 25).isEmpty());
            assertEquals("Article Weekly, Issue 26", editing(window).title(), "the default title follows the number");
            onFx(() -> {
                view.numberField().setText("24");
                view.numberField().fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            assertEquals(26, editing(window).number(), "a number taken by another issue is refused");
            assertTrue(onFx(() -> window.status().error().get()).contains("exists already"));
            onFx(() -> {
                vm.title().set("Article Weekly, Issue 26: 캐시와 큐");
                vm.start().set(LocalDate.of(2026, 11, 15));
                vm.end().set(LocalDate.of(2026, 11, 21));
                vm.publish().set("2026-11-23 09:00");
                vm.selected().set(1);
                vm.itemSummary().set("- 컨슈머 그룹과 리밸런싱.");
                return null;
            });

            // The preview is the file, and Export writes it into the site.
            String preview = onFx(() -> view.preview().getText());
            assertTrue(preview.contains("## 카프카 컨슈머 정리\n\n- 컨슈머 그룹과 리밸런싱."), preview);
            assertTrue(preview.contains("- https://blog.example.kr/posts/redis-cache"), preview);
            List<IssueComposerViewModel.ExportPlan> asked = new ArrayList<>();
            onFx(() -> {
                view.confirmWith(asked::add);
                view.exportWithConfirmation();
                return null;
            });
            Path target = site.resolve("content/posts/article-weekly-26.md").toAbsolutePath();
            assertEquals(List.of(new IssueComposerViewModel.ExportPlan(target, false, List.of())), asked);
            assertTrue(Files.exists(target), "the post was written");
            assertEquals(preview, Files.readString(target, StandardCharsets.UTF_8));
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
        // The same issue exported from a terminal gives the same bytes.
        Path fromCli = dir.resolve("cli.md");
        CliRun export = cli(ws, "issue", "export", "26", "--out", fromCli.toString());
        assertEquals(0, export.status(), export.err());
        byte[] window = Files.readAllBytes(site.resolve("content/posts/article-weekly-26.md"));
        assertArrayEquals(window, Files.readAllBytes(fromCli));
        String post = new String(window, StandardCharsets.UTF_8);
        assertTrue(post.contains("title = \"Article Weekly, Issue 26: 캐시와 큐\""), post);
        assertTrue(post.contains("`2026-11-15` ~ `2026-11-21`"), post);
        assertTrue(
                post.endsWith("## References\n\n- https://blog.example.com/posts/1\n- " + base
                        + "/posts/kafka-consumer\n- https://blog.example.kr/posts/redis-cache\n"),
                post);
    }

    private static String post(String series, int number, String period, String heading, String url) {
        String[] days = period.split("~");
        return "+++\n"
                + "date = " + days[1] + "T21:00:00Z\n"
                + "title = \"" + series + ", Issue " + number + "\"\n"
                + "series = [\"" + series + "\"]\n"
                + "+++\n\n## Period\n\n`" + days[0] + "` ~ `" + days[1] + "`\n\n## " + heading + "\n\n- "
                + heading + " 요약\n\n## References\n\n- " + url + "\n";
    }

    @Test
    void deleteAnIssueRenameAndDeleteASeriesAndImportAHugoFolder() throws Exception {
        Path posts = Files.createDirectories(dir.resolve("old-blog/content/posts"));
        Files.writeString(
                posts.resolve("notes-weekly-1.md"),
                post("Notes Weekly", 1, "2024-02-04~2024-02-10", "Alpha", "https://alpha.example/1"));
        Files.writeString(
                posts.resolve("notes-weekly-2.md"),
                post("Notes Weekly", 2, "2024-02-11~2024-02-17", "Beta", "https://beta.example/2"));
        try (Services services = Services.open(dir.resolve("ws"))) {
            services.library().putSetting("ui.language", "en");
            long kept = services.library().save(TestLibraries.web(1), null).id();
            TestLibraries.issue(services.library(), "Weekly", 1, 0);
            TestLibraries.issue(services.library(), "Weekly", 2, 1);
            services.issues().addArticle(services.issues().issue("Weekly", 2), kept);
            MainWindow window = open(services);
            IssueComposerView view = onFx(window::issueView);
            IssueComposerViewModel vm = window.issues();
            assertEquals(2, editing(window).number(), "the newest issue is open");

            // Asked first; "cancel" deletes nothing.
            onFx(() -> {
                view.askWith(new Answers(false, null, null));
                view.button("delete").fire();
                return null;
            });
            assertTrue(services.library().issues().issue("Weekly", 2).isPresent());
            onFx(() -> {
                view.askWith(new Answers(true, null, null));
                view.button("delete").fire();
                return null;
            });
            assertTrue(services.library().issues().issue("Weekly", 2).isEmpty());
            assertTrue(services.library().article(kept).isPresent(), "its article stays");
            assertEquals(List.of("Weekly #1"), listed(view));
            assertEquals(1, editing(window).number(), "the newest left is open");

            onFx(() -> {
                view.askWith(new Answers(true, "Article Weekly", null));
                view.button("renameSeries").fire();
                return null;
            });
            assertEquals(
                    List.of("Article Weekly"),
                    services.library().issues().allSeries().stream()
                            .map(s -> s.name())
                            .toList());
            assertEquals(List.of("Article Weekly #1"), listed(view));
            assertEquals("Article Weekly", onFx(() -> vm.series().get()));
            assertTrue(
                    SidebarRows.texts(window).contains("Article Weekly · 1"),
                    SidebarRows.texts(window).toString());

            onFx(() -> {
                view.askWith(new Answers(true, null, posts));
                view.button("importHugo").fire();
                return null;
            });
            assertEquals(
                    "Imported 2 issues of Notes Weekly (2 export back unchanged); next issue: 3",
                    onFx(() -> window.status().message().get()));
            assertEquals(List.of("Article Weekly #1", "Notes Weekly #2", "Notes Weekly #1"), listed(view));
            Issue imported = editing(window);
            assertNotNull(imported);
            assertEquals("Notes Weekly", imported.series(), "the newest issue imported is open");
            assertEquals(List.of("Beta"), headings(vm));

            onFx(() -> {
                view.askWith(new Answers(true, null, null));
                view.button("deleteSeries").fire();
                return null;
            });
            assertTrue(services.library().issues().series("Notes Weekly").isEmpty());
            assertTrue(services.library().issues().issues("Notes Weekly").isEmpty());
            assertEquals(List.of("Article Weekly #1"), listed(view));
            assertTrue(
                    services.library().findByUrl("https://beta.example/2").isPresent(),
                    "the articles of a deleted series stay in the library");
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
    }

    private static List<String> listed(IssueComposerView view) throws Exception {
        return onFx(() -> view.issueList().getItems().stream()
                .map(i -> i.series() + " #" + i.number())
                .toList());
    }
}
