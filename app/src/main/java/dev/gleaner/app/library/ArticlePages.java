package dev.gleaner.app.library;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only list of articles over one or more library queries (merged, newest first, each once)
 * or over search hits, loaded a page at a time as the list view asks for rows; a few recent pages
 * stay cached. Only the ids are read up front (one query, off the UI thread); a page is then one
 * query by id wherever it is in the list, so 100,000 articles list and scroll as fast as 100.
 */
final class ArticlePages extends AbstractList<Article> {
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

    /** Reads the ids the queries match now (off the UI thread) and loads the first page. */
    ArticlePages(Library library, List<ArticleQuery> queries) {
        this(library, library.ids(queries).stream().mapToLong(Long::longValue).toArray());
    }

    /** {@return the articles with {@code ids} in this order (search hits), the first page loaded now} */
    static ArticlePages ofIds(Library library, List<Long> ids) {
        return new ArticlePages(library, ids.stream().mapToLong(Long::longValue).toArray());
    }

    private ArticlePages(Library library, long[] ids) {
        this.library = library;
        this.ids = ids;
        if (this.ids.length > 0) {
            page(0);
        }
    }

    @Override
    public Article get(int index) {
        if (index < 0 || index >= ids.length) {
            throw new IndexOutOfBoundsException(index);
        }
        List<Article> page = page(index / PAGE);
        long id = ids[index];
        for (Article a : page) {
            if (a.id() == id) {
                return a;
            }
        }
        // Deleted meanwhile: show a neighbour rather than fail.
        return page.isEmpty() ? null : page.get(Math.min(index % PAGE, page.size() - 1));
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
        }
        return old;
    }

    /** {@return the ids listed, in order} */
    long[] ids() {
        return ids.clone();
    }

    /** {@return the same list without the article {@code id}} */
    ArticlePages without(long id) {
        return new ArticlePages(
                library, java.util.Arrays.stream(ids).filter(i -> i != id).toArray());
    }

    /** {@return the same articles read again from the library} */
    ArticlePages reread() {
        return new ArticlePages(library, ids);
    }

    @Override
    public int size() {
        return ids.length;
    }

    private List<Article> page(int number) {
        List<Article> cached = pages.get(number);
        if (cached != null) {
            return cached;
        }
        int start = number * PAGE;
        int end = Math.min(ids.length, start + PAGE);
        List<Long> wanted = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            wanted.add(ids[i]);
        }
        List<Article> loaded = new ArrayList<>(library.articlesById(wanted));
        pages.put(number, loaded);
        return loaded;
    }
}
