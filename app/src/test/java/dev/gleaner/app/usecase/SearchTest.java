package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.index.SearchIndex;
import dev.gleaner.index.SortOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching and saved searches, as the commands and the window take them, on a real library and index. */
class SearchTest {
    @TempDir
    Path dir;

    private static long save(Library library, String url, String title, String body) {
        return library.save(ArticleDraft.of(url, null, title, body, body), null).id();
    }

    @Test
    void aSavedSearchIsCountedRunAndRemovedByItsNameInAnyCase() {
        try (Library library = Library.open(dir.resolve("library.db"));
                SearchIndex index = SearchIndex.open(dir.resolve("index"), dir.resolve("synonyms.txt"))) {
            long redis = save(library, "https://blog.example.com/redis", "Redis 분산 락", "레디스로 분산 락을 구현한다.");
            save(library, "https://blog.example.com/kafka", "카프카 컨슈머", "Kafka consumer group rebalancing.");
            Search search = new Search(library, () -> {
                index.catchUp(library);
                return index;
            });

            assertEquals("Redis notes", search.save("  Redis notes ", "레디스").name());
            search.save("Nothing", "zookeeper");
            assertEquals(
                    List.of("Nothing=0", "Redis notes=1"),
                    search.counted().stream()
                            .map(c -> c.search().name() + "=" + c.count())
                            .sorted()
                            .toList());

            Search.Ran ran = search.run("redis NOTES", 10, SortOrder.DATE);
            assertEquals("레디스", ran.search().query());
            assertEquals(
                    List.of(redis),
                    ran.result().hits().stream().map(h -> h.id()).toList());

            assertEquals("Redis notes", search.remove("REDIS notes").name());
            var gone = assertThrows(Search.NoSavedSearch.class, () -> search.run("Redis notes", 10, SortOrder.DATE));
            assertEquals(
                    "There is no saved search 'Redis notes': see the names with 'gleaner searches list'.",
                    gone.getMessage());
            assertEquals(
                    List.of("Nothing"),
                    search.saved().stream().map(s -> s.name()).toList());
        }
    }

    @Test
    void aBadNameSavesNothingAndRelatedNeedsAnArticle() {
        try (Library library = Library.open(dir.resolve("library.db"));
                SearchIndex index = SearchIndex.open(dir.resolve("index"), dir.resolve("synonyms.txt"))) {
            Search search = new Search(library, () -> index);
            var bad = assertThrows(GleanerException.class, () -> search.save("   ", "레디스"));
            assertTrue(bad.getMessage().startsWith("Cannot save the search: "), bad.getMessage());
            assertTrue(search.saved().isEmpty());

            var none = assertThrows(Search.NoArticle.class, () -> search.related(42, 5));
            assertEquals(42, none.id());
            assertEquals("There is no article 42: see the ids with 'gleaner list'.", none.getMessage());
        }
    }
}
