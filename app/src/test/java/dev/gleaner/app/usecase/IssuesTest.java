package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.exporter.hugo.HugoExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbering, the Hugo site and export of issues, one way for the command line and the composer. */
class IssuesTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-12T01:00:00Z"), ZoneOffset.UTC);

    private static Series withSite(Series s, String site) {
        return new Series(
                s.name(),
                s.titlePattern(),
                s.authors(),
                s.tags(),
                s.categories(),
                s.weekStart(),
                s.zone(),
                s.frontMatter(),
                s.filePattern(),
                site,
                s.contentDir(),
                s.periodHeading(),
                s.referencesHeading(),
                s.options(),
                s.pageBundle());
    }

    @Test
    void newIssuesFollowTheLastNumberAndATakenNumberIsRefused() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Series weekly = Series.defaults("Article Weekly");
            library.issues().putSeries(weekly);
            Issues issues = new Issues(library, clock);
            assertEquals(1, issues.nextNumber(weekly.name()));
            assertEquals(1, issues.start(weekly, null, null, null).number());
            assertEquals(25, issues.start(weekly, 25, null, null).number());
            var next = issues.start(weekly, null, null, null);
            assertEquals(26, next.number(), "the next after the last, not after the count");
            assertTrue(
                    next.period().end().isBefore(LocalDate.of(2026, 11, 12)), "the last full week: " + next.period());
            var e = assertThrows(GleanerException.class, () -> issues.start(weekly, 25, null, null));
            assertTrue(e.getMessage().startsWith("Issue 25 of 'Article Weekly' exists already"), e.getMessage());
            assertEquals(27, issues.nextNumber(weekly.name()));
        }
    }

    @Test
    void thePostGoesToTheSeriesSiteElseTheSettingsSiteAndBothFrontEndsAgree() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Series plain = Series.defaults("Article Weekly");
            library.issues().putSeries(plain);
            Issues issues = new Issues(library, clock);
            var issue = issues.start(plain, 3, null, null);

            assertEquals(Optional.empty(), issues.target(plain, issue, null, null), "no site known: the caller asks");
            Path chosen = dir.resolve("blog");
            library.putSetting(Issues.HUGO_SITE, chosen.toString());
            Path expected = HugoExporter.target(plain, issue, chosen);
            assertEquals(Optional.of(expected), issues.target(plain, issue, null, null), "the site chosen in Settings");

            Series own = withSite(plain, dir.resolve("own").toString());
            assertEquals(
                    Optional.of(HugoExporter.target(own, issue, dir.resolve("own"))),
                    issues.target(own, issue, null, null),
                    "the series' own site comes first");
            Path other = dir.resolve("other");
            assertEquals(Optional.of(HugoExporter.target(own, issue, other)), issues.target(own, issue, null, other));
            Path out = dir.resolve("post.md");
            assertEquals(Optional.of(out), issues.target(own, issue, out, other));

            var published = issues.publish(issue);
            assertEquals(IssueStatus.PUBLISHED, published.status());
            assertEquals(
                    IssueStatus.PUBLISHED,
                    library.issues().issue(plain.name(), 3).orElseThrow().status());
            var written = issues.export(plain, published, expected, false);
            assertTrue(Files.isRegularFile(written.path()), written.path().toString());
            assertEquals(Optional.of(written.path().toString()), issues.delete(published), "its post stays");
            assertTrue(Files.exists(written.path()));
            assertEquals(Optional.empty(), library.issues().issue(plain.name(), 3));
        }
    }
}
