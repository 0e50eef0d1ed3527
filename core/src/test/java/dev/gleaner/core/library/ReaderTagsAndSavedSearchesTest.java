package dev.gleaner.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.SavedSearch;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's own tags on articles and the searches saved under a name. */
class ReaderTagsAndSavedSearchesTest {
    @TempDir
    Path dir;

    private static ArticleDraft draft(String body) {
        return ArticleDraft.of("https://blog.example/redis", null, "Redis 분산 락", body, body)
                .withTags(List.of("redis", "분산락"));
    }

    private static ArticleQuery tagged(String tag) {
        return new ArticleQuery(null, false, false, tag, 0, 10);
    }

    @Test
    void addedTagsFollowTheArticlesOwnAndListByTagRegardlessOfCase() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long id = lib.save(draft("본문"), null).id();
            long before = lib.changeSequence();

            assertEquals(List.of("Later", "락"), lib.addUserTags(id, List.of(" Later ", "REDIS", "later", "락")));

            assertEquals(
                    List.of("redis", "분산락", "Later", "락"),
                    lib.article(id).orElseThrow().tags());
            assertEquals(List.of("Later", "락"), lib.userTags(id));
            assertTrue(lib.changeSequence() > before, "the index must take the article again");
            assertEquals(1, lib.count(tagged("later")));
            assertEquals(List.of(id), lib.ids(tagged("LATER")));
        }
    }

    @Test
    void theReadersTagsSurviveAnUpdateOfTheArticleAndCanBeRemoved() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long id = lib.save(draft("첫 본문"), null).id();
            lib.addUserTags(id, List.of("later"));
            lib.save(draft("고친 본문"), null);
            assertEquals(
                    List.of("redis", "분산락", "later"),
                    lib.article(id).orElseThrow().tags());

            assertEquals(List.of(), lib.removeUserTags(id, List.of("redis")), "the article's own tags stay");
            assertEquals(List.of("later"), lib.removeUserTags(id, List.of("LATER")));
            assertEquals(List.of("redis", "분산락"), lib.article(id).orElseThrow().tags());
            assertEquals(0, lib.count(tagged("later")));
        }
    }

    @Test
    void tagsOnAMissingArticleOrBlankTagsAreRefusedWithoutAChange() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long id = lib.save(draft("본문"), null).id();
            LibraryException missing =
                    assertThrows(LibraryException.class, () -> lib.addUserTags(42, List.of("later")));
            assertTrue(missing.getMessage().startsWith("There is no article 42"), missing.getMessage());
            assertThrows(LibraryException.class, () -> lib.addUserTags(id, List.of("ok", "  ")));
            assertThrows(LibraryException.class, () -> lib.addUserTags(id, List.of("two\nlines")));
            assertEquals(List.of(), lib.userTags(id), "nothing of a refused call is kept");
        }
    }

    @Test
    void savedSearchesAreKeptByNameRegardlessOfCaseAndReplacedWhenSavedAgain() {
        Path file = dir.resolve("library.db");
        try (Library lib = Library.open(file)) {
            long seq = lib.changeSequence();
            lib.saveSearch("Redis", "레디스 is:unread");
            SavedSearch kafka = lib.saveSearch("  카프카 ", "kafka consumer");
            assertEquals("카프카", kafka.name());
            lib.saveSearch("redis", "레디스 tag:redis");
            assertEquals(seq, lib.changeSequence(), "saved searches are not articles");
        }
        try (Library lib = Library.open(file)) {
            assertEquals(
                    List.of("Redis=레디스 tag:redis", "카프카=kafka consumer"),
                    lib.savedSearches().stream()
                            .map(s -> s.name() + "=" + s.query())
                            .toList());
            assertEquals("kafka consumer", lib.savedSearch("카프카").orElseThrow().query());
            assertTrue(lib.removeSavedSearch("REDIS"));
            assertFalse(lib.removeSavedSearch("redis"));
            assertEquals(1, lib.savedSearches().size());
            LibraryException blank = assertThrows(LibraryException.class, () -> lib.saveSearch("empty", " "));
            assertTrue(blank.getMessage().contains("'empty'"), blank.getMessage());
            assertThrows(LibraryException.class, () -> lib.saveSearch(" ", "redis"));
        }
    }
}
