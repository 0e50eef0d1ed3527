package dev.gleaner.app.issue;

import dev.gleaner.app.search.SearchOutcome;
import dev.gleaner.app.search.SearchService;
import dev.gleaner.app.usecase.IssueItems;
import dev.gleaner.app.usecase.Issues;
import dev.gleaner.app.usecase.SeriesSettings;
import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.exporter.ExportException;
import dev.gleaner.exporter.hugo.HugoExporter;
import dev.gleaner.exporter.hugo.HugoImporter;
import dev.gleaner.exporter.hugo.HugoRenderer;
import dev.gleaner.exporter.hugo.IssueChecks;
import java.nio.file.Path;
import java.time.Clock;
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
    public static final String HUGO_SITE = Issues.HUGO_SITE;

    /** The series started when the library has none. */
    public static final String DEFAULT_SERIES = "Weekly";

    private final Library library;
    private final dev.gleaner.app.usecase.Articles articles;
    private final Clock clock;
    private final Issues issues;
    private final SearchService search;
    private final IssueItems items;
    private final SeriesSettings series;

    /**
     * Reads and writes the issues of {@code library} through the use cases the composition root
     * hands in ({@code Services.issues()}), with {@code clock} for export times; {@code search} finds
     * articles to add (null: by title only). Links the library lacks are clipped as {@code items} does.
     */
    public LibraryIssueService(
            Library library,
            Clock clock,
            dev.gleaner.app.usecase.Articles articles,
            Issues issues,
            IssueItems items,
            SeriesSettings series,
            SearchService search) {
        this.library = library;
        this.articles = articles;
        this.clock = clock;
        this.issues = issues;
        this.search = search;
        this.items = items;
        this.series = series;
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
        addArticle(draft, articleId);
    }

    /** Starts the next issue of the first series (a default series when there is none) over last week. */
    private Issue startIssue() {
        return newIssue(null);
    }

    @Override
    public Issue newIssue(String series) {
        Series s = series != null
                ? library.issues()
                        .series(series)
                        .orElseThrow(() -> new GleanerException("The series '" + series + "' is gone."))
                : library.issues().allSeries().stream().findFirst().orElseGet(() -> {
                    Series made = Series.defaults(DEFAULT_SERIES);
                    library.issues().putSeries(made);
                    return made;
                });
        return newIssue(s, null, null, null);
    }

    /**
     * Starts an issue of {@code s} and stores it: number {@code number} (null: the next after the
     * last), over {@code period} (null: the last full week), published at {@code date} (null: now);
     * it keeps the file conventions of the series' latest issue. {@return the new issue}
     *
     * @throws GleanerException when the number is taken or not positive
     */
    public Issue newIssue(Series s, Integer number, IssuePeriod period, OffsetDateTime date) {
        return issues.start(s, number, period, date);
    }

    @Override
    public Issue renumber(Issue issue, int number) {
        return issues.renumber(issue, number);
    }

    @Override
    public void delete(Issue issue) {
        issues.delete(issue);
    }

    @Override
    public void renameSeries(String from, String to) {
        series.rename(from, to);
    }

    @Override
    public int deleteSeries(String name) {
        return series.delete(name);
    }

    @Override
    public HugoImport importHugo(Path folder) {
        HugoImporter.Summary r = new HugoImporter(library).importPath(folder, null);
        return new HugoImport(
                Issues.describe(r), r.issues().isEmpty() ? null : r.issues().getLast());
    }

    @Override
    public IssueItems.LinkAdded addLink(Issue issue, String url) {
        return items.addLink(issue, url);
    }

    @Override
    public Issue addArticle(Issue issue, long articleId) {
        return items.addArticle(issue, articleId);
    }

    @Override
    public void setLink(long articleId, String url) {
        articles.link(articleId, url);
    }

    @Override
    public List<Article> findArticles(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return library.articles(ArticleQuery.all(limit));
        }
        if (search != null && search.search(q, limit) instanceof SearchOutcome.Results r) {
            return library.articlesById(
                    r.hits().stream().map(SearchOutcome.Hit::articleId).toList());
        }
        String lower = q.toLowerCase(java.util.Locale.ROOT);
        return library.articles(ArticleQuery.all(Integer.MAX_VALUE)).stream()
                .filter(a -> a.title().toLowerCase(java.util.Locale.ROOT).contains(lower))
                .limit(limit)
                .toList();
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
    public List<IssueChecks.Warning> checks(Issue issue) {
        return new IssueChecks().warnings(issue, library.issues().issues(issue.series()));
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
        return issues.target(s, issue, null, null)
                .orElseThrow(() -> new ExportException("Where to? Choose the Hugo site folder in Settings first."))
                .toAbsolutePath()
                .normalize();
    }

    @Override
    public Path export(Issue issue, boolean force) {
        Series s = series(issue);
        return issues.export(s, issue, target(issue), force).path();
    }

    @Override
    public boolean changedOutside(Issue issue) {
        return plan(issue).changedOutside();
    }

    @Override
    public HugoExporter.Plan plan(Issue issue) {
        return issues.plan(series(issue), issue, target(issue));
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
        int n = issues.nextNumber(to.name());
        String title = issue.title().equals(from.title(issue.number())) ? to.title(n) : issue.title();
        Issue moved = new Issue(
                to.name(), n, title, issue.period(), issue.date(), issue.status(), issue.items(), issue.layout());
        library.issues().save(moved);
        library.issues().delete(issue.series(), issue.number());
        return moved;
    }
}
