package dev.gleaner.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
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

    /** A service whose typing answer counts up to a bound and whose facets come apart, recording what the window saw. */
    private static final class BoundedSearch implements SearchService {
        final List<String> calls = new ArrayList<>();
        SearchViewModel vm;
        Runnable duringFacets = () -> {};

        @Override
        public SearchOutcome search(String query, int limit) {
            throw new AssertionError("the window searches with typing()");
        }

        @Override
        public SearchOutcome typing(String query, int limit, int highlighted) {
            calls.add("typing " + query + " " + limit);
            List<SearchOutcome.Hit> hits = new ArrayList<>();
            for (int i = 1; i <= limit; i++) {
                hits.add(new SearchOutcome.Hit(i, "레디스 " + i, "a.example.com", "«레디스» " + i));
            }
            return new SearchOutcome.Results(hits, 1000, false, java.util.Map.of(), true);
        }

        @Override
        public java.util.Map<String, java.util.Map<String, Integer>> facets(
                String query, java.util.function.BooleanSupplier cancelled) {
            calls.add("facets " + query + " (hits listed: " + vm.hits().size() + ", note: "
                    + vm.note().get() + ")");
            duringFacets.run();
            if (cancelled.getAsBoolean()) {
                calls.add("facets " + query + " cancelled");
                throw new java.util.concurrent.CancellationException();
            }
            var sites = new java.util.LinkedHashMap<String, Integer>();
            sites.put("a.example.com", 1500);
            sites.put("b.example.com", 700);
            return java.util.Map.of("site", sites);
        }

        @Override
        public SearchOutcome related(long articleId, int limit) {
            return new SearchOutcome.Results(List.of(), 0, false);
        }
    }

    @Test
    void aQueryWithMoreMatchesThanCountedSaysSoAndItsFacetChipsFollowTheListedHits() {
        BoundedSearch service = new BoundedSearch();
        var vm = new SearchViewModel(service, Background.sameThread(), TestLibraries.english());
        service.vm = vm;
        vm.query().set("레디스");
        assertEquals("1,000+ results", vm.note().get());
        assertEquals(
                List.of("typing 레디스 20", "facets 레디스 (hits listed: 20, note: 1,000+ results)", "typing 레디스 100"),
                service.calls,
                "the first hits are listed before the facets are counted, then the rest of the hits follow");
        assertEquals(100, vm.hits().size());
        assertEquals(
                List.of("a.example.com 1500", "b.example.com 700"),
                vm.chips().stream().map(c -> c.value() + " " + c.count()).toList(),
                "chips stay after the fuller answer, which has no facets");
    }

    @Test
    void aKeyTypedWhileFacetsAreCountedStopsThemAndTheFullerAnswer() {
        BoundedSearch service = new BoundedSearch();
        List<Runnable> work = new ArrayList<>();
        var vm = new SearchViewModel(service, new Background(work::add, Runnable::run), TestLibraries.english());
        service.vm = vm;
        service.duringFacets = () -> {
            service.duringFacets = () -> {};
            vm.query().set("레디스 캐시");
        };
        vm.query().set("레디스");
        work.removeFirst().run();
        assertEquals(
                List.of(
                        "typing 레디스 20",
                        "facets 레디스 (hits listed: 20, note: 1,000+ results)",
                        "facets 레디스 cancelled",
                        "typing 레디스 캐시 20",
                        "facets 레디스 캐시 (hits listed: 20, note: 1,000+ results)",
                        "typing 레디스 캐시 100"),
                service.calls);
        assertEquals("레디스 캐시", vm.shownQuery().get());
        assertTrue(work.isEmpty(), "the newer key ran on the same worker");
    }

    @Test
    void theKoreanNoteSaysAtLeast() {
        BoundedSearch service = new BoundedSearch();
        var vm = new SearchViewModel(
                service, Background.sameThread(), new dev.gleaner.app.fx.Messages(java.util.Locale.KOREAN));
        service.vm = vm;
        vm.query().set("레디스");
        assertEquals("결과 1,000건 이상", vm.note().get());
    }
}
