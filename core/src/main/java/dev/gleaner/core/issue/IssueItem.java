package dev.gleaner.core.issue;

import java.util.Objects;

/**
 * One article in an issue.
 *
 * @param articleId the library article, or {@code null} when it was deleted or never stored
 * @param heading the section heading, by default the article title
 * @param summary the writer's summary in Markdown, possibly empty
 * @param url the link listed under References
 */
public record IssueItem(Long articleId, String heading, String summary, String url) {

    public IssueItem {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(url, "url");
        summary = summary == null ? "" : summary;
        if (heading.contains("\n")) {
            throw new IllegalArgumentException("a heading is one line: " + heading);
        }
    }

    /** {@return this item linked to another article} */
    public IssueItem withArticleId(Long id) {
        return new IssueItem(id, heading, summary, url);
    }
}
