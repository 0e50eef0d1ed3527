package dev.gleaner.app.feeds;

import dev.gleaner.app.ui.StatusModel;
import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.feed.FeedStore;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.ingest.feed.FeedDiscovery;
import dev.gleaner.ingest.feed.FeedRefresher;
import dev.gleaner.ingest.feed.Opml;
import dev.gleaner.ingest.feed.RefreshReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The feed service of the window over the library's feed store, feed discovery and the refresher.
 * The search index follows the library's changes by itself.
 */
public final class LibraryFeedService implements FeedService {
    private static final int BATCH = 8;
    private final Supplier<FeedStore> store;
    private final Supplier<FeedDiscovery> discovery;
    private final Supplier<FeedRefresher> refresher;

    /** Creates the service; the suppliers are called when an action needs them. */
    public LibraryFeedService(
            Supplier<FeedStore> store, Supplier<FeedDiscovery> discovery, Supplier<FeedRefresher> refresher) {
        this.store = store;
        this.discovery = discovery;
        this.refresher = refresher;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void add(String url) {
        add(url, null);
    }

    @Override
    public void add(String url, String folder) {
        subscribeOnly(url, folder);
    }

    @Override
    public Refreshed subscribe(String url, String folder, StatusModel.Progress progress) {
        return refresh(subscribeOnly(url, folder).id(), progress);
    }

    private Feed subscribeOnly(String url, String folder) {
        FeedDiscovery.Found found = discovery.get().discover(url);
        String f = folder == null || folder.isBlank() ? null : folder.strip();
        Feed feed = store.get().subscribe(found.url(), found.feed().title(), f);
        if (f != null && !f.equals(feed.folder())) {
            store.get().describe(feed.id(), null, f);
        }
        return feed;
    }

    @Override
    public void rename(long sourceId, String name) {
        store.get().describe(sourceId, name.strip(), null);
    }

    @Override
    public void setFolder(long sourceId, String folder) {
        store.get().describe(sourceId, null, folder == null ? "" : folder.strip());
    }

    @Override
    public FeedStore.Removal remove(long sourceId) {
        return store.get().remove(sourceId);
    }

    @Override
    public Refreshed refresh(Long sourceId, StatusModel.Progress progress) {
        FeedStore feeds = store.get();
        List<Feed> todo;
        if (sourceId != null) {
            todo = List.of(feeds.feed(sourceId)
                    .orElseThrow(() -> new LibraryException("There is no feed " + sourceId + " any more.")));
        } else {
            todo = feeds.feeds();
        }
        FeedRefresher r = refresher.get();
        List<RefreshReport> reports = new ArrayList<>();
        progress.update(0, todo.size());
        for (int from = 0; from < todo.size() && !progress.cancelled(); from += BATCH) {
            reports.addAll(
                    r.refreshAll(todo.subList(from, Math.min(todo.size(), from + BATCH)), sourceId != null, x -> {}));
            progress.update(reports.size(), todo.size());
        }
        int added = 0;
        List<String> failures = new ArrayList<>();
        for (RefreshReport report : reports) {
            added += report.added();
            if (report.status() == RefreshReport.Status.FAILED) {
                failures.add((report.title() == null ? report.url() : report.title()) + ": " + report.error());
            }
        }
        return new Refreshed(reports.size(), added, failures);
    }

    @Override
    public void importOpml(Path file) {
        FeedStore feeds = store.get();
        for (Opml.Outline o : Opml.read(file).feeds()) {
            feeds.subscribe(o.url(), o.title(), o.folder());
        }
    }

    @Override
    public void exportOpml(Path file) {
        List<Opml.Outline> outlines = new ArrayList<>();
        for (Feed f : store.get().feeds()) {
            outlines.add(new Opml.Outline(f.url(), f.title(), f.siteUrl(), f.folder()));
        }
        Opml.write(new Opml.Subscriptions("Gleaner subscriptions", outlines, List.of()), file);
    }

    @Override
    public void setFullText(long sourceId, boolean fullText) {
        store.get().setFullText(sourceId, fullText);
    }
}
