package dev.gleaner.index;

/**
 * One search hit.
 *
 * @param id the article id
 * @param title the title
 * @param url the URL, or {@code null}
 * @param path the file it was imported from, or {@code null}
 * @param published when it was published (ISO-8601 with offset), or {@code null}
 * @param site the site name (else the URL's host), or {@code null}
 * @param score the relevance score (0 when sorted by date)
 * @param snippet a passage with matches marked {@code <b>..</b>}, or the opening text
 */
public record SearchHit(
        long id, String title, String url, String path, String published, String site, float score, String snippet) {
    public SearchHit {
        if (id <= 0 || title == null) {
            throw new IllegalArgumentException("a hit needs an id and a title");
        }
        snippet = snippet == null ? "" : snippet;
    }
}
