package dev.gleaner.app.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.StatusModel;
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
}
