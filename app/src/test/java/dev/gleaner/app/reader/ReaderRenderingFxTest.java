package dev.gleaner.app.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.search.SearchService;
import dev.gleaner.app.ui.ManualDelay;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader as a user sees an article, in a real scene on JavaFX's headless platform: Markdown's
 * inline styles, links, inline HTML, code, tables and lists, and images that are fetched from a
 * real local HTTP server only after the user allows them.
 */
class ReaderRenderingFxTest {
    @TempDir
    Path dir;

    Library library;
    ReaderViewModel vm;
    ReaderView view;
    Stage stage;
    final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.get(30, TimeUnit.SECONDS);
        // The window's theme, whose colours the reader's style sheet uses.
        onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            return null;
        });
    }

    static <T> T onFx(Callable<T> step) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(step.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("library.db"));
        var messages = TestLibraries.english();
        vm = new ReaderViewModel(
                library,
                new dev.gleaner.app.usecase.Articles(library),
                SearchService.unavailable(),
                Background.sameThread(),
                new ManualDelay(),
                new StatusModel(Background.sameThread(), messages),
                messages);
        ImageCache cache = new ImageCache(dir.resolve("cache").resolve("images"));
        onFx(() -> {
            view = new ReaderView(vm, messages, opened::add, cache, Background.sameThread());
            stage = new Stage();
            stage.setScene(new Scene(view.root(), 700, 900));
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.hide();
            return null;
        });
        library.close();
    }

    private Article save(String url, String sourcePath, String markdown) {
        long id = library.save(ArticleDraft.of(url, sourcePath, "Test article", markdown, markdown), null)
                .id();
        return library.article(id).orElseThrow();
    }

    private Node show(String markdown) throws Exception {
        return show(save("https://blog.example.com/posts/7", null, markdown));
    }

    private Node show(Article a) throws Exception {
        return onFx(() -> {
            vm.open(a);
            Node body = view.root().lookup(".reader-body");
            body.applyCss();
            stage.getScene().getRoot().layout();
            return body;
        });
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node n, Class<T> type, List<T> into) {
        if (type.isInstance(n)) {
            into.add(type.cast(n));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, type, into));
        }
    }

    /** {@return the words a reader sees in {@code flow}: its text runs and link texts, in order} */
    private static String words(TextFlow flow) {
        return flow.getChildren().stream()
                .map(n -> n instanceof Text t ? t.getText() : n instanceof Hyperlink h ? h.getText() : "")
                .collect(Collectors.joining());
    }

    private static String allWords(Node body) {
        return all(body, TextFlow.class).stream()
                .map(ReaderRenderingFxTest::words)
                .collect(Collectors.joining("\n"));
    }

    private static Text run(Node body, String text) {
        return all(body, Text.class).stream()
                .filter(t -> t.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + allWords(body)));
    }

    @Test
    void boldItalicCodeAndStruckRunsAreStyled() throws Exception {
        Node body = show("Plain **bold** and *italic*, `code` and ~~gone~~.");
        assertEquals("Plain bold and italic, code and gone.", allWords(body));
        onFx(() -> {
            Text plain = run(body, "Plain ");
            Text bold = run(body, "bold");
            Text italic = run(body, "italic");
            Text code = run(body, "code");
            assertTrue(
                    bold.getFont().getStyle().toLowerCase().contains("bold"),
                    bold.getFont().toString());
            assertFalse(
                    plain.getFont().getStyle().toLowerCase().contains("bold"),
                    plain.getFont().toString());
            assertTrue(
                    italic.getFont().getStyle().toLowerCase().matches(".*(italic|oblique).*"),
                    italic.getFont().toString());
            assertTrue(
                    code.getFont().getFamily().toLowerCase().contains("mono"),
                    "inline code is monospace: " + code.getFont());
            assertTrue(run(body, "gone").isStrikethrough());
            return null;
        });
    }

    @Test
    void aHeadingOfUnderscoresShowsItsText() throws Exception {
        Node body = show("# __consumer_offsets\n\nThe topic `__consumer_offsets` keeps offsets.");
        TextFlow heading = (TextFlow) onFx(() -> body.lookup(".md-h1"));
        assertEquals("__consumer_offsets", words(heading));
        assertTrue(allWords(body).contains("The topic __consumer_offsets keeps offsets."), allWords(body));
    }

    @Test
    void aLinkIsAHyperlinkThatOpensItsAddressOutsideTheReader() throws Exception {
        Node body = show("See [the Kafka docs](https://kafka.apache.org/documentation/), [the next post](../8)"
                + " and [a trap](javascript:alert(1)), or https://redis.io/docs/ and <mail@example.com>.");
        List<Hyperlink> links = onFx(() -> all(body, Hyperlink.class));
        assertEquals(
                List.of(
                        "the Kafka docs=https://kafka.apache.org/documentation/",
                        "the next post=https://blog.example.com/8",
                        "https://redis.io/docs/=https://redis.io/docs/",
                        "mail@example.com=mailto:mail@example.com"),
                links.stream().map(h -> h.getText() + "=" + h.getUserData()).toList(),
                "relative links are read against the article's address; a script link is no link");
        assertTrue(allWords(body).contains("and a trap, or"), allWords(body));
        onFx(() -> {
            links.getFirst().fire();
            return null;
        });
        assertEquals(List.of("https://kafka.apache.org/documentation/"), opened);
    }

    @Test
    void inlineHtmlShowsTheTextOfSafeTagsAndNeverATagOrAScript() throws Exception {
        Node body = show("first line<br>second <b>strong</b> <script>alert('x')</script><a href=\"https://a.example/\">"
                + "safe</a> <a href=\"javascript:steal()\">unsafe</a> <span onclick=\"x()\">span</span>\n\n"
                + "<div>\n<p>Block <i>html</i> text</p>\n<script>\ndocument.write('injected')\n</script>\n</div>\n\n"
                + "<style>p { color: red }</style>\n\nAfter.");
        String words = allWords(body);
        assertTrue(words.startsWith("first line\nsecond strong safe unsafe span"), words);
        assertFalse(words.contains("<"), words);
        assertFalse(words.contains("alert") || words.contains("injected") || words.contains("color"), words);
        assertTrue(words.contains("Block html text"), words);
        assertTrue(words.endsWith("After."), words);
        onFx(() -> {
            assertTrue(run(body, "strong").getStyleClass().contains("md-bold"));
            List<Hyperlink> links = all(body, Hyperlink.class);
            assertEquals(
                    List.of("https://a.example/"),
                    links.stream().map(Node::getUserData).toList());
            // The <br> ends the first line: "second" is laid out below "first line".
            Text first = run(body, "first line");
            Text second = (Text) first.getParent().getChildrenUnmodifiable().get(2);
            assertTrue(second.getText().startsWith("second"), second.getText());
            assertTrue(second.getBoundsInParent().getMinY()
                    > first.getBoundsInParent().getMinY());
            return null;
        });
    }

    @Test
    void aLongCodeLineIsNotCutAndScrollsSideways() throws Exception {
        String longLine = "public static final String KEY = \"" + "x".repeat(400) + "\"; // the end";
        Node body = show("```java\n" + longLine + "\nreturn 1;\n```");
        onFx(() -> {
            ScrollPane code = (ScrollPane) body.lookup(".md-code");
            assertNotNull(code);
            String shown = all(code, Text.class).stream().map(Text::getText).collect(Collectors.joining());
            assertEquals(longLine + "\nreturn 1;", shown, "the code is shown whole, not cut with '...'");
            double content = code.getContent().getLayoutBounds().getWidth();
            double viewport = code.getViewportBounds().getWidth();
            assertTrue(content > viewport, "the line is wider than the reader: " + content + " > " + viewport);
            double before = code.getContent().localToScene(0, 0).getX();
            code.setHvalue(code.getHmax());
            code.layout();
            double after = code.getContent().localToScene(0, 0).getX();
            assertTrue(
                    after < before - (content - viewport) / 2, "scrolled towards the end: " + before + " -> " + after);
            assertTrue(run(code, "public").getStyleClass().contains("code-keyword"));
            assertTrue(run(code, "// the end").getStyleClass().contains("code-comment"));
            assertTrue(all(code, Text.class).stream()
                    .anyMatch(t ->
                            t.getText().startsWith("\"xxx") && t.getStyleClass().contains("code-string")));
            return null;
        });
    }

    @Test
    void noBlockMakesTheWholeArticleScrollSideways() throws Exception {
        String url = "https://blog.example.com/" + "very-long-path-segment-".repeat(12) + "end";
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("a bare long address", "See " + url + " for more.");
        cases.put("a long link text", "See [" + url + "](" + url + ").");
        cases.put("a long inline code span", "Call `" + "someVeryLongIdentifier".repeat(10) + "` now.");
        cases.put("Korean without spaces", "띄어쓰기없이길게이어지는문장".repeat(20));
        cases.put("a long heading word", "# " + "Supercalifragilistic".repeat(8));
        cases.put("a long address in a list", "- " + url + "\n- second");
        cases.put("a long address in a quote", "> " + url);
        cases.put("a wide table", "| a | b |\n|---|---|\n| " + "wide".repeat(60) + " | " + url + " |");
        cases.put("an image with a long description", "![" + "긴설명".repeat(80) + "](" + url + ".png)");
        cases.put("a long address in raw HTML", "<div><a href=\"" + url + "\">" + url + "</a></div>");
        cases.put("a long address as a heading", "## " + url);
        cases.put("a long code line", "```\n" + "x".repeat(500) + "\n```");
        List<String> wide = new ArrayList<>();
        String filler = "\n\nA paragraph that makes the article longer than the reader is high.".repeat(60);
        for (var c : cases.entrySet()) {
            show(c.getValue() + filler);
            double[] widths = onFx(() -> {
                stage.getScene().getRoot().layout();
                ScrollPane reader = view.scroller();
                return new double[] {
                    reader.getContent().getLayoutBounds().getWidth(),
                    reader.getViewportBounds().getWidth()
                };
            });
            if (widths[0] > widths[1] + 0.5) {
                wide.add(c.getKey() + " (" + widths[0] + " > " + widths[1] + ")");
            }
        }
        assertEquals(List.of(), wide, "the article is as wide as the reader; only code and tables scroll inside");
    }

    @Test
    void theWheelOverACodeBlockScrollsTheArticle() throws Exception {
        String filler = "A paragraph of the article that takes some room on the page.\n\n".repeat(40);
        Node body = show("```\n" + "wide();".repeat(80) + "\n```\n\n" + filler);
        onFx(() -> {
            ScrollPane code = (ScrollPane) body.lookup(".md-code");
            ScrollPane article = view.scroller();
            assertEquals(0, article.getVvalue());
            var bounds = code.localToScene(code.getLayoutBounds());
            code.fireEvent(new ScrollEvent(
                    ScrollEvent.SCROLL,
                    bounds.getCenterX(),
                    bounds.getCenterY(),
                    bounds.getCenterX(),
                    bounds.getCenterY(),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    0,
                    -120,
                    0,
                    -120,
                    ScrollEvent.HorizontalTextScrollUnits.NONE,
                    0,
                    ScrollEvent.VerticalTextScrollUnits.NONE,
                    0,
                    0,
                    null));
            assertTrue(article.getVvalue() > 0, "the article scrolled down");
            assertEquals(0, code.getHvalue(), "the code block did not scroll sideways");
            return null;
        });
    }

    @Test
    void tablesListsTasksAndQuotesKeepTheirShape() throws Exception {
        Node body = show("| Tool | Use |\n|:-----|----:|\n| **Redis** | cache |\n| Kafka | log |\n\n"
                + "- one\n  - nested\n- [x] done\n- [ ] to do\n\n1. first\n2. second\n\n> quoted *words*\n");
        onFx(() -> {
            GridPane table = (GridPane) body.lookup(".md-table");
            List<String> cells = all(table, TextFlow.class).stream()
                    .map(ReaderRenderingFxTest::words)
                    .toList();
            assertEquals(List.of("Tool", "Use", "Redis", "cache", "Kafka", "log"), cells);
            assertEquals(2, GridPane.getRowIndex(all(table, TextFlow.class).get(4)));
            List<CheckBox> tasks = all(body, CheckBox.class);
            assertEquals(
                    List.of(true, false),
                    tasks.stream().map(CheckBox::isSelected).toList());
            List<String> markers = all(body, javafx.scene.control.Label.class).stream()
                    .filter(l -> l.getStyleClass().contains("md-marker"))
                    .map(javafx.scene.control.Label::getText)
                    .toList();
            assertEquals(List.of("•", "◦", "1.", "2."), markers);
            Node quote = body.lookup(".md-quote");
            assertEquals(
                    "quoted words",
                    all(quote, TextFlow.class).stream()
                            .map(ReaderRenderingFxTest::words)
                            .collect(Collectors.joining()));
            return null;
        });
    }

    private static byte[] png() throws Exception {
        var image = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void imagesAreFetchedOnlyWithConsentAndOnceForTheCache() throws Exception {
        byte[] png = png();
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/gone.png", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
        try {
            String site = "http://127.0.0.1:" + server.getAddress().getPort();
            Article a = save(
                    site + "/posts/1",
                    null,
                    "Before.\n\n![diagram](../img/diagram.png)\n\n![lost](/gone.png)\n\nAfter.");
            Node body = show(a);
            assertEquals(0, requests.get(), "no image is asked for before the user allows images");
            assertTrue(onFx(() -> body.lookup(".md-image-placeholder")) != null);

            onFx(() -> {
                vm.imagesAllowed().set(true);
                return null;
            });
            assertEquals(1, requests.get());
            ImageView shown = onFx(() -> (ImageView) view.root().lookup(".md-image"));
            assertEquals(java.net.URI.create(site + "/img/diagram.png"), shown.getUserData());
            assertNotNull(shown.getImage());
            assertEquals(3, shown.getImage().getWidth());
            assertEquals(
                    "[lost] — the image could not be loaded (the log says why)",
                    onFx(() -> ((javafx.scene.control.Label) view.root().lookup(".md-image-placeholder")).getText()),
                    "an image that cannot be had says so where it would be");

            // Opened again (after another article), it comes from the workspace's cache.
            show(save("https://blog.example.com/other", null, "Other."));
            Node again = show(a);
            assertEquals(1, requests.get(), "the second open is served from the cache");
            assertNotNull(onFx(() -> ((ImageView) again.lookup(".md-image")).getImage()));
            try (var cached = Files.list(dir.resolve("cache").resolve("images"))) {
                assertEquals(1, cached.count());
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aNotesRelativeImageIsReadFromItsFolder() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes").resolve("카프카"));
        Files.write(notes.resolve("img.png"), png());
        Path note = notes.resolve("offsets.md");
        Files.writeString(note, "![offsets](./img.png)\n");
        Article a = save(null, note.toString(), "![offsets](./img.png)\n");
        show(a);
        onFx(() -> {
            vm.imagesAllowed().set(true);
            return null;
        });
        ImageView shown = onFx(() -> (ImageView) view.root().lookup(".md-image"));
        assertEquals(notes.resolve("img.png").toUri(), shown.getUserData());
        assertNotNull(shown.getImage());
        assertFalse(shown.getImage().isError());
        assertFalse(Files.exists(dir.resolve("cache").resolve("images")), "a note's own image is not copied");
    }
}
