package dev.gleaner.app.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.ExtractingHtmlReader;
import dev.gleaner.ingest.local.LocalImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {
    @TempDir
    Path dir;

    Library library;
    LibraryViewModel vm;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        var messages = TestLibraries.english();
        vm = new LibraryViewModel(
                library,
                new dev.gleaner.app.usecase.Articles(library),
                new dev.gleaner.app.usecase.Notes(() ->
                        new LocalImporter(library, new ExtractingHtmlReader(new ArticleExtractor()), ZoneOffset.UTC)),
                new StatusModel(Background.sameThread(), messages),
                messages);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theSidebarShowsEachFeedWithItsUnreadCountAndLastError() {
        var ok = library.feeds().subscribe("https://a.example.com/feed.xml", "Alpha", null);
        var broken = library.feeds().subscribe("https://b.example.com/feed.xml", "Beta", "Dev");
        library.feeds().subscribe("https://c.example.com/feed.xml", "Gamma", null);
        library.save(TestLibraries.web(1), ok.id());
        library.save(TestLibraries.web(2), ok.id());
        library.feeds()
                .recordFailure(
                        broken.id(),
                        java.time.Instant.parse("2026-11-23T10:00:00Z"),
                        "HTTP 500 from b.example.com",
                        java.time.Instant.parse("2026-11-23T11:00:00Z"));
        vm.refreshPlaces();
        assertTrue(
                vm.places().contains(new Place(Place.Kind.FEED, ok.id(), "Alpha")),
                vm.places().toString());
        assertEquals(new LibraryViewModel.FeedBadge(2, null), vm.feedBadge(ok.id()));
        assertEquals(new LibraryViewModel.FeedBadge(0, "HTTP 500 from b.example.com"), vm.feedBadge(broken.id()));
    }

    @Test
    void aFolderListsItsFeedsArticlesOnceNewestFirstAndTheCountFollowsTheLibrary() {
        var a = library.feeds().subscribe("https://a.example.com/feed.xml", "Alpha", "Dev");
        var b = library.feeds().subscribe("https://b.example.com/feed.xml", "Beta", "Dev");
        long first = library.save(TestLibraries.web(1), a.id()).id();
        long shared = library.save(TestLibraries.web(3), a.id()).id();
        library.save(TestLibraries.web(3), b.id());
        long second = library.save(TestLibraries.web(2), b.id()).id();
        vm.searchWith(null, Background.sameThread());
        vm.refreshPlaces();
        vm.choose(Place.folder("Dev"));
        assertEquals(
                List.of(shared, second, first),
                vm.articles().get().stream().map(Article::id).toList(),
                "one list, newest first, the article both feeds carry once");
        assertEquals(3, vm.placeCount().get());

        // A refresh stores a new article: the list stays put, the status count does not go stale.
        library.save(TestLibraries.web(4), b.id());
        assertEquals(3, vm.articles().get().size());
        assertEquals(4, vm.placeCount().get());
    }

    @Test
    void theSidebarListsEachSeriesWithItsIssueCountTheNewestIssuesSeriesFirst() {
        TestLibraries.issue(library, "Article Weekly", 1, 0);
        TestLibraries.issue(library, "Article Weekly", 2, 1);
        TestLibraries.issue(library, "Article Weekly", 3, 2);
        TestLibraries.issue(library, "Monthly Notes", 1, 5);
        library.issues().putSeries(dev.gleaner.core.issue.Series.defaults("Empty Series"));
        vm.refreshPlaces();
        List<Place> places = List.copyOf(vm.places());
        int issues = places.indexOf(Place.of(Place.Kind.ISSUES));
        assertEquals(
                List.of(Place.series("Monthly Notes"), Place.series("Article Weekly"), Place.series("Empty Series")),
                places.subList(issues + 1, places.size()),
                "after Issues, newest issue's series first; a series without issues last");
        assertEquals(3, vm.seriesCount("Article Weekly"));
        assertEquals(1, vm.seriesCount("Monthly Notes"));
        assertEquals(0, vm.seriesCount("Empty Series"));

        // A new issue in the older series moves it up and counts it, without a restart.
        TestLibraries.issue(library, "Article Weekly", 4, 6);
        vm.refreshPlaces();
        assertEquals(Place.series("Article Weekly"), vm.places().get(issues + 1));
        assertEquals(4, vm.seriesCount("Article Weekly"));

        vm.choose(Place.series("Monthly Notes"));
        assertEquals(Place.series("Monthly Notes"), vm.place().get());
        assertFalse(vm.place().get().listsArticles(), "a series opens the composer, not an article list");
    }

    @Test
    void aRememberedSeriesThatIsGoneFallsBackToAllIssues() {
        TestLibraries.issue(library, "Article Weekly", 1, 0);
        vm.choose(Place.series("Renamed Away"));
        vm.refreshPlaces();
        assertEquals(Place.of(Place.Kind.ISSUES), vm.place().get());
    }

    @Test
    void allListsEveryArticleNewestFirstAcrossPages() {
        TestLibraries.fill(library, 250);
        vm.choose(Place.of(Place.Kind.ALL));
        assertEquals(250, vm.size());
        assertEquals("Article 250", vm.articles().get().getFirst().title());
        assertEquals("Article 101", vm.articles().get().get(149).title());
        assertEquals("Article 1", vm.articles().get().get(249).title());
        assertEquals("Article 250", vm.selected().get().title());
    }

    @Test
    void jAndKMoveTheSelectionAndStopAtTheEnds() {
        TestLibraries.fill(library, 3);
        vm.choose(Place.of(Place.Kind.ALL));
        vm.previous();
        assertEquals(0, vm.selectedIndex().get());
        vm.next();
        vm.next();
        vm.next();
        assertEquals(2, vm.selectedIndex().get());
        assertEquals("Article 1", vm.selected().get().title());
    }

    @Test
    void starringIsSavedAndShowsInStarred() {
        TestLibraries.fill(library, 3);
        vm.choose(Place.of(Place.Kind.ALL));
        vm.next();
        vm.toggleStar();
        long id = vm.selected().get().id();
        assertTrue(library.article(id).orElseThrow().starred());
        assertTrue(vm.articles().get().get(1).starred());
        vm.choose(Place.of(Place.Kind.STARRED));
        assertEquals(1, vm.size());
        assertEquals(id, vm.selected().get().id());
    }

    @Test
    void markingAllReadInAnEmptySavedSearchLeavesTheListShownBeforeUnread() {
        TestLibraries.fill(library, 3);
        vm.choose(Place.of(Place.Kind.INBOX));
        assertEquals(3, vm.size());
        // A saved search removed meanwhile (from a terminal) lists nothing when its entry is chosen.
        vm.choose(Place.savedSearch("gone"));
        assertEquals(0, vm.size());
        vm.markAllRead(); // Shift+K on the empty list
        vm.deleteSelected();
        vm.commitDelete();
        vm.choose(Place.of(Place.Kind.INBOX));
        assertEquals(3, vm.size(), "nothing the user could not see was marked read or deleted");
    }

    @Test
    void openingStarringAndRefreshingReadTheArticleBackOnTheWorkThread() throws Exception {
        TestLibraries.fill(library, 2);
        Thread uiThread = Thread.currentThread();
        List<String> readOnUi = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The real library, told which thread asks it for one article.
        Library watched = (Library) java.lang.reflect.Proxy.newProxyInstance(
                Library.class.getClassLoader(), new Class<?>[] {Library.class}, (proxy, method, args) -> {
                    if (method.getName().equals("article") && Thread.currentThread() == uiThread) {
                        readOnUi.add(method.getName() + java.util.Arrays.toString(args));
                    }
                    try {
                        return method.invoke(library, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        var uiQueue = new java.util.concurrent.LinkedBlockingQueue<Runnable>();
        var work = java.util.concurrent.Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("gleaner-test-work").factory());
        try {
            var messages = TestLibraries.english();
            var list = new LibraryViewModel(
                    watched,
                    new dev.gleaner.app.usecase.Articles(watched),
                    new dev.gleaner.app.usecase.Notes(() -> {
                        throw new IllegalStateException("no imports here");
                    }),
                    new StatusModel(new Background(work, uiQueue::add), messages),
                    messages);
            java.util.function.BooleanSupplier[] until = new java.util.function.BooleanSupplier[1];
            Runnable drain = () -> {
                long end = System.nanoTime() + 30_000_000_000L;
                while (!until[0].getAsBoolean()) {
                    assertTrue(System.nanoTime() < end, "the UI thread was never told");
                    try {
                        Runnable r = uiQueue.poll(20, java.util.concurrent.TimeUnit.MILLISECONDS);
                        if (r != null) {
                            r.run();
                        }
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
            };
            list.choose(Place.of(Place.Kind.ALL));
            until[0] = () -> list.size() == 2;
            drain.run();

            list.open(1); // read at once
            until[0] = () -> list.selected().get().read();
            drain.run();
            list.toggleStar();
            until[0] = () -> list.selected().get().starred();
            drain.run();
            assertTrue(list.articles().get().get(1).starred(), "the list shows the star too");
            library.setStarred(list.selected().get().id(), false); // changed elsewhere, e.g. from a terminal
            list.refreshSelected();
            until[0] = () -> !list.selected().get().starred();
            drain.run();
            assertEquals(List.of(), readOnUi, "the window's thread never waited for the library");
        } finally {
            work.shutdownNow();
        }
    }

    @Test
    void inboxLeavesOutReadArticles() {
        TestLibraries.fill(library, 4);
        long read = library.findByUrl("https://blog.example.com/posts/2")
                .orElseThrow()
                .id();
        library.setRead(read, true);
        vm.choose(Place.of(Place.Kind.INBOX));
        assertEquals(3, vm.size());
        assertTrue(vm.articles().get().stream().noneMatch(a -> a.id() == read));
    }

    @Test
    void notesListsArticlesFromImportedFoldersOnly() throws Exception {
        TestLibraries.fill(library, 2);
        var folderA = library.addSource(SourceKind.FOLDER, dir.resolve("a").toString(), null, null);
        var folderB = library.addSource(SourceKind.FOLDER, dir.resolve("b").toString(), null, null);
        library.save(note("a/one.md", "Note one"), folderA.id());
        library.save(note("b/two.md", "Note two"), folderB.id());
        library.save(note("b/three.md", "Note three"), folderB.id());
        vm.choose(Place.of(Place.Kind.NOTES));
        assertEquals(3, vm.size());
        assertEquals(
                List.of("Note one", "Note three", "Note two"),
                vm.articles().get().stream().map(a -> a.title()).sorted().toList());
    }

    @Test
    void theRememberedArticleIsSelectedAgain() {
        TestLibraries.fill(library, 10);
        long id = library.findByUrl("https://blog.example.com/posts/4")
                .orElseThrow()
                .id();
        vm.choose(Place.of(Place.Kind.ALL), id);
        assertEquals(id, vm.selected().get().id());
    }

    @Test
    void droppedFilesAreImportedAndListed() throws Exception {
        Path file = Files.writeString(dir.resolve("dropped.md"), "# 레디스 메모\n\n캐시 정리.\n");
        vm.choose(Place.of(Place.Kind.ALL));
        assertEquals(0, vm.size());
        vm.importFiles(List.of(file));
        assertEquals(1, vm.size());
        assertEquals("레디스 메모", vm.articles().get().getFirst().title());
    }

    @Test
    void sidebarHasTheFixedPlacesAndOneEntryPerFeed() {
        library.addSource(SourceKind.FEED, "https://blog.example.com/feed.xml", "Example feed", null);
        vm.refreshPlaces();
        assertEquals(
                List.of("INBOX", "ALL", "STARRED", "NOTES", "FEEDS", "FEED", "TAGS", "ISSUES"),
                vm.places().stream().map(p -> p.kind().name()).toList());
        assertEquals("Example feed", vm.places().get(5).name());
        assertFalse(vm.places().get(4).listsArticles());
    }

    private ArticleDraft note(String path, String title) {
        return new ArticleDraft(
                null,
                title,
                List.of(),
                null,
                "ko",
                null,
                List.of(),
                "body",
                "body",
                dir.resolve(path).toString(),
                null,
                null);
    }

    @Test
    void aDroppedLinkIsClippedFromALocalServerAndSelected() throws Exception {
        String page = "<!doctype html><html lang=\"ko\"><head><title>레디스 운영 노트</title></head><body><article>"
                + "<h1>레디스 운영 노트</h1>"
                + "<p>레디스를 운영하며 배운 것을 정리한다. 메모리 한도와 만료 정책을 먼저 정해야 한다.</p>".repeat(6)
                + "</article></body></html>";
        var server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/posts/redis-ops", x -> {
            byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/posts/redis-ops";
            var messages = TestLibraries.english();
            var status = new StatusModel(Background.sameThread(), messages);
            int[] followed = {0};
            library.addChangeListener(seq -> followed[0]++);
            var clipping = new LibraryViewModel(
                    library,
                    new dev.gleaner.app.usecase.Articles(library),
                    new dev.gleaner.app.usecase.Notes(() -> null),
                    Clipper.of(new dev.gleaner.app.usecase.Clipping(
                            library,
                            ArticleExtractor::new,
                            () -> new dev.gleaner.ingest.html.PageFetcher(new ArticleExtractor()))),
                    status,
                    messages);
            assertEquals(url, LibraryViewModel.droppedUrl(null, "  " + url + "\n"));
            assertEquals(null, LibraryViewModel.droppedUrl(null, "just some words"));
            clipping.choose(Place.of(Place.Kind.INBOX));
            clipping.clip(LibraryViewModel.droppedUrl(url, null));
            assertEquals("Clipped " + url, status.message().get(), "news that it worked, not an error");
            assertEquals("", status.error().get());
            assertEquals(1, followed[0], "the clip tells the library's listeners (the index follower)");
            assertEquals("레디스 운영 노트", clipping.selected().get().title(), "the clipped article is selected");
            assertTrue(clipping.selected().get().text().contains("만료 정책"));
            clipping.clip("ftp://example.test/file");
            assertTrue(
                    status.error().get().contains("Only web pages"),
                    status.error().get());
        } finally {
            server.stop(0);
        }
    }
}
