package dev.gleaner.index.internal;

import dev.gleaner.index.IndexException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * The searchers over the index: each piece of work runs on an acquired searcher, which is released
 * afterwards; IO failures become {@link IndexException}s that name the index folder.
 */
final class Searchers {

    /** Work done on one searcher. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Path dir;
    private volatile SearcherManager manager;

    Searchers(Path dir, SearcherManager manager) {
        this.dir = dir;
        this.manager = manager;
    }

    /**
     * Searches from now on go through {@code next} (the writer's, once an index opened for reading
     * starts writing); searches running on the previous one end on it.
     */
    void switchTo(SearcherManager next) throws IOException {
        SearcherManager previous = manager;
        manager = next;
        previous.close();
    }

    /** Makes what the writer committed visible to searches started from now on. */
    void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher searcher;
        SearcherManager manager;
        while (true) {
            manager = this.manager;
            try {
                searcher = manager.acquire();
                break;
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                if (manager == this.manager) {
                    throw e;
                }
                // switched to the writer's searchers meanwhile: acquire from those
            } catch (IOException e) {
                throw new IndexException("Cannot read the search index " + dir + ": " + e.getMessage(), e);
            }
        }
        try {
            return work.apply(searcher);
        } catch (IOException e) {
            throw new IndexException(
                    "Cannot search the index " + dir + ": " + e.getMessage() + ". Run `gleaner reindex` to rebuild it.",
                    e);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException ignored) {
                // releasing a reader only decrements a count
            }
        }
    }

    void close() throws IOException {
        manager.close();
    }
}
