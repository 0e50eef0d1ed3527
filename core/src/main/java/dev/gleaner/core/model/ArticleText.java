package dev.gleaner.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The searched text of an article, without the rest of it: what a search shows a snippet from.
 *
 * @param id the library's id, positive
 * @param title the title
 * @param tags the tags and categories, possibly empty
 * @param notes the reader's own notes, possibly empty
 * @param body the body as plain text, or its Markdown where the article has no plain text
 */
public record ArticleText(long id, String title, List<String> tags, String notes, String body) {
    public ArticleText {
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        notes = notes == null ? "" : notes;
        body = body == null ? "" : body;
    }

    /** {@return the searched text of {@code article}} */
    public static ArticleText of(Article article) {
        return new ArticleText(
                article.id(),
                article.title(),
                article.tags(),
                article.notes(),
                article.text().isBlank() ? article.markdown() : article.text());
    }
}
