package dev.gleaner.app.usecase;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.exporter.hugo.HugoExporter;
import dev.gleaner.exporter.hugo.HugoImporter;
import dev.gleaner.exporter.hugo.HugoRenderer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Weekly issues: start the next one, say where its post goes, export it, delete it. {@code gleaner
 * issue new|export|delete|import-hugo} and the issue composer act through this class, so that both
 * number a new issue, find the Hugo site and write the post the same way.
 */
public final class Issues {
    /** The setting holding the Hugo site folder used when a series has none. */
    public static final String HUGO_SITE = "hugo.site";

    private final Library library;
    private final Clock clock;

    /** Creates the use case on {@code library}; {@code clock} dates new issues and exports. */
    public Issues(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    /** {@return the number after the last of {@code existing} (sorted by number), 1 for none} */
    public static int nextNumber(List<Issue> existing) {
        return existing.isEmpty() ? 1 : existing.getLast().number() + 1;
    }

    /** {@return the number the next issue of {@code series} gets} */
    public int nextNumber(String series) {
        return nextNumber(library.issues().issues(series));
    }

    /**
     * Starts an issue of {@code s} and stores it: number {@code number} (null: the next after the
     * last), over {@code period} (null: the last full week), published at {@code date} (null: now);
     * it keeps the file conventions of the series' latest issue. {@return the new issue}
     *
     * @throws GleanerException when the number is taken or not positive
     */
    public Issue start(Series s, Integer number, IssuePeriod period, OffsetDateTime date) {
        IssueStore store = library.issues();
        List<Issue> existing = store.issues(s.name());
        int n = number != null ? number : nextNumber(existing);
        if (n < 1) {
            throw new GleanerException("An issue number is 1 or more, not " + n + ".");
        }
        if (store.issue(s.name(), n).isPresent()) {
            throw new GleanerException(
                    "Issue " + n + " of '" + s.name() + "' exists already: see 'gleaner issue show " + n + "'.");
        }
        IssuePeriod p = period != null
                ? period
                : IssuePeriod.lastFullWeek(LocalDate.now(clock.withZone(s.zone())), s.weekStart());
        OffsetDateTime when = date != null
                ? date
                : OffsetDateTime.now(clock.withZone(s.zone())).truncatedTo(ChronoUnit.MINUTES);
        // A new issue keeps the file conventions of the latest one (line ends, byte order mark, fences).
        IssueLayout layout = existing.isEmpty()
                ? IssueLayout.defaults(s)
                : existing.getLast().layout().conventionsFor(s);
        Issue issue = new Issue(s.name(), n, s.title(n), p, when, IssueStatus.DRAFT, List.of(), layout);
        store.save(issue);
        return issue;
    }

    /** {@return {@code issue} with another title, period and publish time; not stored} */
    public static Issue withHeader(Issue issue, String title, IssuePeriod period, OffsetDateTime date) {
        return new Issue(
                issue.series(), issue.number(), title, period, date, issue.status(), issue.items(), issue.layout());
    }

    /** Gives {@code issue} another title, period and publish time and stores it; {@return the issue as stored} */
    public Issue setHeader(Issue issue, String title, IssuePeriod period, OffsetDateTime date) {
        Issue changed = withHeader(issue, title, period, date);
        library.issues().save(changed);
        return changed;
    }

    /**
     * Like {@link #setHeader(Issue, String, IssuePeriod, OffsetDateTime)}, keeping the date as the
     * writer typed it ({@code dateText}, when given) where Hugo reads it as the same instant.
     */
    public Issue setHeader(
            Series s, Issue issue, String title, IssuePeriod period, OffsetDateTime date, String dateText) {
        Issue changed = withHeader(issue, title, period, date);
        if (dateText != null) {
            changed = HugoRenderer.withDateAsWritten(s, changed, dateText);
        }
        library.issues().save(changed);
        return changed;
    }

    /** {@return the Hugo site of {@code s}: the series' own, else the one chosen in Settings} */
    public Optional<Path> site(Series s) {
        if (s.siteDir() != null) {
            return Optional.of(Path.of(s.siteDir()));
        }
        return library.setting(HUGO_SITE).filter(v -> !v.isBlank()).map(Path::of);
    }

    /**
     * {@return the file the post of {@code issue} is written to}: {@code out} when given, else its
     * place in the site {@code site} when given, else in the series' site; empty when no site is
     * known, for the caller to ask for one in its own words
     */
    public Optional<Path> target(Series s, Issue issue, Path out, Path site) {
        if (out != null) {
            return Optional.of(out);
        }
        return (site != null ? Optional.of(site) : site(s)).map(dir -> HugoExporter.target(s, issue, dir));
    }

    /**
     * Gives {@code issue} the number {@code number}, keeping its items and the record of its last
     * export; a title that was the series' title of the old number follows. {@return the renumbered
     * issue, as stored}
     *
     * @throws GleanerException when the number is taken or not positive, or the issue is gone
     */
    public Issue renumber(Issue issue, int number) {
        if (number == issue.number()) {
            return issue;
        }
        IssueStore store = library.issues();
        Series s = store.series(issue.series())
                .orElseThrow(() -> new GleanerException("The series '" + issue.series() + "' is gone."));
        try {
            store.renumber(issue.series(), issue.number(), number);
        } catch (IllegalArgumentException e) {
            throw new GleanerException(e.getMessage() + " Choose another number.", e);
        }
        Issue moved = store.issue(issue.series(), number)
                .orElseThrow(
                        () -> new GleanerException("The issue " + number + " of '" + issue.series() + "' is gone."));
        if (issue.title().equals(s.title(issue.number()))) {
            moved = new Issue(
                    moved.series(),
                    number,
                    s.title(number),
                    moved.period(),
                    moved.date(),
                    moved.status(),
                    moved.items(),
                    moved.layout());
            store.save(moved);
        }
        return moved;
    }

    /** {@return {@code issue} marked published and stored, when it was not yet} */
    public Issue publish(Issue issue) {
        if (issue.status() == IssueStatus.PUBLISHED) {
            return issue;
        }
        Issue published = issue.withStatus(IssueStatus.PUBLISHED);
        library.issues().save(published);
        return published;
    }

    /**
     * Writes the post of {@code issue} to {@code file}, dated now; a post changed outside Gleaner is
     * refused unless {@code force} (then a .bak copy is kept). {@return what was written}
     */
    public HugoExporter.Result export(Series s, Issue issue, Path file, boolean force) {
        return new HugoExporter(library.issues()).export(s, issue, file, force, now(s));
    }

    /**
     * {@return what writing the post of {@code issue} to {@code file} now would do}: the text it
     * writes, the text there, and whether that was edited outside Gleaner since its last export
     */
    public HugoExporter.Plan plan(Series s, Issue issue, Path file) {
        return new HugoExporter(library.issues()).plan(s, issue, file, now(s));
    }

    private OffsetDateTime now(Series s) {
        return OffsetDateTime.now(clock.withZone(s.zone())).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Deletes an issue (its articles stay); {@return where its post was last written, which stays} */
    public Optional<String> delete(Issue issue) {
        Optional<String> post =
                library.issues().lastExport(issue.series(), issue.number()).map(IssueStore.ExportRecord::path);
        library.issues().delete(issue.series(), issue.number());
        return post;
    }

    /** {@return the sentence saying what a Hugo import read, as the command and the window say it} */
    public static String describe(HugoImporter.Summary r) {
        return "Imported " + r.issues().size() + " issues of " + r.series().name() + " (" + r.lossless()
                + " export back unchanged); next issue: " + nextNumber(r.issues());
    }
}
