package dev.gleaner.app.feeds;

import dev.gleaner.app.usecase.Progress;
import java.nio.file.Path;

/**
 * What the Feeds view needs from the feed service: add by URL, OPML in and out, full text per feed,
 * refresh. {@link #available()} is false until the feed service is wired.
 */
public interface FeedService {
    /** {@return whether feeds can be added and refreshed in this build} */
    boolean available();

    /** Adds the feed at {@code url} (or the feed a page links to). */
    void add(String url);

    /** Adds the feed at {@code url} into {@code folder} (none when blank). */
    default void add(String url, String folder) {
        add(url);
    }

    /**
     * Adds the feed at {@code url} into {@code folder} and fetches it once, so that it shows what the
     * feed really gave. {@return what the first fetch did}
     */
    default Refreshed subscribe(String url, String folder, Progress progress) {
        add(url, folder);
        return new Refreshed(0, 0, java.util.List.of());
    }

    /** Gives a feed the name the user chose. */
    default void rename(long sourceId, String name) {
        throw new IllegalStateException("feeds are not available in this build");
    }

    /** Moves a feed into {@code folder}; a blank folder takes it out of its folder. */
    default void setFolder(long sourceId, String folder) {
        throw new IllegalStateException("feeds are not available in this build");
    }

    /**
     * Unsubscribes from a feed; its articles that came only through it are deleted unless starred or
     * noted. {@return how many articles were deleted and kept}
     */
    default dev.gleaner.core.feed.FeedStore.Removal remove(long sourceId) {
        throw new IllegalStateException("feeds are not available in this build");
    }

    /** Refreshes one feed, or all when {@code sourceId} is null, reporting progress; stops early when cancelled. */
    Refreshed refresh(Long sourceId, Progress progress);

    /**
     * What a refresh did.
     *
     * @param feeds the feeds refreshed
     * @param added the new articles
     * @param failures one "feed: error" line per feed that failed
     */
    record Refreshed(int feeds, int added, java.util.List<String> failures) {
        public Refreshed {
            if (feeds < 0 || added < 0) {
                throw new IllegalArgumentException("negative refresh counts");
            }
            failures = java.util.List.copyOf(failures);
        }
    }

    /** Subscribes to the feeds of an OPML file. */
    void importOpml(Path file);

    /** Writes the feeds to an OPML file. */
    void exportOpml(Path file);

    /** Turns fetching the full article text on or off for one feed. */
    void setFullText(long sourceId, boolean fullText);

    /** {@return a service that says plainly that feeds are not available yet} */
    static FeedService unavailable() {
        return new FeedService() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public void add(String url) {
                throw unsupported();
            }

            @Override
            public Refreshed refresh(Long sourceId, Progress progress) {
                throw unsupported();
            }

            @Override
            public void importOpml(Path file) {
                throw unsupported();
            }

            @Override
            public void exportOpml(Path file) {
                throw unsupported();
            }

            @Override
            public void setFullText(long sourceId, boolean fullText) {
                throw unsupported();
            }

            private IllegalStateException unsupported() {
                return new IllegalStateException("feeds are not available in this build");
            }
        };
    }
}
