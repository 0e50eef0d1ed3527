package dev.gleaner.ingest.html;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the extractor found in a page: its metadata, the sanitized body as HTML, Markdown and text,
 * and, when the page lists several posts, the links to them.
 *
 * @param title the title, never blank ("Untitled" when the page has none)
 * @param byline the author line, or {@code null}
 * @param published the publish time with its offset, or {@code null}
 * @param lang the language tag, or {@code null}
 * @param siteName the site name, or {@code null}
 * @param canonicalUrl the canonical URL, or {@code null}
 * @param leadImage the absolute lead image URL, or {@code null}
 * @param tags tags and categories
 * @param html the sanitized article body
 * @param markdown the body as Markdown
 * @param text the body as plain text, one block per line
 * @param listing whether the page lists several posts rather than being one
 * @param links the absolute post URLs of a listing, empty otherwise
 */
public record Extraction(
        String title,
        String byline,
        OffsetDateTime published,
        String lang,
        String siteName,
        String canonicalUrl,
        String leadImage,
        List<String> tags,
        String html,
        String markdown,
        String text,
        boolean listing,
        List<String> links) {

    /** Checks the fields. */
    public Extraction {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an extraction needs a title");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        links = links == null ? List.of() : List.copyOf(links);
        html = html == null ? "" : html;
        markdown = markdown == null ? "" : markdown;
        text = text == null ? "" : text;
    }
}
