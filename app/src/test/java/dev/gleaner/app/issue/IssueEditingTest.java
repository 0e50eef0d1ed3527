package dev.gleaner.app.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.library.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's editing on a real library and the real Hugo exporter. */
class IssueEditingTest {
    @TempDir
    Path dir;

    @Test
    void editsAreSavedPreviewedCheckedAndExportedWithADiffTheSecondTime() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 2);
            Path site = Files.createDirectories(dir.resolve("site"));
            library.putSetting(LibraryIssueService.HUGO_SITE, site.toString());
            var clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Asia/Seoul"));
            var service = IssueServices.over(library, clock);
            var messages = TestLibraries.english();
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new IssueComposerViewModel(service, Background.sameThread(), status, messages);
            long first = library.findByUrl("https://blog.example.com/posts/1")
                    .orElseThrow()
                    .id();
            long second = library.findByUrl("https://blog.example.com/posts/2")
                    .orElseThrow()
                    .id();
            library.setNotes(first, "- first summary");
            vm.add(library.article(first).orElseThrow());
            vm.add(library.article(second).orElseThrow());
            assertEquals(
                    List.of("Article 1", "Article 2"),
                    vm.items().stream().map(IssueItem::heading).toList());
            assertTrue(
                    vm.warnings().stream().anyMatch(w -> w.contains("Article 2")),
                    "the item without a summary is warned about: " + vm.warnings());
            vm.selected().set(1);
            vm.moveSelected(-1);
            assertEquals(0, vm.selected().get());
            assertEquals("Article 2", vm.itemHeading().get());
            vm.itemSummary().set("- second summary");
            vm.itemHeading().set("Second, renamed");
            vm.title().set("My week");
            vm.end().set(vm.start().get().minusDays(1));
            assertEquals(
                    "The period ends before it starts: pick an end on or after the start.",
                    status.error().get());
            vm.end().set(vm.start().get().plusDays(6));
            var stored = library.issues().issue("Weekly", 1).orElseThrow();
            assertEquals("My week", stored.title());
            assertEquals(
                    List.of("Second, renamed", "Article 1"),
                    stored.items().stream().map(IssueItem::heading).toList());
            assertEquals("- second summary", stored.items().getFirst().summary());
            assertTrue(
                    vm.preview().get().contains("title = \"My week\""),
                    vm.preview().get());
            assertTrue(
                    vm.preview().get().indexOf("Second, renamed")
                            < vm.preview().get().indexOf("Article 1"),
                    vm.preview().get());
            assertFalse(
                    vm.warnings().stream().anyMatch(w -> w.contains("Second, renamed")),
                    vm.warnings().toString());

            List<IssueComposerViewModel.ExportPlan> plans = new ArrayList<>();
            vm.prepareExport(plans::add);
            Path target = site.resolve("content/posts/weekly-1.md");
            assertEquals(new IssueComposerViewModel.ExportPlan(target, false, List.of()), plans.getFirst());
            vm.export();
            assertEquals("Wrote " + target, status.message().get(), "news that it worked, not an error");
            assertEquals("", status.error().get());
            assertEquals(vm.preview().get(), Files.readString(target, StandardCharsets.UTF_8));

            vm.title().set("My better week");
            vm.prepareExport(plans::add);
            var plan = plans.getLast();
            assertTrue(plan.exists());
            assertTrue(
                    plan.diff().contains("- title = \"My week\""), plan.diff().toString());
            assertTrue(
                    plan.diff().contains("+ title = \"My better week\""),
                    plan.diff().toString());
            vm.export();
            assertTrue(Files.readString(target).contains("My better week"));
            assertEquals(
                    LocalDate.of(2026, 11, 15),
                    library.issues().issue("Weekly", 1).orElseThrow().period().start());
        }
    }

    @Test
    void editingAnItemKeepsTheFurtherLinksItCitesAndShowsThem() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 1);
            var clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Asia/Seoul"));
            var messages = TestLibraries.english();
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new IssueComposerViewModel(
                    IssueServices.over(library, clock), Background.sameThread(), status, messages);
            vm.add(library.findByUrl("https://blog.example.com/posts/1").orElseThrow());
            var issue = library.issues().issue("Weekly", 1).orElseThrow();
            List<String> also = List.of("https://other.example/a", "https://other.example/b");
            library.issues()
                    .save(issue.withItems(List.of(issue.items().getFirst().withAlsoUrls(also))));
            vm.load();
            vm.selected().set(0);
            assertEquals(
                    "https://other.example/a\nhttps://other.example/b",
                    vm.itemAlsoUrls().get());

            vm.itemHeading().set("Renamed");
            vm.itemSummary().set("- a summary");
            var stored =
                    library.issues().issue("Weekly", 1).orElseThrow().items().getFirst();
            assertEquals("Renamed", stored.heading());
            assertEquals(also, stored.alsoUrls());
            assertTrue(
                    vm.preview()
                            .get()
                            .endsWith("- https://blog.example.com/posts/1\n"
                                    + "  - https://other.example/a\n"
                                    + "  - https://other.example/b\n"),
                    vm.preview().get());
        }
    }

    @Test
    void theWindowWarnsInItsOwnLanguage() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 1);
            var clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Asia/Seoul"));
            var service = IssueServices.over(library, clock);
            var korean = new dev.gleaner.app.fx.Messages(java.util.Locale.KOREAN);
            var vm = new IssueComposerViewModel(
                    service, Background.sameThread(), new StatusModel(Background.sameThread(), korean), korean);
            vm.add(library.findByUrl("https://blog.example.com/posts/1").orElseThrow());
            assertEquals(List.of("1번 항목(Article 1)에 요약이 없습니다."), List.copyOf(vm.warnings()));
        }
    }
}
