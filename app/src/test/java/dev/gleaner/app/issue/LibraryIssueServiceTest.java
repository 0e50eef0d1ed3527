package dev.gleaner.app.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIssueServiceTest {
    @TempDir
    Path dir;

    @Test
    void addingAnArticleAppendsItWithTheNotesAsSummaryToTheNewestDraft() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 2);
            var service = IssueServices.over(library);
            long id = library.findByUrl("https://blog.example.com/posts/2")
                    .orElseThrow()
                    .id();
            Series series = Series.defaults("weekly");
            library.issues().putSeries(series);
            for (int n = 1; n <= 2; n++) {
                var period =
                        IssuePeriod.weekContaining(LocalDate.of(2026, 11, 2).plusWeeks(n), series.weekStart());
                library.issues()
                        .save(new Issue(
                                "weekly",
                                n,
                                series.title(n),
                                period,
                                OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC)
                                        .plusWeeks(n),
                                IssueStatus.DRAFT,
                                List.of(),
                                IssueLayout.defaults(series)));
            }
            library.setNotes(id, "- 요약 한 줄\n");
            var messages = TestLibraries.english();
            var vm = new IssueComposerViewModel(
                    service, Background.sameThread(), new StatusModel(Background.sameThread(), messages), messages);
            vm.add(library.article(id).orElseThrow());
            assertEquals(
                    List.of(2, 1),
                    vm.issues().stream().map(IssueService.IssueSummary::number).toList());
            assertEquals(List.of("Article 2"), vm.open().get().items());
            var item = library.issues().issue("weekly", 2).orElseThrow().items().getFirst();
            assertEquals("- 요약 한 줄", item.summary());
            assertEquals("https://blog.example.com/posts/2", item.url());
            assertThrows(GleanerException.class, () -> service.addToIssue(id));
        }
    }

    @Test
    void anArticleFromAnEarlierIssueComesWithTheSummaryItHadThere() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 1);
            var service = IssueServices.over(library);
            long id = library.findByUrl("https://blog.example.com/posts/1")
                    .orElseThrow()
                    .id();
            Series series = Series.defaults("weekly");
            library.issues().putSeries(series);
            var date = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
            library.issues()
                    .save(new Issue(
                            "weekly",
                            7,
                            series.title(7),
                            IssuePeriod.weekContaining(LocalDate.of(2026, 11, 1), series.weekStart()),
                            date,
                            IssueStatus.PUBLISHED,
                            List.of(new dev.gleaner.core.issue.IssueItem(
                                    null, "Article 1", "- 지난주에 쓴 요약", "https://blog.example.com/posts/1")),
                            IssueLayout.defaults(series)));
            library.issues()
                    .save(new Issue(
                            "weekly",
                            8,
                            series.title(8),
                            IssuePeriod.weekContaining(LocalDate.of(2026, 11, 8), series.weekStart()),
                            date.plusWeeks(1),
                            IssueStatus.DRAFT,
                            List.of(),
                            IssueLayout.defaults(series)));
            service.addToIssue(id);
            var item = library.issues().issue("weekly", 8).orElseThrow().items().getFirst();
            assertEquals("- 지난주에 쓴 요약", item.summary(), "found by its link though stored without an id");
        }
    }

    @Test
    void withoutADraftTheNextIssueOfADefaultSeriesStartsOverLastWeek() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 1);
            var clock = java.time.Clock.fixed(
                    java.time.Instant.parse("2026-11-25T10:00:00Z"), java.time.ZoneId.of("Asia/Seoul"));
            var service = IssueServices.over(library, clock);
            long id = library.findByUrl("https://blog.example.com/posts/1")
                    .orElseThrow()
                    .id();
            service.addToIssue(id);
            Issue issue = library.issues()
                    .issue(LibraryIssueService.DEFAULT_SERIES, 1)
                    .orElseThrow();
            assertEquals("Weekly, Issue 1", issue.title());
            assertEquals(IssueStatus.DRAFT, issue.status());
            assertEquals(1, issue.items().size());
            assertEquals(
                    6,
                    java.time.temporal.ChronoUnit.DAYS.between(
                            issue.period().start(), issue.period().end()));
            assertTrue(issue.period().end().isBefore(LocalDate.of(2026, 11, 25)));
        }
    }
}
