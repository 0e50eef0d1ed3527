package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.PageFetcher;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clipping as 'gleaner clip', a dropped link and an issue's added link do it, against a local server. */
class ClippingTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private PageFetcher fetcher;
    private final Map<String, byte[]> pages = new HashMap<>();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = pages.get(ex.getRequestURI().getPath());
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        fetcher = new PageFetcher(new ArticleExtractor());
        // An index of three posts, the second of which is gone from the server.
        StringBuilder index = new StringBuilder("<!doctype html><html><head><title>작은 블로그</title></head><body>");
        for (int i = 1; i <= 3; i++) {
            String title = "메시지 큐 노트 " + i;
            if (i != 2) {
                String body = ("<p>" + title + "의 본문. 카프카 컨슈머 그룹과 리밸런싱, 재처리 전략을 정리했다.</p>").repeat(6);
                page(
                        "/blog/post-" + i + "/",
                        "<!doctype html><html lang=\"ko\"><head><title>" + title + " | 작은 블로그</title></head><body>"
                                + "<article class=\"post\"><h1 class=\"post-title\">" + title + "</h1>"
                                + "<div class=\"post-content\">" + body + "</div></article></body></html>");
            }
            index.append("<article class=\"post\"><h2><a href=\"/blog/post-")
                    .append(i)
                    .append("/\">")
                    .append(title)
                    .append("</a></h2><p>")
                    .append(title)
                    .append("의 요약.</p><a class=\"more-link\" href=\"/blog/post-")
                    .append(i)
                    .append("/#more\">Read more »</a></article>");
        }
        page("/blog/", index.append("</body></html>").toString());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void page(String path, String html) {
        pages.put(path, html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aListingStoresItsPostsAndAPostThatFailsLosesNoneOfTheOthers() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Clipping clipping = new Clipping(library, ArticleExtractor::new, () -> fetcher);
            List<String> told = new ArrayList<>();
            var e = assertThrows(
                    IngestException.class,
                    () -> clipping.clip(url("/blog/"), null, 50, new Clipping.Listener() {
                        @Override
                        public void listing(String input, int listed, int clipping) {
                            told.add("listing " + listed + " " + clipping);
                        }

                        @Override
                        public void saved(SaveResult saved, String title, String url) {
                            told.add(saved.outcome() + " " + title);
                        }

                        @Override
                        public void failed(String link, String message) {
                            told.add("failed " + link.substring(link.indexOf("/blog/")));
                        }
                    }));
            assertEquals(
                    "1 of the listed posts could not be clipped (see above); the others are stored.", e.getMessage());
            assertEquals(List.of("listing 3 3", "ADDED 메시지 큐 노트 1", "failed /blog/post-2/", "ADDED 메시지 큐 노트 3"), told);
            assertEquals(
                    2, library.count(dev.gleaner.core.model.ArticleQuery.all(100)), "the posts that worked are stored");
        }
    }

    @Test
    void aListingDroppedOnTheWindowStoresItsPostsAndSaysWhatFailed() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var messages = dev.gleaner.app.ui.TestLibraries.english();
            var status = new dev.gleaner.app.fx.StatusModel(dev.gleaner.app.fx.Background.sameThread(), messages);
            var window = new dev.gleaner.app.library.LibraryViewModel(
                    library,
                    new Articles(library),
                    new Notes(() -> null),
                    dev.gleaner.app.library.Clipper.of(new Clipping(library, ArticleExtractor::new, () -> fetcher)),
                    status,
                    messages);
            window.choose(dev.gleaner.app.library.Place.of(dev.gleaner.app.library.Place.Kind.INBOX));

            window.clip(url("/blog/"));

            assertEquals(
                    "Clipped 2 posts listed on " + url("/blog/") + "; 1 could not be fetched",
                    status.error().get(),
                    "a partial clip asks the user to look again");
            List<String> titles = library.articles(dev.gleaner.core.model.ArticleQuery.all(100)).stream()
                    .map(dev.gleaner.core.model.Article::title)
                    .sorted()
                    .toList();
            assertEquals(List.of("메시지 큐 노트 1", "메시지 큐 노트 3"), titles, "the posts, not the index page");
            assertEquals("메시지 큐 노트 1", window.selected().get().title());

            window.clip(url("/blog/post-1/"));
            assertEquals("Clipped " + url("/blog/post-1/"), status.message().get(), "an article page is one article");
        }
    }

    @Test
    void aLinkGivenInTheWindowIsTheOneArticleItNames() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Clipping clipping = new Clipping(library, ArticleExtractor::new, () -> fetcher);
            SaveResult post = clipping.page(url("/blog/post-1/"));
            assertEquals(SaveResult.Outcome.ADDED, post.outcome());
            assertEquals("메시지 큐 노트 1", library.article(post.id()).orElseThrow().title());
            assertEquals(
                    SaveResult.Outcome.UNCHANGED,
                    clipping.page(url("/blog/post-1/")).outcome());

            var e = assertThrows(IngestException.class, () -> clipping.page("file:///etc/passwd"));
            assertEquals("Only web pages (http or https) can be clipped: file:///etc/passwd", e.getMessage());
            assertThrows(IngestException.class, () -> clipping.page(url("/blog/post-2/")));
            assertEquals(
                    1,
                    library.count(dev.gleaner.core.model.ArticleQuery.all(100)),
                    "a refused or missing page stores nothing");
        }
    }

    @Test
    void aFileThatIsNotThereIsNamed() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Clipping clipping = new Clipping(library, ArticleExtractor::new, () -> fetcher);
            String missing = dir.resolve("없는.html").toString();
            var e = assertThrows(
                    IngestException.class, () -> clipping.clip(missing, null, 50, new Clipping.Listener() {}));
            assertTrue(e.getMessage().startsWith(missing + " is not a file"), e.getMessage());
            assertEquals(0, library.count(dev.gleaner.core.model.ArticleQuery.all(100)));
        }
    }
}
