package dev.gleaner.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.TestLibraries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {
    @Test
    void typingWithoutASearchIndexSaysSoInsteadOfShowingResults() {
        var vm = new SearchViewModel(SearchService.unavailable(), Background.sameThread(), TestLibraries.english());
        vm.query().set("레디스");
        assertTrue(vm.hits().isEmpty());
        assertEquals("Search is not available yet in this build.", vm.note().get());
        vm.query().set(" ");
        assertEquals("", vm.note().get());
    }

    /** A search service over a fixed list of titles, standing in for the index that is built elsewhere. */
    private static final class TitleSearch implements SearchService {
        final List<String> queries = new ArrayList<>();

        @Override
        public SearchOutcome search(String query, int limit) {
            queries.add(query + " " + limit);
            return new SearchOutcome.Results(
                    List.of(new SearchOutcome.Hit(7, "레디스 캐시", "blog", "«레디스» 캐시")), 12, query.contains("("));
        }

        @Override
        public SearchOutcome related(long articleId, int limit) {
            return new SearchOutcome.Results(List.of(), 0, false);
        }
    }

    @Test
    void resultsArriveAsTheUserTypesWithTheirCountAndPlainWordsNote() {
        TitleSearch service = new TitleSearch();
        var vm = new SearchViewModel(service, Background.sameThread(), TestLibraries.english());
        vm.query().set("레디스 ");
        assertEquals(
                List.of("레디스 20", "레디스 100"),
                service.queries,
                "the first hits fill the list at once, the fuller answer follows as no other key came");
        assertEquals(7, vm.hits().getFirst().articleId());
        assertEquals("12 results", vm.note().get());
        vm.query().set("레디스 (");
        assertEquals("12 results (read as plain words)", vm.note().get());
    }

    @Test
    void anOlderQueryFinishingLateDoesNotReplaceNewerResults() {
        List<Runnable> uiQueue = new ArrayList<>();
        var vm = new SearchViewModel(
                new TitleSearch(), new Background(Runnable::run, uiQueue::add), TestLibraries.english());
        vm.query().set("a");
        vm.query().set("");
        uiQueue.forEach(Runnable::run);
        assertTrue(vm.hits().isEmpty());
        assertEquals("", vm.note().get());
    }

    @Test
    void aKeyTypedWhileSearchingSkipsTheFullerAnswerAndTheQueriesInBetween() {
        TitleSearch service = new TitleSearch();
        List<Runnable> work = new ArrayList<>();
        var vm = new SearchViewModel(service, new Background(work::add, Runnable::run), TestLibraries.english());
        vm.query().set("레");
        vm.query().set("레디");
        vm.query().set("레디스");
        assertEquals(1, work.size(), "one search worker at a time");
        work.removeFirst().run();
        assertEquals(List.of("레디스 20", "레디스 100"), service.queries, "only the newest query ran");
        assertEquals("레디스", vm.shownQuery().get());
    }
}
