package dev.gleaner.app.library;

import dev.gleaner.app.fx.Background;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of articles over one or more library queries (merged, newest first, each once)
 * or over search hits, loaded a page at a time as the list view asks for rows; a few recent pages
 * stay cached. Only the ids are read up front (one query, off the UI thread); a page is then one
 * query by id wherever it is in the list, so 100,000 articles list and scroll as fast as 100.
 *
 * <p>Once it {@linkplain #loadingOn loads on} the window's work thread, a row whose page is not read
 * yet is {@code null} for a moment: the page (and its neighbours) are read on the work thread and
 * the rows are replaced when they arrive, so scrolling never waits for the database. Without it a
 * page is read when it is asked for. UI thread only, apart from the constructor.
 */
final class ArticlePages extends ObservableListBase<Article> {
    static final int PAGE = 100;
    private static final int CACHED_PAGES = 16;

    private final Library library;
    private final long[] ids;
    private final Map<Integer, List<Article>> pages = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Article>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private Background background;
    private boolean asking; // a page asked for inside get() that arrives at once is no change to tell

    /** Reads the ids the queries match now (off the UI thread) and loads the first page. */
    ArticlePages(Library library, List<dev.gleaner.core.model.ArticleQuery> queries) {
        this(library, library.ids(queries).stream().mapToLong(Long::longValue).toArray(), 0);
    }

    /** {@return the articles with {@code ids} in this order (search hits), the first page loaded now} */
    static ArticlePages ofIds(Library library, List<Long> ids) {
        return new ArticlePages(library, ids.stream().mapToLong(Long::longValue).toArray(), 0);
    }

    private ArticlePages(Library library, long[] ids, int... loadNow) {
        this.library = library;
        this.ids = ids;
        for (int page : loadNow) {
            if (page >= 0 && page * PAGE < ids.length) {
                pages.put(page, read(page));
            }
        }
    }

    /**
     * Reads the pages that are not read yet on {@code bg}'s work thread from now on, and tells the
     * list view when they arrive. {@return this list}
     */
    ArticlePages loadingOn(Background bg) {
        this.background = bg;
        return this;
    }

    @Override
    public Article get(int index) {
        if (index < 0 || index >= ids.length) {
            throw new IndexOutOfBoundsException(index);
        }
        List<Article> page = page(index / PAGE);
        if (page == null) {
            return null; // on its way from the work thread
        }
        long id = ids[index];
        for (Article a : page) {
            if (a.id() == id) {
                return a;
            }
        }
        // Deleted meanwhile: show a neighbour rather than fail.
        return page.isEmpty() ? null : page.get(Math.min(index % PAGE, page.size() - 1));
    }

    /** {@return whether the row at {@code index} is read (so {@link #get} gives its article now)} */
    boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE);
    }

    /**
     * {@return the article at {@code index}, read from the library when its page is not cached; for
     * the work thread (it neither caches nor tells the list view)}
     */
    Article read(int index, Map<Integer, List<Article>> scratch) {
        List<Article> page = scratch.computeIfAbsent(index / PAGE, this::read);
        long id = ids[index];
        return page.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    /** {@return the pages cached now, for reading on another thread} */
    Map<Integer, List<Article>> cachedPages() {
        Map<Integer, List<Article>> copy = new HashMap<>();
        pages.forEach((n, p) -> copy.put(n, List.copyOf(p)));
        return copy;
    }

    @Override
    public Article set(int index, Article article) {
        Article old = get(index);
        List<Article> page = pages.get(index / PAGE);
        if (page != null) {
            for (int i = 0; i < page.size(); i++) {
                if (page.get(i).id() == article.id()) {
                    page.set(i, article);
                }
            }
            beginChange();
            nextSet(index, old);
            endChange();
        }
        return old;
    }

    /** {@return the ids listed, in order} */
    long[] ids() {
        return ids.clone();
    }

    /**
     * {@return the same list without the article {@code id}}, its rows taken from this one's pages
     * where they are cached (so nothing shown goes blank), loading on the same work thread
     */
    ArticlePages without(long id) {
        long[] left = java.util.Arrays.stream(ids).filter(i -> i != id).toArray();
        ArticlePages next = new ArticlePages(library, left);
        Map<Long, Article> known = new HashMap<>();
        pages.values().forEach(p -> p.forEach(a -> known.put(a.id(), a)));
        for (int n = 0; n * PAGE < left.length; n++) {
            List<Article> page = new ArrayList<>();
            for (int i = n * PAGE; i < Math.min(left.length, (n + 1) * PAGE) && page != null; i++) {
                Article a = known.get(left[i]);
                if (a == null) {
                    page = null;
                } else {
                    page.add(a);
                }
            }
            if (page != null) {
                next.pages.put(n, page);
            }
        }
        if (next.pages.isEmpty() && left.length > 0 && background == null) {
            next.pages.put(0, next.read(0));
        }
        return next.loadingOn(background);
    }

    /** {@return the pages a fresh copy reads at once: the first, those cached now and that of row {@code index}} */
    int[] shownPages(int index) {
        Set<Integer> wanted = new java.util.TreeSet<>(pages.keySet());
        wanted.add(0);
        wanted.add(Math.max(0, index) / PAGE);
        return wanted.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@return the same articles read again from the library, the pages {@code read} at once (off the UI thread)} */
    ArticlePages reread(int[] read) {
        return new ArticlePages(library, ids, read).loadingOn(background);
    }

    @Override
    public int size() {
        return ids.length;
    }

    // Found by id in the ids, not by reading every row: the list view looks for its selected
    // article in each new list, and 100,000 rows must not be read for that.
    @Override
    public int indexOf(Object o) {
        if (o instanceof Article a) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == a.id()) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o); // each id is listed once
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    // Two lists are the same list only when they are one: comparing row by row would read every
    // page (a property told of a new list compares it with the old one).
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private List<Article> page(int number) {
        List<Article> cached = pages.get(number);
        if (cached != null) {
            return cached;
        }
        if (background == null) {
            List<Article> loaded = read(number);
            pages.put(number, loaded);
            return loaded;
        }
        asking = true;
        try {
            ask(number);
            // The neighbours too: moving on row by row (j, k, arrows) finds its rows read.
            ask(number + 1);
            ask(number - 1);
        } finally {
            asking = false;
        }
        return pages.get(number);
    }

    /** Reads page {@code number} on the work thread unless it is cached or on its way. */
    private void ask(int number) {
        if (number < 0 || number * PAGE >= ids.length || pages.containsKey(number) || !loading.add(number)) {
            return;
        }
        Background bg = background;
        bg.work().execute(() -> {
            List<Article> loaded;
            try {
                loaded = read(number);
            } catch (RuntimeException e) {
                dev.gleaner.app.Logs.warning("reading rows " + number * PAGE + " of the article list", e);
                bg.ui().execute(() -> loading.remove(number)); // asked again when shown again
                return;
            }
            bg.ui().execute(() -> arrived(number, loaded));
        });
    }

    private void arrived(int number, List<Article> loaded) {
        loading.remove(number);
        pages.put(number, loaded);
        if (asking) {
            return; // read at once (a work executor on the calling thread): get() returns it
        }
        int from = number * PAGE;
        int to = Math.min(ids.length, from + PAGE);
        beginChange();
        nextReplace(from, to, Collections.nCopies(to - from, null));
        endChange();
    }

    /** {@return page {@code number} read from the library now} */
    private List<Article> read(int number) {
        int start = number * PAGE;
        int end = Math.min(ids.length, start + PAGE);
        List<Long> wanted = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            wanted.add(ids[i]);
        }
        return new ArrayList<>(library.articlesById(wanted));
    }
}
