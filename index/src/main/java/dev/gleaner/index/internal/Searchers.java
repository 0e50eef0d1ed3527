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
    private final SearcherManager manager;

    Searchers(Path dir, SearcherManager manager) {
        this.dir = dir;
        this.manager = manager;
    }

    /** Makes what the writer committed visible to searches started from now on. */
    void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new IndexException("Cannot read the search index " + dir + ": " + e.getMessage(), e);
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
