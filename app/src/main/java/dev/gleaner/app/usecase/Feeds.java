package dev.gleaner.app.usecase;

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
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Feed subscriptions: subscribe, list, rename, move, remove, full text, OPML in and out, refresh.
 * {@code gleaner feed ...}, {@code gleaner refresh} and the Feeds view all act through this class.
 * The search index follows the library's changes by itself.
 */
public final class Feeds {
    /** How many feeds a cancellable refresh fetches between two looks at the cancel button. */
    private static final int BATCH = 8;

    private final Supplier<FeedStore> store;
    private final Supplier<FeedDiscovery> discovery;
    private final Supplier<FeedRefresher> refresher;

    /** Creates the use case; the suppliers are called when an action needs them. */
    public Feeds(Supplier<FeedStore> store, Supplier<FeedDiscovery> discovery, Supplier<FeedRefresher> refresher) {
        this.store = store;
        this.discovery = discovery;
        this.refresher = refresher;
    }

    /** There is no feed with the id asked for. */
    public static final class NoSuchFeed extends NotFound {
        private static final long serialVersionUID = 1L;

        NoSuchFeed(long id) {
            super(id, "There is no feed " + id + ": see the ids with 'gleaner feed list'.");
        }
    }

    /** {@return the feed {@code id}} @throws NoSuchFeed when there is none */
    public Feed feed(long id) {
        return store.get().feed(id).orElseThrow(() -> new NoSuchFeed(id));
    }

    /** {@return every feed with its state and counts} */
    public List<Feed> list() {
        return store.get().feeds();
    }

    /**
     * Subscribes to the feed at {@code url}, or to the feed a page at {@code url} links to.
     *
     * @param title a title of the reader's own, or null for the feed's
     * @param folder the folder to put it in; null leaves an existing feed where it is, "" takes it
     *     out of its folder
     * @return the feed as stored
     */
    public Feed subscribe(String url, String title, String folder) {
        FeedDiscovery.Found found = discovery.get().discover(url);
        FeedStore feeds = store.get();
        Feed feed = feeds.subscribe(
                found.url(), title != null ? title : found.feed().title(), folder);
        feeds.describe(feed.id(), title, folder);
        return feeds.feed(feed.id()).orElseThrow();
    }

    /** Gives a feed the name the reader chose. */
    public void rename(long id, String name) {
        store.get().describe(id, name.strip(), null);
    }

    /**
     * Moves a feed into {@code folder} (made when new); null or blank takes it out of its folder.
     * {@return the feed after the move}
     */
    public Feed move(long id, String folder) {
        String target = folder == null ? "" : folder.strip();
        if (target.chars().anyMatch(Character::isISOControl)) {
            throw new LibraryException(
                    "A folder name is one line: '" + target.replaceAll("\\p{Cntrl}", "\\\\n") + "'.");
        }
        feed(id);
        store.get().describe(id, null, target);
        return feed(id);
    }

    /**
     * What unsubscribing did.
     *
     * @param feed the feed as it was
     * @param removal how many of its articles were deleted and kept
     */
    public record Removed(Feed feed, FeedStore.Removal removal) {}

    /** Unsubscribes from a feed; its articles that came only through it go unless starred or noted. */
    public Removed remove(long id) {
        Feed feed = feed(id);
        return new Removed(feed, store.get().remove(id));
    }

    /**
     * What switching full text did.
     *
     * @param feed the feed
     * @param on whether full text is now on
     * @param excerpts how many of its articles are only excerpts
     */
    public record FullText(Feed feed, boolean on, int excerpts) {}

    /** Turns fetching the whole page of excerpt entries on or off for one feed. */
    public FullText fullText(long id, boolean on) {
        Feed feed = feed(id);
        FeedStore feeds = store.get();
        feeds.setFullText(id, on);
        return new FullText(feed, on, feeds.excerptArticles(id).size());
    }

    /**
     * What importing an OPML file did.
     *
     * @param feeds the feeds the file lists
     * @param folders the folders it lists
     * @param added the feeds that were new
     */
    public record OpmlImport(int feeds, int folders, int added) {}

    /** Subscribes to every feed of an OPML file (those already there keep their settings). */
    public OpmlImport importOpml(Path file) {
        Opml.Subscriptions subs = Opml.read(file);
        FeedStore feeds = store.get();
        int added = 0;
        for (Opml.Outline o : subs.feeds()) {
            boolean known = feeds.feedByUrl(o.url()).isPresent();
            feeds.subscribe(o.url(), o.title(), o.folder());
            added += known ? 0 : 1;
        }
        return new OpmlImport(subs.feeds().size(), subs.folders().size(), added);
    }

    /** Writes the subscriptions to an OPML 2.0 file. {@return how many feeds it holds} */
    public int exportOpml(Path file) {
        List<Opml.Outline> outlines = new ArrayList<>();
        for (Feed f : store.get().feeds()) {
            outlines.add(new Opml.Outline(f.url(), f.title(), f.siteUrl(), f.folder()));
        }
        Opml.write(new Opml.Subscriptions("Gleaner subscriptions", outlines, List.of()), file);
        return outlines.size();
    }

    /**
     * What a refresh did, one report per feed fetched.
     *
     * @param planned how many feeds were to be refreshed (more than the reports when cancelled)
     * @param reports each feed's report
     */
    public record Refreshed(int planned, List<RefreshReport> reports) {
        public Refreshed {
            reports = List.copyOf(reports);
        }

        /** {@return the new articles} */
        public int added() {
            return reports.stream().mapToInt(RefreshReport::added).sum();
        }

        /** {@return the updated articles} */
        public int updated() {
            return reports.stream().mapToInt(RefreshReport::updated).sum();
        }

        /** {@return the feeds that failed} */
        public int failed() {
            return count(RefreshReport.Status.FAILED);
        }

        /** {@return the feeds that said nothing changed} */
        public int notModified() {
            return count(RefreshReport.Status.NOT_MODIFIED);
        }

        /** {@return one "feed: error" line per feed that failed} */
        public List<String> failures() {
            List<String> lines = new ArrayList<>();
            for (RefreshReport r : reports) {
                if (r.status() == RefreshReport.Status.FAILED) {
                    lines.add((r.title() == null ? r.url() : r.title()) + ": " + r.error());
                }
            }
            return lines;
        }

        private int count(RefreshReport.Status status) {
            return (int) reports.stream().filter(r -> r.status() == status).count();
        }
    }

    /**
     * Fetches one feed ({@code id}, even while it backs off after failures) or every feed (null),
     * storing each as it finishes, so that stopping loses nothing already fetched.
     *
     * @param progress told after each slice of feeds; a cancel stops before the next slice
     * @param each told of each feed as soon as it is done, from the fetching thread
     */
    public Refreshed refresh(Long id, Progress progress, Consumer<RefreshReport> each) {
        List<Feed> todo = id != null ? List.of(feed(id)) : store.get().feeds();
        FeedRefresher r = refresher.get();
        // Nobody can cancel: fetch them all at once, as fast as the per-host limits allow.
        int batch = progress.cancellable() ? BATCH : Math.max(1, todo.size());
        List<RefreshReport> reports = new ArrayList<>();
        progress.update(0, todo.size());
        for (int from = 0; from < todo.size() && !progress.cancelled(); from += batch) {
            reports.addAll(r.refreshAll(todo.subList(from, Math.min(todo.size(), from + batch)), id != null, each));
            progress.update(reports.size(), todo.size());
        }
        return new Refreshed(todo.size(), reports);
    }
}
