package dev.gleaner.app;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.workspace.Workspace;
import dev.gleaner.index.IndexCheck;
import dev.gleaner.index.IndexFollower;
import dev.gleaner.index.RebuildProgress;
import dev.gleaner.index.RepairResult;
import dev.gleaner.index.SearchIndex;
import dev.gleaner.ingest.local.LocalImporter;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The composition root: opens the workspace and wires the services every command and view uses.
 * One instance per process; close it to release the workspace.
 */
public final class Services implements AutoCloseable {
    private final Workspace workspace;
    private final ZoneId zone;
    private SearchIndex index;
    private final IndexFollower follower;
    private dev.gleaner.ingest.http.HttpFetcher fetcher;
    private dev.gleaner.ingest.html.PageFetcher pages;

    private Services(Workspace workspace, ZoneId zone) {
        this.workspace = workspace;
        this.zone = zone;
        // The index follows every change to the library by itself, on its own thread; it is
        // opened there on the first change when nothing has searched yet.
        this.follower = IndexFollower.start(workspace.library(), this::openIndex);
    }

    /** Opens the workspace in {@code dir} (taking its lock) and wires the services on it. */
    public static Services open(Path dir) {
        Workspace ws = Workspace.open(dir);
        StartupTrace.mark("workspace locked");
        try {
            ws.library();
            StartupTrace.mark("library open");
            return new Services(ws, ZoneId.systemDefault());
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /** {@return the workspace} */
    public Workspace workspace() {
        return workspace;
    }

    /** {@return the library} */
    public Library library() {
        Library w = watched;
        return w != null ? w : workspace.library();
    }

    private volatile Library watched;

    /**
     * Hands out the library through {@code watch} from now on, for everything built on these
     * services after this call: a check on which threads read it (the window's tests make sure its
     * UI thread never waits for the database). {@return these services}
     */
    public Services watchLibrary(java.util.function.UnaryOperator<Library> watch) {
        this.watched = watch.apply(workspace.library());
        return this;
    }

    /** Created on first use: reading its site rules costs a list or a search start-up time for nothing. */
    private dev.gleaner.ingest.html.ArticleExtractor extractor;

    /** {@return the article extractor for web pages and HTML files, created on first use} */
    public synchronized dev.gleaner.ingest.html.ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = new dev.gleaner.ingest.html.ArticleExtractor();
        }
        return extractor;
    }

    /**
     * {@return the page fetcher, created on first use and closed with the services; it fetches with
     * the same HTTP client as feeds, so a host sees one set of limits}
     */
    public synchronized dev.gleaner.ingest.html.PageFetcher pageFetcher() {
        if (pages == null) {
            pages = new dev.gleaner.ingest.html.PageFetcher(extractor(), feedFetcher());
        }
        return pages;
    }

    /** {@return an importer of local files into the library} */
    public LocalImporter importer() {
        return new LocalImporter(library(), new dev.gleaner.ingest.html.ExtractingHtmlReader(extractor()), zone);
    }

    /** {@return extracting articles again from their stored pages, for {@code gleaner reextract} and the reader} */
    public dev.gleaner.app.usecase.Reextraction reextraction() {
        return new dev.gleaner.app.usecase.Reextraction(library(), this::extractor);
    }

    /** {@return the importing of notes and files that {@code gleaner import} and the window share} */
    public dev.gleaner.app.usecase.Notes notes() {
        return new dev.gleaner.app.usecase.Notes(this::importer, new dev.gleaner.app.usecase.Notes.Indexing() {
            @Override
            public AutoCloseable holdBack() {
                return follower.holdBack();
            }

            @Override
            public void catchUp() {
                try {
                    follower.awaitCaughtUp();
                } catch (RuntimeException e) {
                    // The files stay stored and the index catches up later (a search, the next start):
                    // an index that cannot follow now is no reason to stop the import.
                    Logs.warning("The search index could not catch up during the import", e);
                }
            }
        });
    }

    /**
     * {@return the search index, opened on first use and caught up with the library (rebuilt when
     * it is missing, from an older version or damaged); it reflects every change committed before
     * this call, waiting for the index follower when it is behind}
     */
    public SearchIndex searchIndex() {
        SearchIndex open = openIndex();
        follower.awaitCaughtUp();
        return open;
    }

    private synchronized SearchIndex openIndex() {
        if (index == null) {
            index = SearchIndex.open(workspace.indexDir(), workspace.root().resolve(SearchIndex.USER_SYNONYMS_FILE));
            StartupTrace.mark("index open");
            index.catchUp(library());
            StartupTrace.mark("index caught up");
        }
        return index;
    }

    /** Rebuilds the search index from the library, reporting progress. */
    public synchronized RepairResult reindex(RebuildProgress progress) {
        if (index == null) {
            index = SearchIndex.open(workspace.indexDir(), workspace.root().resolve(SearchIndex.USER_SYNONYMS_FILE));
        }
        return index.rebuild(library(), progress);
    }

