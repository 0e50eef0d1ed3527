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
 * A read-only list of articles over one or more library queries (their results one after another),
 * loaded a page at a time as the list view asks for rows; a few recent pages stay cached. The whole
 * library is never in memory, so 100,000 articles list as fast as 100.
 */
final class ArticlePages extends AbstractList<Article> {
    static final int PAGE = 100;
    private static final int CACHED_PAGES = 16;

    private final Library library;
    private final List<ArticleQuery> queries;
    private final int[] counts;
    private final int size;
    private final Map<Integer, List<Article>> pages = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Article>> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    /** Counts the queries now (off the UI thread) and loads the first page. */
    ArticlePages(Library library, List<ArticleQuery> queries) {
        this.library = library;
        this.queries = List.copyOf(queries);
        this.counts = new int[queries.size()];
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = library.count(this.queries.get(i));
            total += counts[i];
        }
        this.size = total;
        if (total > 0) {
            page(0);
        }
    }

    @Override
    public Article get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        List<Article> page = page(index / PAGE);
        int offset = index % PAGE;
        // A page may come back short when articles were deleted meanwhile; show the last one rather than fail.
        return page.isEmpty() ? null : page.get(Math.min(offset, page.size() - 1));
    }

    @Override
    public Article set(int index, Article article) {
        Article old = get(index);
        List<Article> page = pages.get(index / PAGE);
        if (page != null && index % PAGE < page.size()) {
            page.set(index % PAGE, article);
        }
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    private List<Article> page(int number) {
        List<Article> cached = pages.get(number);
        if (cached != null) {
            return cached;
        }
        List<Article> loaded = new ArrayList<>(PAGE);
        int start = number * PAGE;
        int end = Math.min(size, start + PAGE);
        int base = 0;
        for (int q = 0; q < queries.size() && start < end; q++) {
            int qEnd = base + counts[q];
            if (start < qEnd) {
                int from = start - base;
                int n = Math.min(end, qEnd) - start;
                ArticleQuery query = queries.get(q);
                loaded.addAll(library.articles(new ArticleQuery(
                        query.sourceId(), query.unreadOnly(), query.starredOnly(), query.tag(), from, n)));
                start += n;
            }
            base = qEnd;
        }
        pages.put(number, loaded);
        return loaded;
    }
}
