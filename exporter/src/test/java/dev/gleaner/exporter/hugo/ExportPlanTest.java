package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** The plan of an export says what the export itself then does: one rule for a hand-edited post. */
class ExportPlanTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-06-24T09:00:00+09:00");

    @TempDir
    Path dir;

    @Test
    void aPostEditedByHandIsSeenByThePlanAndRefusedByTheExport() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Series series = Series.defaults("Weekly");
            library.issues().putSeries(series);
            Issue issue = new Issue(
                    series.name(),
                    3,
                    series.title(3),
                    new IssuePeriod(LocalDate.parse("2024-06-16"), LocalDate.parse("2024-06-22")),
                    NOW,
                    IssueStatus.DRAFT,
                    List.of(new IssueItem(null, "Redis 분산 락", "- 락의 한계", "https://a.example/redis")),
                    IssueLayout.defaults(series));
            library.issues().save(issue);
            HugoExporter exporter = new HugoExporter(library.issues());
            Path target = dir.resolve("site/content/posts/weekly-3.md");

            HugoExporter.Plan fresh = exporter.plan(series, issue, target, NOW);
            assertNull(fresh.current());
            assertFalse(fresh.changedOutside());
            exporter.export(series, issue, target, false, NOW);
            assertEquals(fresh.rendered(), Files.readString(target));

            Issue edited = issue.withItems(List.of(new IssueItem(null, "Kafka", "- 리밸런싱", "https://b.example/")));
            HugoExporter.Plan ours = exporter.plan(series, edited, target, NOW);
            assertFalse(ours.changedOutside(), "the file is what Gleaner wrote last");
            assertEquals(fresh.rendered(), ours.current());

            Files.writeString(target, fresh.rendered() + "\n손으로 고친 줄\n");
            HugoExporter.Plan hand = exporter.plan(series, edited, target, NOW);
            assertTrue(hand.changedOutside());
            assertThrows(ExportException.class, () -> exporter.export(series, edited, target, false, NOW));
            assertTrue(exporter.plan(series, issue, target, NOW).changedOutside(), "whatever is exported next");

            exporter.export(series, edited, target, true, NOW);
            assertFalse(exporter.plan(series, edited, target, NOW).changedOutside());
        }
    }
}
