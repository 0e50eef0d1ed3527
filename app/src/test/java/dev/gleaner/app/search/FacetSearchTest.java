package dev.gleaner.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.index.SearchIndex;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet chips and snippets from the real Lucene index. */
class FacetSearchTest {
    @TempDir
    Path dir;

    private static ArticleDraft draft(int n, String site, List<String> tags, String text) {
        return new ArticleDraft(
                "https://" + site + "/posts/" + n,
                "레디스 글 " + n,
                List.of(),
                OffsetDateTime.of(2026, n <= 2 ? 10 : 11, 3, 9, 0, 0, 0, ZoneOffset.UTC),
                "ko",
                site,
                tags,
                text,
                text,
                null,
                null,
                null);
    }

    @Test
    void tagsThatDifferOnlyInCaseAreCountedAsOneAsTheFilterMatchesThem() {
        try (Library library = Library.open(dir.resolve("library.db"));
                SearchIndex index = SearchIndex.open(dir.resolve("index"), dir.resolve("synonyms.txt"))) {
            library.save(draft(1, "a.example.com", List.of("Redis"), "레디스 캐시 만료 정책"), null);
            library.save(draft(2, "a.example.com", List.of("redis"), "레디스 복제와 장애 조치"), null);
            library.save(draft(3, "b.example.com", List.of("Redis", "cache"), "레디스 대신 쓸 수 있는 캐시"), null);
            library.save(draft(4, "b.example.com", List.of("kafka"), "카프카 컨슈머"), null);
            index.catchUp(library);
            var vm = new SearchViewModel(
                    new IndexSearchService(new dev.gleaner.app.usecase.Search(library, () -> index)),
                    Background.sameThread(),
                    TestLibraries.english());
            vm.loadTags();
            assertEquals(
                    List.of("Redis 3", "cache 1", "kafka 1"),
                    vm.tags().stream().map(t -> t.value() + " " + t.count()).toList(),
                    "one Redis, under the spelling most articles use");
            vm.showTag(vm.tags().getFirst());
            assertEquals(3, vm.hits().size(), "the count is what the tag's filter lists");
        }
    }

    @Test
    void chipsNarrowTheResultsAndTagsComeFromTheIndex() {
        try (Library library = Library.open(dir.resolve("library.db"));
                SearchIndex index = SearchIndex.open(dir.resolve("index"), dir.resolve("synonyms.txt"))) {
            library.save(draft(1, "a.example.com", List.of("redis", "cache"), "레디스 캐시 만료 정책"), null);
            library.save(draft(2, "a.example.com", List.of("redis"), "레디스 복제와 장애 조치"), null);
            library.save(draft(3, "b.example.com", List.of("cache"), "레디스 대신 쓸 수 있는 캐시"), null);
            index.catchUp(library);
            var vm = new SearchViewModel(
                    new IndexSearchService(new dev.gleaner.app.usecase.Search(library, () -> index)),
                    Background.sameThread(),
                    TestLibraries.english());
            vm.query().set("레디스");
            assertEquals(3, vm.hits().size());
            assertTrue(
                    vm.hits().getFirst().snippet().contains("«"),
                    vm.hits().getFirst().snippet());
            var tagChip = vm.chips().stream()
                    .filter(c -> c.facet().equals("tag") && c.value().equals("redis"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no tag chip: " + vm.chips()));
            assertEquals(2, tagChip.count());
            assertTrue(
                    vm.chips().stream()
                            .anyMatch(
                                    c -> c.facet().equals("month") && c.filter().startsWith("in:2026-1")),
                    vm.chips().toString());
            vm.apply(tagChip);
            assertEquals("레디스 tag:redis", vm.query().get());
            assertEquals(2, vm.hits().size());
            var siteChip =
                    vm.chips().stream().filter(c -> c.facet().equals("site")).toList();
            assertTrue(siteChip.isEmpty(), "both hits share the site, so it narrows nothing: " + siteChip);
            vm.loadTags();
            assertEquals(
                    List.of("cache 2", "redis 2"),
                    vm.tags().stream()
                            .map(t -> t.value() + " " + t.count())
                            .sorted()
                            .toList());
            vm.showTag(vm.tags().getFirst());
            assertEquals(2, vm.hits().size());
        }
    }

    @Test
    void aQueryMatchingMoreThanOneThousandArticlesListsHighlightedFirstHitsAndSaysOneThousandPlus() {
        try (Library library = Library.open(dir.resolve("library.db"));
                SearchIndex index = SearchIndex.open(dir.resolve("index"), dir.resolve("synonyms.txt"))) {
            for (int n = 1; n <= 1050; n++) {
                library.save(
                        draft(n, n % 2 == 0 ? "a.example.com" : "b.example.com", List.of("redis"), "레디스 캐시 만료 정책 " + n),
                        null);
            }
            index.catchUp(library);
            var vm = new SearchViewModel(
                    new IndexSearchService(new dev.gleaner.app.usecase.Search(library, () -> index)),
                    Background.sameThread(),
                    TestLibraries.english());
            vm.query().set("레디스");
            assertEquals("1,000+ results", vm.note().get());
            assertEquals(100, vm.hits().size());
            for (var hit : vm.hits().subList(0, 20)) {
                assertTrue(hit.snippet().contains("«레디스»"), hit.snippet());
            }
            assertEquals(
                    List.of("a.example.com 525", "b.example.com 525"),
                    vm.chips().stream()
                            .filter(c -> c.facet().equals("site"))
                            .map(c -> c.value() + " " + c.count())
                            .sorted()
                            .toList(),
                    "facet chips count every match, not only the first thousand");
            vm.query().set("레디스 site:a.example.com");
            assertEquals("525 results", vm.note().get(), "an exact count below the bound");
        }
    }
}
