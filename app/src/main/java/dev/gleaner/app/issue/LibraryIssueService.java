package dev.gleaner.app.issue;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.exporter.ExportException;
import dev.gleaner.exporter.hugo.HugoExporter;
import dev.gleaner.exporter.hugo.HugoRenderer;
import dev.gleaner.exporter.hugo.IssueChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The composer's issues from the library's issue store: "add to issue" appends to the newest draft
 * (starting the next issue of the series when there is none), and export goes through the Hugo exporter.
 */
public final class LibraryIssueService implements IssueService {
    /** The setting holding the Hugo site folder used when a series has none. */
    public static final String HUGO_SITE = "hugo.site";

    /** The series started when the library has none. */
    public static final String DEFAULT_SERIES = "Weekly";

    private final Library library;
    private final Clock clock;

    /** Reads and writes the issues of {@code library}. */
    public LibraryIssueService(Library library) {
        this(library, Clock.systemDefaultZone());
    }

    /** Reads and writes the issues of {@code library}, with {@code clock} for new issues and export times. */
    public LibraryIssueService(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
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
                .orElseGet(this::startIssue);
        if (draft.items().stream().anyMatch(item -> Long.valueOf(articleId).equals(item.articleId()))) {
            throw new GleanerException("'" + article.title() + "' is already in issue " + draft.number() + ".");
        }
        // The writer's notes on the article, else the summary it had in an earlier issue, to edit.
        String summary = article.notes().strip();
        if (summary.isEmpty()) {
            summary = library.issues()
                    .earlierSummary(article.id(), article.url())
                    .map(IssueStore.EarlierSummary::summary)
                    .orElse("");
        }
        IssueItem item = new IssueItem(article.id(), article.title(), summary, article.url());
        library.issues().save(draft.withItemAt(item, draft.items().size() + 1));
    }

    /** Starts the next issue of the first series (a default series when there is none) over last week. */
    private Issue startIssue() {
        Series s = library.issues().allSeries().stream().findFirst().orElseGet(() -> {
            Series made = Series.defaults(DEFAULT_SERIES);
            library.issues().putSeries(made);
            return made;
        });
        List<Issue> existing = library.issues().issues(s.name());
        int n = existing.isEmpty() ? 1 : existing.getLast().number() + 1;
        IssuePeriod period = IssuePeriod.lastFullWeek(LocalDate.now(clock.withZone(s.zone())), s.weekStart());
        OffsetDateTime when = OffsetDateTime.now(clock.withZone(s.zone())).truncatedTo(ChronoUnit.MINUTES);
        return new Issue(s.name(), n, s.title(n), period, when, IssueStatus.DRAFT, List.of(), IssueLayout.defaults(s));
    }

    @Override
    public Issue issue(String series, int number) {
        return library.issues()
                .issue(series, number)
                .orElseThrow(() -> new GleanerException("The issue " + number + " of '" + series + "' is gone."));
    }

    @Override
    public void save(Issue issue) {
        library.issues().save(issue);
    }

    private Series series(Issue issue) {
        return library.issues()
                .series(issue.series())
                .orElseThrow(() -> new GleanerException("The series '" + issue.series() + "' is gone."));
    }

    @Override
    public List<String> warnings(Issue issue) {
        return new IssueChecks().check(issue, library.issues().issues(issue.series()));
    }

    @Override
    public String render(Issue issue) {
        Series s = series(issue);
        return new HugoRenderer().render(s, issue, now(s));
    }

    private OffsetDateTime now(Series s) {
        return OffsetDateTime.now(clock.withZone(s.zone())).truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public Path target(Issue issue) {
        Series s = series(issue);
        String site = s.siteDir() != null
                ? s.siteDir()
                : library.setting(HUGO_SITE).filter(v -> !v.isBlank()).orElse(null);
        if (site == null) {
            throw new ExportException("Where to? Choose the Hugo site folder in Settings first.");
        }
        return HugoExporter.target(s, issue, Path.of(site)).toAbsolutePath().normalize();
    }

    @Override
    public Path export(Issue issue, boolean force) {
        Series s = series(issue);
        return new HugoExporter(library.issues())
                .export(s, issue, target(issue), force, now(s))
                .path();
    }

    @Override
    public boolean changedOutside(Issue issue) {
        Path file = target(issue);
        if (!Files.exists(file)) {
            return false;
        }
        try {
            byte[] current = Files.readAllBytes(file);
            if (java.util.Arrays.equals(current, render(issue).getBytes(StandardCharsets.UTF_8))) {
                return false;
            }
            var last = library.issues().lastExport(issue.series(), issue.number());
            return last.isEmpty() || !last.get().sha256().equals(HugoExporter.sha256(current));
        } catch (IOException e) {
            throw new ExportException("Cannot read the post " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> seriesNames() {
        return library.issues().allSeries().stream().map(Series::name).toList();
    }

    @Override
    public ZoneId zone(String series) {
        return library.issues().series(series).map(Series::zone).orElse(ZoneId.systemDefault());
    }

    @Override
    public Issue moveToSeries(Issue issue, String series) {
        if (issue.series().equals(series)) {
            return issue;
        }
        Series from = series(issue);
        Series to = library.issues()
                .series(series)
                .orElseThrow(() -> new GleanerException("The series '" + series + "' is gone."));
        List<Issue> existing = library.issues().issues(to.name());
        int n = existing.isEmpty() ? 1 : existing.getLast().number() + 1;
        String title = issue.title().equals(from.title(issue.number())) ? to.title(n) : issue.title();
        Issue moved = new Issue(
                to.name(), n, title, issue.period(), issue.date(), issue.status(), issue.items(), issue.layout());
        library.issues().save(moved);
        library.issues().delete(issue.series(), issue.number());
        return moved;
    }
}
