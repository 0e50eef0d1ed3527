package dev.gleaner.core.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An article as an ingester produced it, before the library stores it. The library finds an
 * existing article by its canonical URL, else by its source path, and updates that one instead of
 * adding a second.
 *
 * @param url the article's URL (canonicalized when stored), or {@code null}
 * @param title the title, never blank
 * @param authors the authors
 * @param published the publish time with its offset, or {@code null}
 * @param lang a language tag, or {@code null}
 * @param siteName the site name, or {@code null}
 * @param tags tags and categories
 * @param markdown the clean body as Markdown
 * @param text the body as plain text
 * @param sourcePath the absolute path of the local file it came from, or {@code null}
 * @param leadImage the absolute lead image URL, or {@code null}
 * @param rawHtml the fetched HTML as it arrived, kept (compressed) for re-extraction, or {@code
 *     null}
 */
public record ArticleDraft(
        String url,
        String title,
        List<String> authors,
        OffsetDateTime published,
        String lang,
        String siteName,
        List<String> tags,
        String markdown,
        String text,
        String sourcePath,
        String leadImage,
        String rawHtml) {

    public ArticleDraft {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an article needs a title");
        }
        if (url == null && sourcePath == null) {
            throw new IllegalArgumentException("an article needs a URL or a source path: " + title);
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        markdown = markdown == null ? "" : markdown;
        text = text == null ? "" : text;
    }

    /** {@return a draft with only the fields every article needs} */
    public static ArticleDraft of(String url, String sourcePath, String title, String markdown, String text) {
        return new ArticleDraft(
                url, title, List.of(), null, null, null, List.of(), markdown, text, sourcePath, null, null);
    }

    /** {@return this draft with another URL} */
    public ArticleDraft withUrl(String newUrl) {
        return new ArticleDraft(
                newUrl,
                title,
                authors,
                published,
                lang,
                siteName,
                tags,
                markdown,
                text,
                sourcePath,
                leadImage,
                rawHtml);
    }

    /** {@return this draft with other tags} */
    public ArticleDraft withTags(List<String> newTags) {
        return new ArticleDraft(
                url,
                title,
                authors,
                published,
                lang,
                siteName,
                newTags,
                markdown,
                text,
                sourcePath,
                leadImage,
                rawHtml);
    }

    /** {@return this draft with another publish time} */
    public ArticleDraft withPublished(OffsetDateTime newPublished) {
        return new ArticleDraft(
                url,
                title,
                authors,
                newPublished,
                lang,
                siteName,
                tags,
                markdown,
                text,
                sourcePath,
                leadImage,
                rawHtml);
    }

    /** {@return this draft with other authors} */
    public ArticleDraft withAuthors(List<String> newAuthors) {
        return new ArticleDraft(
                url,
                title,
                newAuthors,
                published,
                lang,
                siteName,
                tags,
                markdown,
                text,
                sourcePath,
                leadImage,
                rawHtml);
    }

    /** {@return this draft with language and site name} */
    public ArticleDraft withSite(String newLang, String newSiteName) {
        return new ArticleDraft(
                url,
                title,
                authors,
                published,
                newLang,
                newSiteName,
                tags,
                markdown,
                text,
                sourcePath,
                leadImage,
                rawHtml);
    }

    /** {@return this draft with the raw HTML it was extracted from and its lead image} */
    public ArticleDraft withRawHtml(String newRawHtml, String newLeadImage) {
        return new ArticleDraft(
                url,
                title,
                authors,
                published,
                lang,
                siteName,
                tags,
                markdown,
                text,
                sourcePath,
                newLeadImage,
                newRawHtml);
    }
}
