package dev.gleaner.index;

import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Gleaner's full-text search over the library: a derived index that follows the library's change
 * sequence. The embedded implementation is Lucene with Nori; a cluster backend can implement the
 * same interface. Implementations are thread-safe; searches never wait for writes.
 */
public interface SearchIndex extends AutoCloseable {

    /** The name of the user's own synonym file in the workspace, read when the index opens. */
    String USER_SYNONYMS_FILE = "synonyms.txt";

    /**
     * Opens (creating when missing) the embedded index in {@code dir}. A missing, older or corrupt
     * index is detected here and rebuilt on the next {@link #catchUp} or {@link #rebuild}.
     *
     * @param dir the index folder, e.g. {@code Workspace.indexDir()}
     * @param userSynonyms the user's synonym file (Solr format), or {@code null}; ignored when absent
     */
    static SearchIndex open(Path dir, Path userSynonyms) {
        return dev.gleaner.index.internal.LuceneSearchIndex.open(dir, userSynonyms);
    }

    /**
     * Starts loading the Korean dictionaries on background threads and returns at once, so that an
     * index opened soon after finds them loaded (a one-shot search calls it before it reads its
     * command line). Calling it is never needed: without it the first search loads them itself.
     *
     * @param indexDir the folder of the index that will be opened, which keeps a decoded copy of
     *     Nori's connection costs; {@code null} when not known
     */
    static void preloadDictionaries(Path indexDir) {
        dev.gleaner.index.internal.GleanerAnalysis.preloadDictionaries(indexDir);
    }

    /**
     * Starts opening the embedded index in {@code dir} for reading on a background thread and returns
     * at once, so that a one-shot command's {@link #open} soon after, with the same arguments, finds
     * it open (when it is still the index's latest commit; otherwise it opens it as always). It writes
     * nothing and takes no lock: it may run before the workspace is locked. An index opened this way
     * takes the writer only when it has something to write.
     */
    static void preopen(Path dir, Path userSynonyms) {
        dev.gleaner.index.internal.IndexPreopen.start(dir, userSynonyms);
    }

    /**
     * Waits up to {@code max} for what {@link #preloadDictionaries} started, including writing the
     * decoded dictionary part into the index folder, so that nothing writes there after the command.
     */
    static void awaitPreloaded(java.time.Duration max) {
        dev.gleaner.index.internal.GleanerAnalysis.awaitPreloaded(max);
    }

    /** Applies the library's changes since the indexed sequence, rebuilding first when needed. */
    RepairResult catchUp(Library library);

    /** Rebuilds the whole index from the library, reporting progress. */
    RepairResult rebuild(Library library, RebuildProgress progress);

    /** Catches up, then rebuilds if the indexed ids still differ from the library's; says what it did. */
    RepairResult repair(Library library);

    /** {@return the library change sequence the index reflects} */
    long indexedSequence();

    /** {@return how many articles are indexed} */
    int documentCount();

    /** {@return the ids of all indexed articles} */
    Set<Long> indexedIds();

    /** {@return how the index compares with the library} */
    IndexCheck check(Library library);

    /** {@return why the index must be rebuilt (missing, older schema, corrupt), or null when it need not} */
    String rebuildReason();

    /** Runs a query written in Gleaner's query language. */
    SearchResult search(SearchRequest request);

    /**
     * Counts the matches of {@code query} by facet ({@code site}, {@code tag}, {@code lang},
     * {@code month}), as {@link #search} with facets would, for showing them after the hits.
     *
     * @param cancelled polled while counting; when it says true the count stops
     * @return facet to value to count, largest first
     * @throws java.util.concurrent.CancellationException when {@code cancelled} said true
     */
    java.util.Map<String, java.util.Map<String, Integer>> facets(
            String query, java.util.function.BooleanSupplier cancelled);

    /** {@return articles whose title starts with what the user typed so far, for search-as-you-type} */
    List<SearchHit> titlePrefix(String typed, int limit);

    /** {@return articles like the one with this id, best first} */
    List<SearchHit> related(long articleId, int limit);

    /** {@return problems met while loading synonym files, each naming the file and line} */
    List<String> warnings();

    @Override
    void close();
}
