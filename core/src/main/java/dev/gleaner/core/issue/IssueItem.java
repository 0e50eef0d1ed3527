package dev.gleaner.core.issue;

import java.util.List;
import java.util.Objects;

/**
 * One article in an issue.
 *
 * @param articleId the library article, or {@code null} when it was deleted or never stored
 * @param heading the section heading, by default the article title
 * @param summary the writer's summary in Markdown, possibly empty
 * @param url the link listed under References
 * @param alsoUrls further links the item cites, in order, listed under its link in References; each is
 *     one non-empty token without whitespace
 */
public record IssueItem(Long articleId, String heading, String summary, String url, List<String> alsoUrls) {

    public IssueItem {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(url, "url");
        summary = summary == null ? "" : summary;
        if (heading.contains("\n")) {
            throw new IllegalArgumentException("a heading is one line: " + heading);
        }
        alsoUrls = alsoUrls == null ? List.of() : List.copyOf(alsoUrls);
        for (String also : alsoUrls) {
            if (also.isEmpty() || also.codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a further link is one word without spaces: '" + also + "'");
            }
        }
    }

    /** An item that cites one link. */
    public IssueItem(Long articleId, String heading, String summary, String url) {
        this(articleId, heading, summary, url, List.of());
    }

    /** {@return this item linked to another article} */
    public IssueItem withArticleId(Long id) {
        return new IssueItem(id, heading, summary, url, alsoUrls);
    }

    /** {@return this item with another heading} */
    public IssueItem withHeading(String newHeading) {
        return new IssueItem(articleId, newHeading, summary, url, alsoUrls);
    }

    /** {@return this item with another summary} */
    public IssueItem withSummary(String newSummary) {
        return new IssueItem(articleId, heading, newSummary, url, alsoUrls);
    }

    /** {@return this item with another main link} */
    public IssueItem withUrl(String newUrl) {
        return new IssueItem(articleId, heading, summary, newUrl, alsoUrls);
    }

    /** {@return this item with other further links} */
    public IssueItem withAlsoUrls(List<String> newAlsoUrls) {
        return new IssueItem(articleId, heading, summary, url, newAlsoUrls);
    }
}