    /** {@return the HTTP client of feeds, pages and discovery, created on first use and closed with the services} */
    public synchronized dev.gleaner.ingest.http.HttpFetcher feedFetcher() {
        if (fetcher == null) {
            fetcher = new dev.gleaner.ingest.http.HttpFetcher(
                    dev.gleaner.ingest.http.FetchSettings.defaults(Version.current()));
        }
        return fetcher;
    }

    /** {@return a refresher of the library's feeds; feeds with full text on get their excerpts' pages extracted} */
    public dev.gleaner.ingest.feed.FeedRefresher feedRefresher() {
        return new dev.gleaner.ingest.feed.FeedRefresher(
                library(),
                feedFetcher(),
                new dev.gleaner.ingest.feed.FeedParser(),
                new dev.gleaner.ingest.html.PageFullText(pageFetcher()),
                java.time.Clock.systemUTC());
    }

    /** {@return feed discovery for site URLs} */
    public dev.gleaner.ingest.feed.FeedDiscovery feedDiscovery() {
        return new dev.gleaner.ingest.feed.FeedDiscovery(feedFetcher(), new dev.gleaner.ingest.feed.FeedParser());
    }

    /** {@return the search the window uses, on this workspace's index (opened on the first search)} */
    public dev.gleaner.app.search.SearchService search() {
        return new dev.gleaner.app.search.IndexSearchService(searching());
    }

    /** {@return searching and saved searches, shared by {@code gleaner search}, {@code related}, {@code searches} and the window} */
    public dev.gleaner.app.usecase.Search searching() {
        return new dev.gleaner.app.usecase.Search(library(), this::searchIndex);
    }

    /** {@return the weekly issues the composer uses, from the library's issue store} */
    public dev.gleaner.app.issue.IssueService issues() {
        // Links added by URL in the composer are clipped as 'gleaner clip' does; articles are found by search.
        return new dev.gleaner.app.issue.LibraryIssueService(
                library(),
                java.time.Clock.systemDefaultZone(),
                articles(),
                issueUseCase(),
                issueItems(),
                seriesSettings(),
                search());
    }

    /** {@return the issue actions that {@code gleaner issue} and the composer share} */
    public dev.gleaner.app.usecase.Issues issueUseCase() {
        return new dev.gleaner.app.usecase.Issues(library(), java.time.Clock.systemDefaultZone());
    }

    /** {@return the item actions of an issue; a link the library lacks is clipped as {@code gleaner clip} does} */
    public dev.gleaner.app.usecase.IssueItems issueItems() {
        return new dev.gleaner.app.usecase.IssueItems(library(), clipping()::page);
    }

    /** {@return the series actions that {@code gleaner series}, Settings and the composer share} */
    public dev.gleaner.app.usecase.SeriesSettings seriesSettings() {
        return new dev.gleaner.app.usecase.SeriesSettings(library().issues());
    }

    /** {@return the feed service the Feeds view uses, on the library's feeds} */
    public dev.gleaner.app.feeds.FeedService feeds() {
        return new dev.gleaner.app.feeds.LibraryFeedService(feedUseCase());
    }

    /** {@return the reader's actions on articles that the commands, the list, the reader and the composer share} */
    public dev.gleaner.app.usecase.Articles articles() {
        return new dev.gleaner.app.usecase.Articles(library());
    }

    /** {@return the clipping of pages that {@code gleaner clip}, the window and the issue composer share} */
    public dev.gleaner.app.usecase.Clipping clipping() {
        return new dev.gleaner.app.usecase.Clipping(library(), this::extractor, this::pageFetcher);
    }

    /** {@return the feed actions that {@code gleaner feed}, {@code gleaner refresh} and the Feeds view share} */
    public dev.gleaner.app.usecase.Feeds feedUseCase() {
        return new dev.gleaner.app.usecase.Feeds(() -> library().feeds(), this::feedDiscovery, this::feedRefresher);
    }

    /** {@return lines saying whether the search index agrees with the library, and what was repaired} */
    public synchronized java.util.List<String> checkIndex() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (index == null) {
            index = SearchIndex.open(workspace.indexDir(), workspace.root().resolve(SearchIndex.USER_SYNONYMS_FILE));
        }
        IndexCheck before = index.check(library());
        if (before.healthy()) {
            lines.add(String.format(
                    "index: ok (%d articles, change sequence %d)", before.indexedCount(), before.indexedSequence()));
        } else {
            lines.add("index: " + String.join("; ", before.problems()));
            lines.add("index: repaired. " + index.repair(library()).describe());
        }
        index.warnings().forEach(w -> lines.add("synonyms: " + w));
        return lines;
    }

    /** {@return the zone dates without an offset are read in} */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public void close() {
        // First, and outside the lock: the follower applies what is pending, which may open the index.
        try {
            follower.close();
        } catch (RuntimeException e) {
            System.getLogger(Services.class.getName())
                    .log(System.Logger.Level.WARNING, "The search index could not follow the last changes", e);
        }
        synchronized (this) {
            try {
                if (pages != null) {
                    pages.close();
                }
                if (fetcher != null) {
                    fetcher.close();
                }
            } finally {
                if (index != null) {
                    index.close();
                }
            }
        }
        workspace.close();
    }
}
