package dev.gleaner.app.issue;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import java.util.Comparator;
import java.util.List;

/** The composer's issues from the library's issue store; "add to issue" appends to the newest draft. */
public final class LibraryIssueService implements IssueService {
    private final Library library;

    /** Reads and writes the issues of {@code library}. */
    public LibraryIssueService(Library library) {
        this.library = library;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public List<IssueSummary> issues() {
        return all().stream()
                .map(i -> new IssueSummary(
                        i.series(),
                        i.number(),
                        i.title(),
                        i.period().start(),
                        i.period().end(),
                        i.items().stream().map(IssueItem::heading).toList()))
                .toList();
    }

    private List<Issue> all() {
        return library.issues().allSeries().stream()
                .flatMap(s -> library.issues().issues(s.name()).stream())
                .sorted(Comparator.comparing((Issue i) -> i.period().end())
                        .thenComparing(Issue::number)
                        .reversed())
                .toList();
    }

    @Override
    public void addToIssue(long articleId) {
        Article article = library.article(articleId)
                .orElseThrow(() -> new GleanerException("The article " + articleId + " is no longer in the library."));
        if (article.url() == null) {
            throw new GleanerException(
                    "'" + article.title() + "' is a local note without a URL, so it cannot be listed in an issue.");
        }
        Issue draft = all().stream()
                .filter(i -> i.status() == IssueStatus.DRAFT)
                .findFirst()
                .orElseThrow(() ->
                        new GleanerException("There is no draft issue to add to: start one with 'gleaner issue new'."));
        if (draft.items().stream().anyMatch(item -> Long.valueOf(articleId).equals(item.articleId()))) {
            throw new GleanerException("'" + article.title() + "' is already in issue " + draft.number() + ".");
        }
        IssueItem item =
                new IssueItem(article.id(), article.title(), article.notes().strip(), article.url());
        library.issues().save(draft.withItemAt(item, draft.items().size() + 1));
    }
}
