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
 * @param sourceHtml the page as the extractor read it (decoded HTML), kept so that the article can be
 *     extracted again when the extractor improves; {@code null} for a plain-text page
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
        List<String> links,
        String sourceHtml) {

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

    /** An extraction without the page it was read from. */
    public Extraction(
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
        this(
                title,
                byline,
                published,
                lang,
                siteName,
                canonicalUrl,
                leadImage,
                tags,
                html,
                markdown,
                text,
                listing,
                links,
                null);
    }

    /**
     * {@return a short description, without the bodies: an extraction carries the whole page, too
     * long for a log line}
     */
    @Override
    public String toString() {
        return "Extraction[title=" + title + ", canonicalUrl=" + canonicalUrl + ", listing=" + listing + ", text="
                + text.length() + " chars]";
    }
}
