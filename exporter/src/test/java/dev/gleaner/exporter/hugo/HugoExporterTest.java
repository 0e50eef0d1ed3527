package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.exporter.ExportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports write atomically into the site and never clobber a hand-edited post. */
class HugoExporterTest {

    @TempDir
    Path dir;

    private static Issue issue(Series series, int number, String start, List<IssueItem> items) {
        LocalDate s = LocalDate.parse(start);
        return new Issue(
                series.name(),
                number,
                series.title(number),
                new IssuePeriod(s, s.plusDays(6)),
                OffsetDateTime.parse("2024-06-24T02:15:00+09:00"),
                IssueStatus.DRAFT,
                items,
                IssueLayout.defaults(series));
    }

    @Test
    void handEditedPostIsKeptUnlessForcedAndThenBackedUp() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Series series = Series.defaults("한글 Weekly");
            library.issues().putSeries(series);
            Issue issue =
                    issue(series, 3, "2024-06-16", List.of(new IssueItem(null, "A", "- x", "https://a.example/")));
            library.issues().save(issue);
            HugoExporter exporter = new HugoExporter(library.issues());
            Path target = HugoExporter.target(series, issue, dir.resolve("site"));
            assertEquals(dir.resolve("site/content/posts/한글-weekly-3.md"), target);

            HugoExporter.Result first = exporter.export(series, issue, target, false, OffsetDateTime.now());
            assertEquals(HugoExporter.Outcome.WRITTEN, first.outcome());
            String written = Files.readString(target);

            // Gleaner's own file may be replaced by a new version.
            Issue edited = issue.withItems(List.of(new IssueItem(null, "B", "- y", "https://b.example/")));
            library.issues().save(edited);
            assertEquals(
                    HugoExporter.Outcome.WRITTEN,
                    exporter.export(series, edited, target, false, OffsetDateTime.now())
                            .outcome());
            assertEquals(written, Files.readString(target.resolveSibling(target.getFileName() + ".bak")));

            // A hand edit is not overwritten without force.
            Files.writeString(target, Files.readString(target) + "\nmy own note\n");
            String hand = Files.readString(target);
            ExportException e = assertThrows(
                    ExportException.class, () -> exporter.export(series, issue, target, false, OffsetDateTime.now()));
            assertTrue(e.getMessage().contains("--force"), e.getMessage());
            assertEquals(hand, Files.readString(target));

            exporter.export(series, issue, target, true, OffsetDateTime.now());
            assertEquals(written, Files.readString(target));
            assertEquals(hand, Files.readString(target.resolveSibling(target.getFileName() + ".bak")));
            try (var files = Files.list(target.getParent())) {
                assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")), "no temp file left behind");
            }
        }
    }

    @Test
    void fileNamesCannotEscapeTheSiteOrBreakOnWindows() {
        assertEquals("etc-passwd.md", SafeFileNames.safe("../../etc/passwd"));
        assertEquals("a-b-c-d.md", SafeFileNames.safe("a:b*c?d.md"));
        assertEquals("_con.md", SafeFileNames.safe("con"));
        assertEquals("주간-25.md", SafeFileNames.safe("주간 25.md"));
        Series bad = new Series(
                "S",
                "S {number}",
                List.of(),
                List.of(),
                List.of(),
                java.time.DayOfWeek.MONDAY,
                java.time.ZoneOffset.UTC,
                dev.gleaner.core.issue.FrontMatterFormat.TOML,
                "../{number}.md",
                null,
                "../../outside",
                null,
                null,
                null,
                false);
        Issue i = issue(bad, 1, "2024-06-17", List.of());
        assertThrows(ExportException.class, () -> HugoExporter.target(bad, i, dir));
    }

    @Test
    void pageBundleWritesIndexInAFolderNamedForTheIssue() {
        Series s = Series.defaults("Article Weekly");
        Series bundle = new Series(
                s.name(),
                s.titlePattern(),
                s.authors(),
                s.tags(),
                s.categories(),
                s.weekStart(),
                s.zone(),
                s.frontMatter(),
                s.filePattern(),
                null,
                "posts",
                null,
                null,
                null,
                true);
        Path t = HugoExporter.target(bundle, issue(bundle, 25, "2024-06-16", List.of()), dir);
        assertEquals(dir.resolve("content/posts/article-weekly-25/index.md"), t);
    }

    @Test
    void checksWarnAboutMissingSummaryReusedLinkAndPeriodGap() {
        Series s = Series.defaults("W");
        Issue one =
                issue(s, 1, "2024-06-02", List.of(new IssueItem(null, "A", "- a", "https://a.example/x?utm_source=t")));
        Issue two = issue(
                s,
                2,
                "2024-06-16",
                List.of(
                        new IssueItem(null, "A again", "", "http://a.example/x/"),
                        new IssueItem(null, "B", "- b", "https://b.example/")));
        List<String> w = new IssueChecks().check(two, List.of(one, two));
        assertTrue(w.stream().anyMatch(x -> x.contains("no summary")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.contains("already in issue 1")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.contains("gap")), w.toString());
        Issue overlap = issue(s, 2, "2024-06-05", List.of(new IssueItem(null, "B", "- b", "https://b.example/")));
        assertTrue(new IssueChecks().check(overlap, List.of(one)).stream().anyMatch(x -> x.contains("overlaps")));
        assertEquals(
                List.of(),
                new IssueChecks()
                        .check(
                                issue(
                                        s,
                                        2,
                                        "2024-06-09",
                                        List.of(new IssueItem(null, "B", "- b", "https://b.example/"))),
                                List.of(one)));
    }
}
