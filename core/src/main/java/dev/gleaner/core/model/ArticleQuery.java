package dev.gleaner.core.model;

/**
 * Which articles to list, newest first.
 *
 * @param sourceId only articles from this source, or {@code null} for all
 * @param unreadOnly only unread articles
 * @param starredOnly only starred articles
 * @param tag only articles with this tag, or {@code null}
 * @param offset how many to skip (paging)
 * @param limit how many at most
 */
public record ArticleQuery(Long sourceId, boolean unreadOnly, boolean starredOnly, String tag, int offset, int limit) {
    public ArticleQuery {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
    }

    /** {@return the first {@code limit} articles of the whole library} */
    public static ArticleQuery all(int limit) {
        return new ArticleQuery(null, false, false, null, 0, limit);
    }

    /** {@return this query restricted to one source} */
    public ArticleQuery fromSource(Long id) {
        return new ArticleQuery(id, unreadOnly, starredOnly, tag, offset, limit);
    }
}
