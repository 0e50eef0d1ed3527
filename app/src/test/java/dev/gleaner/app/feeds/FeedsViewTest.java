package dev.gleaner.app.feeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import dev.gleaner.ingest.feed.FeedDiscovery;
import dev.gleaner.ingest.feed.FeedParser;
import dev.gleaner.ingest.feed.FeedRefresher;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Feeds view on JavaFX's headless platform: a feed whose server fails shows the error in its row. */
class FeedsViewTest {
    @TempDir
    Path dir;

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

    @Test
    void aFailingRefreshShowsTheErrorInTheFeedsRow() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/broken.xml", x -> {
            x.sendResponseHeaders(500, -1);
            x.close();
        });
        server.start();
        var messages = TestLibraries.english();
        try (Library library = Library.open(dir.resolve("library.db"));
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults("test"))) {
            library.feeds()
                    .subscribe("http://127.0.0.1:" + server.getAddress().getPort() + "/broken.xml", "Broken", null);
            var service = new LibraryFeedService(new dev.gleaner.app.usecase.Feeds(
                    library::feeds,
                    () -> new FeedDiscovery(fetcher, new FeedParser()),
                    () -> new FeedRefresher(library.feeds(), fetcher, new FeedParser(), null, Clock.systemUTC())));
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, service, Background.sameThread(), status, messages);
            String shown = onFx(() -> {
                FeedsView view = new FeedsView(vm, messages);
                Stage stage = new Stage();
                stage.setScene(new Scene(view.root(), 1200, 600));
                stage.show();
                vm.refresh(null);
                view.root().applyCss();
                view.root().layout();
                return view.root().lookupAll(".table-cell").stream()
                        .filter(n -> n instanceof Labeled)
                        .map(n -> ((Labeled) n).getText()
                                + (((Labeled) n).getTooltip() == null
                                        ? ""
                                        : " [" + ((Labeled) n).getTooltip().getText() + "]"))
                        .filter(t -> !t.startsWith("null"))
                        .collect(Collectors.joining("|"));
            });
            assertTrue(shown.contains("Broken"), shown);
            assertTrue(shown.contains("|Failing since "), "the row says it fails: " + shown);
            assertTrue(shown.contains("500]"), "the row's tooltip shows the error: " + shown);
        } finally {
            server.stop(0);
        }
    }
}
