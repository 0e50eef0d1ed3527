package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's actions on articles, as the commands and the window take them, on a real library. */
class ArticlesTest {
    @TempDir
    Path dir;

    private static ArticleDraft draft(String url, String title, List<String> tags) {
        return new ArticleDraft(
                url,
                title,
                List.of("Kim"),
                OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9)),
                "ko",
                "Example Blog",
                tags,
                "# " + title + "\n\n레디스 분산 락을 정리했다.",
                "레디스 분산 락을 정리했다.",
                null,
                null,
                null);
    }

    @Test
    void aListWithOneMissingIdChangesNothing() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            long a = library.save(draft("https://blog.example.com/a", "레디스 락", List.of()), null)
                    .id();
            long b = library.save(draft("https://blog.example.com/b", "카프카", List.of()), null)
                    .id();
            Articles articles = new Articles(library);

            var e = assertThrows(
                    Articles.NoSuchArticle.class, () -> articles.set(List.of(a, b + 40), Articles.Flag.STARRED, true));
            assertEquals(b + 40, e.id());
            assertFalse(library.article(a).orElseThrow().starred(), "the id before the missing one was not starred");
            assertThrows(Articles.NoSuchArticle.class, () -> articles.delete(List.of(a, b + 40)));
            assertTrue(library.article(a).isPresent(), "nor deleted");

            var first = articles.set(List.of(a), Articles.Flag.STARRED, true);
            assertTrue(first.getFirst().changed());
            var twice = articles.set(List.of(a, b), Articles.Flag.STARRED, true);
            assertEquals(
                    List.of(false, true),
                    twice.stream().map(Articles.Flagged::changed).toList());
            assertTrue(library.article(b).orElseThrow().starred());

            articles.set(List.of(b), Articles.Flag.READ, true);
            assertTrue(library.article(b).orElseThrow().read());
            assertEquals(1, articles.delete(List.of(b, b)).size(), "an id given twice is deleted once");
            assertTrue(library.article(b).isEmpty());
        }
    }

    @Test
    void ownTagsComeAndGoButTheSourcesStay() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            long id = library.save(draft("https://blog.example.com/a", "레디스 락", List.of("redis")), null)
                    .id();
            Articles articles = new Articles(library);
            Articles.Tagged added = articles.addTags(id, List.of("분산", "락"));
            assertEquals(List.of("분산", "락"), added.changed());
            assertTrue(
                    added.now().containsAll(List.of("redis", "분산", "락")),
                    added.now().toString());

            var e = assertThrows(LibraryException.class, () -> articles.removeTags(id, List.of("분산", "REDIS")));
            assertTrue(e.getMessage().startsWith("The tag 'REDIS' came with article " + id), e.getMessage());
            assertTrue(library.article(id).orElseThrow().tags().contains("분산"), "a refused removal removes none");

            Articles.Tagged removed = articles.removeTags(id, List.of("분산"));
            assertEquals(List.of("분산"), removed.changed());
            assertFalse(removed.now().contains("분산"));
            assertTrue(removed.now().contains("redis"));
        }
    }

    @Test
    void aNoteGetsItsLinkAndItsNotes() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            long id = library.save(
                            ArticleDraft.of(null, dir.resolve("memo.md").toString(), "내 메모", "분산 락", "분산 락"), null)
                    .id();
            Articles articles = new Articles(library);
            Articles.Linked linked = articles.link(id, "https://notes.example.com/memo");
            assertEquals(null, linked.before().url());
            assertEquals("https://notes.example.com/memo", linked.url());
            articles.setNotes(id, "읽을 것: 분산 락");
            assertEquals("읽을 것: 분산 락", articles.require(id).notes());
            assertThrows(Articles.NoSuchArticle.class, () -> articles.link(id + 9, "https://x.example.com/"));
        }
    }
}
