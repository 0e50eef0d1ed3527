package dev.gleaner.app.library;

import dev.gleaner.app.usecase.Clipping;
import dev.gleaner.app.usecase.Progress;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.ingest.IngestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Clips a web page dropped on the window or added to an issue by its link, through {@link Clipping},
 * the use case {@code gleaner clip} stores pages through too.
 */
@FunctionalInterface
public interface Clipper {
    /** How many posts of a listing page a drop clips at most, as {@code gleaner clip} does by default. */
    int MAX_POSTS = 50;

    /**
     * Clips the page at {@code url} as one article (the link a writer adds to an issue is the article
     * they meant).
     *
     * @return the stored article's id and whether it was new
     */
    SaveResult clip(String url);

    /**
     * What a dropped link stored.
     *
     * @param saved the articles stored, in order: the page, or the posts a listing page links
     * @param listed how many posts the page lists, 0 when it is an article
     * @param failed how many listed posts could not be clipped
     */
    record Dropped(List<SaveResult> saved, int listed, int failed) {}

    /**
     * Clips a link dropped on the window as {@code gleaner clip} does: an article page is stored, a
     * page that lists posts (a blog's index, an archive) stores up to {@link #MAX_POSTS} of its posts,
     * with {@code progress} told after each and a cancel honoured between posts.
     */
    default Dropped clipDropped(String url, Progress progress) {
        return new Dropped(List.of(clip(url)), 0, 0);
    }

    /** {@return a clipper that stores through {@code clipping}} */
    static Clipper of(Clipping clipping) {
        return new Clipper() {
            @Override
            public SaveResult clip(String url) {
                return clipping.page(url);
            }

            @Override
            public Dropped clipDropped(String url, Progress progress) {
                if (!Clipping.isWebAddress(url)) {
                    return Clipper.super.clipDropped(url, progress);
                }
                List<SaveResult> saved = new ArrayList<>();
                int[] listed = {0, 0, 0}; // listed, clipping, failed
                try {
                    clipping.clip(url, null, MAX_POSTS, new Clipping.Listener() {
                        @Override
                        public void listing(String input, int all, int clipping) {
                            listed[0] = all;
                            listed[1] = clipping;
                            progress.update(0, clipping);
                        }

                        @Override
                        public void saved(SaveResult result, String title, String link) {
                            saved.add(result);
                            progress.update(saved.size() + listed[2], listed[1]);
                            if (progress.cancelled()) {
                                throw new CancellationException();
                            }
                        }

                        @Override
                        public void failed(String link, String message) {
                            listed[2]++;
                        }
                    });
                } catch (CancellationException stopped) {
                    // What was stored stays; the rest of the listing is left.
                } catch (IngestException e) {
                    if (saved.isEmpty()) {
                        throw e;
                    }
                } catch (IOException e) {
                    throw new IngestException("Cannot fetch " + url + ": " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IngestException("Clipping " + url + " was interrupted.", e);
                }
                return new Dropped(List.copyOf(saved), listed[0], listed[2]);
            }
        };
    }
}
