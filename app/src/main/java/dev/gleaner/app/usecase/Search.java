package dev.gleaner.app.usecase;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.SavedSearch;
import dev.gleaner.index.SearchHit;
import dev.gleaner.index.SearchIndex;
import dev.gleaner.index.SearchRequest;
import dev.gleaner.index.SearchResult;
import dev.gleaner.index.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Searching the library and the searches the reader saved: {@code gleaner search}, {@code gleaner
 * related}, {@code gleaner searches}, the search box (as the user types, its facet chips), the
 * reader's related articles, "Save search" and the saved searches of the sidebar all go through this
 * class. The index is opened on first use and reflects every change committed before a call.
 */
public final class Search {
    private final Library library;
    private final Supplier<SearchIndex> index;

    /** Creates the use case on {@code library} and the index {@code index} supplies (it may open it on first call). */
    public Search(Library library, Supplier<SearchIndex> index) {
        this.library = library;
        this.index = index;
    }

    /** {@return the hits, total and facet counts of {@code request}} */
    public SearchResult search(SearchRequest request) {
        return index.get().search(request);
    }

    /**
     * {@return the first {@code limit} hits of {@code query} while it is being typed: matches counted
     * only up to a bound, the first {@code highlighted} snippets marked, no facet counts}
     */
    public SearchResult typing(String query, int limit, int highlighted) {
        int n = bounded(limit);
        return index.get().search(SearchRequest.typing(query, n, Math.max(0, Math.min(n, highlighted))));
    }

    /**
     * {@return the counts of {@code query}'s matches by facet ({@code site}, {@code tag}, {@code lang},
     * {@code month})}
     *
     * @param cancelled polled while counting; when true the count stops with a {@link
     *     java.util.concurrent.CancellationException}
     */
    public Map<String, Map<String, Integer>> facets(String query, BooleanSupplier cancelled) {
        return index.get().facets(query, cancelled);
    }

    /** {@return every tag of the library with its article count, most used first} */
    public Map<String, Integer> tags() {
        return index.get().search(SearchRequest.of("", 1)).facets().getOrDefault("tag", Map.of());
    }

    /** There is no article with the id whose related articles were asked for. */
    public static final class NoArticle extends NotFound {
        private static final long serialVersionUID = 1L;

        NoArticle(long id) {
            super(id, "There is no article " + id + ": see the ids with 'gleaner list'.");
        }
    }

    /** {@return at most {@code limit} articles like article {@code id}, most alike first} @throws NoArticle when there is none */
    public List<SearchHit> related(long id, int limit) {
        if (library.article(id).isEmpty()) {
            throw new NoArticle(id);
        }
        return index.get().related(id, limit);
    }

    /** {@return {@code limit} clamped to what one search returns at most (1 to 1,000)} */
    public static int bounded(int limit) {
        return Math.max(1, Math.min(1000, limit));
    }

    // Saved searches.

    /** Refuses a name no search could be saved under, with the reason; {@return the name as it is kept} */
    public static String checkName(String name) {
        try {
            return SavedSearch.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new LibraryException("Cannot save the search: " + e.getMessage() + ".", e);
        }
    }

    /** Saves {@code query} under {@code name}, replacing a saved search of that name; {@return it as kept} */
    public SavedSearch save(String name, String query) {
        return library.saveSearch(checkName(name), query);
    }

    /** {@return the saved searches, in the library's order} */
    public List<SavedSearch> saved() {
        return library.savedSearches();
    }

    /** {@return the saved search called {@code name} (case does not matter), if any} */
    public Optional<SavedSearch> saved(String name) {
        return library.savedSearch(name);
    }

    /** There is no saved search with the name asked for. */
    public static final class NoSavedSearch extends GleanerException {
        private static final long serialVersionUID = 1L;

        NoSavedSearch(String name) {
            super("There is no saved search '" + name.strip() + "': see the names with 'gleaner searches list'.");
        }
    }

    /** {@return the saved search called {@code name}} @throws NoSavedSearch when there is none */
    public SavedSearch require(String name) {
        return saved(name).orElseThrow(() -> new NoSavedSearch(name));
    }

    /** {@return how many articles {@code saved} finds now} */
    public long count(SavedSearch saved) {
        return index.get().search(SearchRequest.of(saved.query(), 1)).total();
    }

    /**
     * A saved search with how many articles it finds now.
     *
     * @param search the saved search
     * @param count the articles it finds
     */
    public record Counted(SavedSearch search, long count) {}

    /** {@return every saved search with how many articles it finds now} */
    public List<Counted> counted() {
        List<Counted> out = new ArrayList<>();
        for (SavedSearch s : saved()) {
            out.add(new Counted(s, count(s)));
        }
        return out;
    }

    /**
     * What running a saved search found.
     *
     * @param search the saved search
     * @param result its hits now
     */
    public record Ran(SavedSearch search, SearchResult result) {}

    /** Runs the saved search {@code name} for its first {@code limit} hits in {@code sort} order. */
    public Ran run(String name, int limit, SortOrder sort) {
        SavedSearch s = require(name);
        return new Ran(s, search(new SearchRequest(s.query(), limit, sort)));
    }

    /** Removes the saved search {@code name}; {@return it as it was} @throws NoSavedSearch when there is none */
    public SavedSearch remove(String name) {
        SavedSearch s = require(name);
        library.removeSavedSearch(s.name());
        return s;
    }
}
