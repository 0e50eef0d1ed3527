package dev.gleaner.app.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.search.SearchService;
import dev.gleaner.app.ui.ManualDelay;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderViewModelTest {
    @TempDir
    Path dir;

    Library library;
    ManualDelay delay = new ManualDelay();
    ReaderViewModel vm;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        TestLibraries.fill(library, 2);
        var messages = TestLibraries.english();
        vm = new ReaderViewModel(
                library,
                new dev.gleaner.app.usecase.Articles(library),
                SearchService.unavailable(),
                Background.sameThread(),
                delay,
                new StatusModel(Background.sameThread(), messages),
                messages);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Article article(int n) {
        return library.findByUrl("https://blog.example.com/posts/" + n).orElseThrow();
    }

    @Test
    void openingShowsHeaderBylineLinkAndBody() {
        vm.open(article(1));
        assertEquals("Article 1", vm.title().get());
        assertEquals("Example Blog · Kim · Jan 1, 2024", vm.byline().get());
        assertEquals("https://blog.example.com/posts/1", vm.url().get());
        assertEquals("# Heading 1\n\nBody of article 1.", vm.body().get().markdown());
        assertEquals(
                java.net.URI.create("https://blog.example.com/posts/1"),
                vm.body().get().base(),
                "relative links and images are read against the article's address");
    }

    @Test
    void notesAreSavedOnceAfterTheUserStopsTyping() {
        Article a = article(1);
        vm.open(a);
        delay.elapse(); // the related lookup
        vm.notes().set("- 첫");
        vm.notes().set("- 첫 요약");
        assertEquals(1, delay.pending());
        assertEquals("", library.article(a.id()).orElseThrow().notes());
        assertEquals("editing…", vm.notesState().get());
        delay.elapse();
        assertEquals("- 첫 요약", library.article(a.id()).orElseThrow().notes());
        assertEquals("saved", vm.notesState().get());
    }

    @Test
    void openingAnotherArticleSavesTheNotesNotYetSaved() {
        Article a = article(1);
        vm.open(a);
        vm.notes().set("unsaved thought");
        vm.open(article(2));
        assertEquals("unsaved thought", library.article(a.id()).orElseThrow().notes());
        assertEquals("", vm.notes().get());
        assertEquals(1, delay.pending(), "only the related lookup of the article now open waits; no save");
    }

    @Test
    void openingAnArticleDoesNotRewriteItsNotes() {
        Article a = article(1);
        library.setNotes(a.id(), "kept");
        long seq = library.changeSequence();
        vm.open(library.article(a.id()).orElseThrow());
        vm.open(null);
        assertEquals(seq, library.changeSequence());
        assertEquals("", vm.title().get());
    }

    @Test
    void relatedArticlesSayPlainlyThatSearchIsMissing() {
        vm.open(article(1));
        assertEquals("", vm.related().get(), "looked up only once the article stays open");
        delay.elapse();
        assertEquals(
                "Related articles appear once the search index is available in this build.",
                vm.related().get());
        assertEquals("# Heading 1\n\nBody of article 1.", vm.body().get().markdown());
    }

    @Test
    void relatedArticlesAreLookedUpOnlyForTheArticleTheReaderRestsOn() {
        java.util.List<Long> asked = new java.util.ArrayList<>();
        SearchService counting = new SearchService() {
            @Override
            public dev.gleaner.app.search.SearchOutcome search(String query, int limit) {
                return new dev.gleaner.app.search.SearchOutcome.Results(java.util.List.of(), 0, false);
            }

            @Override
            public dev.gleaner.app.search.SearchOutcome related(long articleId, int limit) {
                asked.add(articleId);
                return new dev.gleaner.app.search.SearchOutcome.Results(java.util.List.of(), 0, false);
            }
        };
        var messages = TestLibraries.english();
        var reader = new ReaderViewModel(
                library,
                new dev.gleaner.app.usecase.Articles(library),
                counting,
                Background.sameThread(),
                delay,
                new StatusModel(Background.sameThread(), messages),
                messages);
        reader.open(article(1));
        reader.open(article(2));
        assertEquals(java.util.List.of(), asked, "nothing is looked up while moving through the list");
        delay.elapse();
        assertEquals(java.util.List.of(article(2).id()), asked);
        assertEquals("No related articles.", reader.related().get());
    }

    @Test
    void relatedArticlesAreLinksThatOpenThem() {
        Article second = article(2);
        SearchService finding = new SearchService() {
            @Override
            public dev.gleaner.app.search.SearchOutcome search(String query, int limit) {
                return new dev.gleaner.app.search.SearchOutcome.Results(java.util.List.of(), 0, false);
            }

            @Override
            public dev.gleaner.app.search.SearchOutcome related(long articleId, int limit) {
                return new dev.gleaner.app.search.SearchOutcome.Results(
                        java.util.List.of(new dev.gleaner.app.search.SearchOutcome.Hit(
                                second.id(), second.title(), "Example Blog", "")),
                        1,
                        false);
            }
        };
        var messages = TestLibraries.english();
        ReaderViewModel reader = new ReaderViewModel(
                library,
                new dev.gleaner.app.usecase.Articles(library),
                finding,
                Background.sameThread(),
                delay,
                new StatusModel(Background.sameThread(), messages),
                messages);
        reader.open(article(1));
        delay.elapse();
        assertEquals(
                java.util.List.of("Article 2"),
                reader.relatedArticles().stream()
                        .map(dev.gleaner.app.search.SearchOutcome.Hit::title)
                        .toList());
        reader.openRelated(reader.relatedArticles().getFirst().articleId());
        assertEquals("Article 2", reader.title().get());
        assertEquals("# Heading 2\n\nBody of article 2.", reader.body().get().markdown());
    }
}
