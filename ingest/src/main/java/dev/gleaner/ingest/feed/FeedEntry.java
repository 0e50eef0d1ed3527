package dev.gleaner.ingest.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of a feed, its HTML already sanitized and its links absolute.
 *
 * @param guid the entry's id (RSS guid, Atom id, JSON id), or {@code null}
 * @param title the title, or {@code null}
 * @param link the absolute link to the entry's page, or {@code null}
 * @param authors author names
 * @param published when it was published, with its offset, or {@code null}
 * @param updated when it was last updated, or {@code null}
 * @param summaryHtml the sanitized summary, or {@code null}
 * @param contentHtml the sanitized full content, or {@code null}
 * @param categories categories and tags
 * @param enclosures attached files
 */
public record FeedEntry(
        String guid,
        String title,
        String link,
        List<String> authors,
        OffsetDateTime published,
        OffsetDateTime updated,
        String summaryHtml,
        String contentHtml,
        List<String> categories,
        List<Enclosure> enclosures) {
    public FeedEntry {
        guid = blankToNull(guid);
        title = blankToNull(title);
        link = blankToNull(link);
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
        summaryHtml = blankToNull(summaryHtml);
        contentHtml = blankToNull(contentHtml);
    }

    /** {@return the richest body: the full content, else the summary, else an empty string} */
    public String bodyHtml() {
        return contentHtml != null ? contentHtml : summaryHtml != null ? summaryHtml : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
