package dev.gleaner.app.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's header pickers (series, time zone) and "overwrite anyway", on a real library and exporter. */
class IssueHeaderTest {
    @TempDir
    Path dir;

    private static Series series(String name, ZoneId zone) {
        Series d = Series.defaults(name);
        return new Series(
                d.name(),
                d.titlePattern(),
                d.authors(),
                d.tags(),
                d.categories(),
                d.weekStart(),
                zone,
                d.frontMatter(),
                d.filePattern(),
                d.siteDir(),
                d.contentDir(),
                d.periodHeading(),
                d.referencesHeading(),
                d.options(),
                d.pageBundle());
    }

    @Test
    void theSeriesPickerMovesTheIssueAndTheZonePickerKeepsTheClockTime() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 1);
            library.issues().putSeries(series("A Weekly", ZoneId.of("Asia/Seoul")));
            library.issues().putSeries(series("B Monthly", ZoneId.of("Asia/Seoul")));
            var clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneId.of("Asia/Seoul"));
            var service = IssueServices.over(library, clock);
            var messages = TestLibraries.english();
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new IssueComposerViewModel(service, Background.sameThread(), status, messages);
            vm.add(library.articles(dev.gleaner.core.model.ArticleQuery.all(1)).getFirst());

            assertEquals("A Weekly", vm.series().get(), "the new issue starts in the first series");
            assertEquals(List.of("A Weekly", "B Monthly"), List.copyOf(vm.seriesNames()));
            assertEquals(ZoneId.of("Asia/Seoul"), vm.zone().get(), "the series' zone is the default");
            assertEquals(ZoneId.of("Asia/Seoul"), vm.zones().getFirst());
            assertTrue(vm.zones().contains(ZoneId.of("America/New_York")));
            assertEquals("2026-11-25 10:00", vm.publish().get());

            vm.zone().set(ZoneId.of("America/New_York"));
            assertEquals("2026-11-25 10:00", vm.publish().get(), "the clock time stays");
            OffsetDateTime stored =
                    library.issues().issue("A Weekly", 1).orElseThrow().date();
            assertEquals(OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.ofHours(-5)), stored);
            assertTrue(
                    vm.preview().get().contains("date = 2026-11-25T10:00:00-05:00"),
                    vm.preview().get());
            vm.publish().set("2026-11-26 08:30");
            assertEquals(
                    OffsetDateTime.of(2026, 11, 26, 8, 30, 0, 0, ZoneOffset.ofHours(-5)),
                    library.issues().issue("A Weekly", 1).orElseThrow().date(),
                    "a typed time is read in the chosen zone");

            vm.series().set("B Monthly");
            assertEquals("", status.error().get());
            assertTrue(library.issues().issue("A Weekly", 1).isEmpty(), "the issue left its old series");
            var moved = library.issues().issue("B Monthly", 1).orElseThrow();
            assertEquals("B Monthly, Issue 1", moved.title(), "the default title follows the series");
            assertEquals(
                    List.of("Article 1"),
                    moved.items().stream().map(i -> i.heading()).toList());
            assertEquals("B Monthly", vm.series().get());
            assertEquals("B Monthly, Issue 1", vm.title().get());
            assertEquals(ZoneId.of("America/New_York"), vm.zone().get(), "the chosen zone stays with the issue");
            assertTrue(
                    vm.preview().get().contains("series = [\"B Monthly\"]"),
                    vm.preview().get());
        }
    }

    @Test
    void aFileChangedOutsideGleanerIsOverwrittenOnlyWhenConfirmedWithItsDiff() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 1);
            Path site = Files.createDirectories(dir.resolve("site"));
            library.putSetting(LibraryIssueService.HUGO_SITE, site.toString());
            var clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Asia/Seoul"));
            var service = IssueServices.over(library, clock);
            var messages = TestLibraries.english();
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new IssueComposerViewModel(service, Background.sameThread(), status, messages);
            vm.add(library.articles(dev.gleaner.core.model.ArticleQuery.all(1)).getFirst());
            vm.export();
            Path target = site.resolve("content/posts/weekly-1.md").toAbsolutePath();
            String written = Files.readString(target, StandardCharsets.UTF_8);
            String edited = written.replace("## Article 1", "## Article 1 (edited by hand)");
            Files.writeString(target, edited, StandardCharsets.UTF_8);

            List<IssueComposerViewModel.ExportPlan> plans = new ArrayList<>();
            vm.prepareExport(plans::add);
            var plan = plans.getFirst();
            assertTrue(plan.changedOutside(), "the hand edit is noticed");
            assertEquals(target, plan.target());
            assertTrue(
                    plan.diff().contains("- ## Article 1 (edited by hand)"),
                    plan.diff().toString());
            assertTrue(plan.diff().contains("+ ## Article 1"), plan.diff().toString());

            vm.export(false);
            assertTrue(
                    status.error().get().contains("changed outside Gleaner"),
                    status.error().get());
            assertEquals(edited, Files.readString(target, StandardCharsets.UTF_8), "not overwritten unasked");

            vm.export(true);
            assertEquals(written, Files.readString(target, StandardCharsets.UTF_8), "overwritten anyway");
            assertEquals(edited, Files.readString(target.resolveSibling("weekly-1.md.bak"), StandardCharsets.UTF_8));
            plans.clear();
            vm.prepareExport(plans::add);
            assertFalse(plans.getFirst().changedOutside(), "after the overwrite the file is Gleaner's again");
        }
    }
}
