package dev.gleaner.core.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An article as the library stores it.
 *
 * @param id the library's id, positive
 * @param url the canonical URL, or {@code null} for a local note without one
 * @param title the title, never blank
 * @param authors the authors, possibly empty
 * @param published when the article was published, with the offset it was written with; may be
 *     {@code null}
 * @param added when the library first stored it
 * @param updated when its content last changed in the library
 * @param lang a BCP 47 language tag such as {@code ko} or {@code en}, or {@code null}
 * @param siteName the site or blog name, or {@code null}
 * @param tags the tags and categories, possibly empty
 * @param read whether the reader has read it
 * @param starred whether the reader starred it
 * @param notes the reader's own notes in Markdown, possibly empty
 * @param markdown the clean body as Markdown
 * @param text the body as plain text, for search and display
 * @param sourcePath the local file it was imported from, or {@code null}
 * @param leadImage the absolute URL of the lead image, or {@code null}
 * @param changeSeq the library change sequence of its last change
 */
public record Article(
        long id,
        String url,
        String title,
        List<String> authors,
        OffsetDateTime published,
        Instant added,
        Instant updated,
        String lang,
        String siteName,
        List<String> tags,
        boolean read,
        boolean starred,
        String notes,
        String markdown,
        String text,
        String sourcePath,
        String leadImage,
        long changeSeq) {

    public Article {
        if (id <= 0) {
            throw new IllegalArgumentException("article id must be positive: " + id);
        }
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        notes = notes == null ? "" : notes;
        markdown = markdown == null ? "" : markdown;
        text = text == null ? "" : text;
    }
}
