package dev.gleaner.app.feeds;

import dev.gleaner.app.usecase.Feeds;
import dev.gleaner.app.usecase.Progress;
import dev.gleaner.core.feed.FeedStore;
import dev.gleaner.core.library.LibraryException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The feed service of the window: the {@link Feeds} use case that {@code gleaner feed} and {@code
 * gleaner refresh} use too, with the window's reading of its inputs (a blank folder field chooses no
 * folder) and messages.
 */
public final class LibraryFeedService implements FeedService {
    private final Feeds feeds;

    /** Creates the service over the feeds use case. */
    public LibraryFeedService(Feeds feeds) {
        this.feeds = feeds;
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
        feeds.subscribe(url, null, folder(folder));
    }

    @Override
    public Refreshed subscribe(String url, String folder, Progress progress) {
        return refresh(feeds.subscribe(url, null, folder(folder)).id(), progress);
    }

    /** A blank folder field chooses no folder: an existing feed stays where it is. */
    private static String folder(String field) {
        return field == null || field.isBlank() ? null : field.strip();
    }

    @Override
    public void rename(long sourceId, String name) {
        feeds.rename(sourceId, name);
    }

    @Override
    public void setFolder(long sourceId, String folder) {
        gone(() -> feeds.move(sourceId, folder));
    }

    @Override
    public FeedStore.Removal remove(long sourceId) {
        return gone(() -> feeds.remove(sourceId)).removal();
    }

    @Override
    public Refreshed refresh(Long sourceId, Progress progress) {
        Feeds.Refreshed r = gone(() -> feeds.refresh(sourceId, progress, x -> {}));
        return new Refreshed(r.reports().size(), r.added(), r.failures());
    }

    @Override
    public void importOpml(Path file) {
        feeds.importOpml(file);
    }

    @Override
    public void exportOpml(Path file) {
        feeds.exportOpml(file);
    }

    @Override
    public void setFullText(long sourceId, boolean fullText) {
        gone(() -> feeds.fullText(sourceId, fullText));
    }

    /** Runs an action on a feed the list showed; one removed meanwhile is said in the window's words. */
    private static <T> T gone(Supplier<T> action) {
        try {
            return action.get();
        } catch (Feeds.NoSuchFeed e) {
            throw new LibraryException("There is no feed " + e.id() + " any more.", e);
        }
    }
}
