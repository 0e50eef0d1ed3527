package dev.gleaner.app.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueComposerViewModelTest {
    @TempDir
    Path dir;

    @Test
    void withoutTheIssueModelTheComposerSaysSoAndAddingExplainsWhy() {
        var messages = TestLibraries.english();
        var status = new StatusModel(Background.sameThread(), messages);
        var vm = new IssueComposerViewModel(IssueService.unavailable(), Background.sameThread(), status, messages);
        vm.load();
        assertFalse(vm.available().get());
        assertTrue(vm.issues().isEmpty());
        assertNull(vm.open().get());
        assertTrue(vm.note().get().startsWith("The issue composer is not available yet"));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 1);
            vm.add(library.articles(dev.gleaner.core.model.ArticleQuery.all(1)).getFirst());
        }
        assertEquals(vm.note().get(), status.error().get());
    }

    @Test
    void issuesThatCannotBeReadAreToldInTheStatusBar() throws Exception {
        var messages = TestLibraries.english();
        var status = new StatusModel(Background.sameThread(), messages);
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            var vm = new IssueComposerViewModel(IssueServices.over(library), Background.sameThread(), status, messages);
            // The series table goes missing behind the window's back, as in a damaged library file.
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                    var s = c.createStatement()) {
                s.execute("ALTER TABLE series RENAME TO series_away");
            }
            vm.load();
            assertTrue(
                    status.error().get().contains("no such table: series"),
                    status.error().get());
            assertTrue(vm.issues().isEmpty());
        }
    }

    @Test
    void theNewestIssueOpensAndAddingReloadsIt() {
        var messages = TestLibraries.english();
        var added = new java.util.ArrayList<Long>();
        IssueService service = new IssueService() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public List<IssueSummary> issues() {
                var start = java.time.LocalDate.of(2026, 11, 16);
                return List.of(new IssueSummary(
                        "주간 읽을거리",
                        12,
                        "12호",
                        start,
                        start.plusDays(6),
                        added.stream().map(id -> "article " + id).toList()));
            }

            @Override
            public void addToIssue(long articleId) {
                added.add(articleId);
            }
        };
        var vm = new IssueComposerViewModel(
                service, Background.sameThread(), new StatusModel(Background.sameThread(), messages), messages);
        vm.load();
        assertEquals(12, vm.open().get().number());
        assertEquals("", vm.note().get());
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.fill(library, 1);
            var article =
                    library.articles(dev.gleaner.core.model.ArticleQuery.all(1)).getFirst();
            vm.add(article);
            assertEquals(List.of("article " + article.id()), vm.open().get().items());
        }
    }

    @Test
    void showingASeriesListsOnlyItsIssuesNewestFirstAndOpensItsNewest() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestLibraries.issue(library, "Article Weekly", 1, 0);
            TestLibraries.issue(library, "Article Weekly", 2, 1);
            TestLibraries.issue(library, "Monthly Notes", 1, 2);
            TestLibraries.issue(library, "Article Weekly", 3, 3);
            TestLibraries.issue(library, "Monthly Notes", 2, 4);
            library.issues().putSeries(dev.gleaner.core.issue.Series.defaults("Empty Series"));
            var messages = TestLibraries.english();
            var vm = new IssueComposerViewModel(
                    IssueServices.over(library),
                    Background.sameThread(),
                    new StatusModel(Background.sameThread(), messages),
                    messages);
            int[] changes = {0};
            vm.onChange(() -> changes[0]++);
            vm.load();
            assertEquals(
                    "Monthly Notes 2",
                    vm.open().get().series() + " " + vm.open().get().number());
            assertEquals(5, vm.issues().size());

            vm.showSeries("Article Weekly");
            assertEquals(
                    List.of("Article Weekly 3", "Article Weekly 2", "Article Weekly 1"),
                    vm.issues().stream().map(i -> i.series() + " " + i.number()).toList());
            assertEquals(
                    "Article Weekly 3",
                    vm.open().get().series() + " " + vm.open().get().number());
            assertEquals("Article Weekly", vm.editing().get().series(), "the newest issue is open for editing");
            assertEquals("Article Weekly", vm.shownSeries().get());

            // Back to every series: all issues listed, the open issue stays open.
            vm.showSeries(null);
            assertEquals(5, vm.issues().size());
            assertEquals(
                    "Monthly Notes 2",
                    vm.issues().getFirst().series() + " "
                            + vm.issues().getFirst().number());
            assertEquals(
                    "Article Weekly 3",
                    vm.open().get().series() + " " + vm.open().get().number());

            vm.showSeries("Empty Series");
            assertTrue(vm.issues().isEmpty());
            assertNull(vm.open().get());
            assertEquals(
                    "No issues in Empty Series yet. An issue moves here with the Series picker in its header.",
                    vm.note().get());
            assertEquals(4, changes[0], "each reload tells the sidebar");
        }
    }
}
