package dev.gleaner.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renumbering issues, renaming and deleting series, and giving a note its link, in a real library file. */
class IssueHousekeepingTest {
    @TempDir
    Path dir;

    private static Issue issue(Series s, int number, IssueItem... items) {
        return new Issue(
                s.name(),
                number,
                s.title(number),
                IssuePeriod.weekContaining(LocalDate.of(2026, 11, 2).plusWeeks(number), s.weekStart()),
                OffsetDateTime.parse("2026-11-23T09:00:00+09:00"),
                IssueStatus.DRAFT,
                List.of(items),
                IssueLayout.defaults(s));
    }

    @Test
    void renumberKeepsItemsAndExportRecordAndRefusesATakenNumber() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Series s = Series.defaults("Weekly");
            library.issues().putSeries(s);
            long a = library.save(ArticleDraft.of("https://example.com/a", null, "A", "", ""), null)
                    .id();
            library.issues().save(issue(s, 1, new IssueItem(a, "A", "", "https://example.com/a")));
            library.issues().save(issue(s, 2));
            library.issues().recordExport("Weekly", 1, new IssueStore.ExportRecord("/site/weekly-1.md", "ab"));

            library.issues().renumber("Weekly", 1, 25);

            assertTrue(library.issues().issue("Weekly", 1).isEmpty());
            assertEquals(
                    "A",
                    library.issues()
                            .issue("Weekly", 25)
                            .orElseThrow()
                            .items()
                            .getFirst()
                            .heading());
            assertEquals(
                    "ab",
                    library.issues().lastExport("Weekly", 25).orElseThrow().sha256());
            var taken = assertThrows(
                    IllegalArgumentException.class, () -> library.issues().renumber("Weekly", 25, 2));
            assertTrue(taken.getMessage().contains("Issue 2 of 'Weekly' exists already"), taken.getMessage());
            assertThrows(IllegalArgumentException.class, () -> library.issues().renumber("Weekly", 25, 0));
            assertEquals(
                    1,
                    library.issues().issue("Weekly", 25).orElseThrow().items().size(),
                    "nothing lost");
        }
    }

    @Test
    void renamingASeriesMovesItsIssuesAndItsDefaultTitlePattern() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.issues().putSeries(Series.defaults("Weekly"));
            library.issues().save(issue(Series.defaults("Weekly"), 1));
            library.issues().putSeries(Series.defaults("Monthly"));

            library.issues().renameSeries("Weekly", "Article Weekly");

            assertTrue(library.issues().series("Weekly").isEmpty());
            Series renamed = library.issues().series("Article Weekly").orElseThrow();
            assertEquals("Article Weekly, Issue 26", renamed.title(26));
            assertEquals("weekly-{number}.md", renamed.filePattern(), "posts keep going to the same files");
            assertEquals(1, library.issues().issues("Article Weekly").size());
            assertEquals(
                    "Weekly, Issue 1",
                    library.issues().issues("Article Weekly").getFirst().title(),
                    "an issue's own title stays");
            assertThrows(
                    IllegalArgumentException.class, () -> library.issues().renameSeries("Article Weekly", "Monthly"));
            assertThrows(IllegalArgumentException.class, () -> library.issues().renameSeries("Article Weekly", " "));
        }
    }

    @Test
    void deletingASeriesDeletesItsIssuesButNotTheirArticles() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Series s = Series.defaults("Weekly");
            library.issues().putSeries(s);
            long a = library.save(ArticleDraft.of("https://example.com/a", null, "A", "", ""), null)
                    .id();
            library.issues().save(issue(s, 1, new IssueItem(a, "A", "", "https://example.com/a")));
            library.issues().save(issue(s, 2));

            assertEquals(2, library.issues().deleteSeries("Weekly"));

            assertTrue(library.issues().allSeries().isEmpty());
            assertTrue(library.issues().issues("Weekly").isEmpty());
            assertFalse(library.issues().isInIssue(a));
            assertTrue(library.article(a).isPresent(), "the article stays");
            assertEquals(-1, library.issues().deleteSeries("Weekly"));
        }
    }

    @Test
    void aNoteGetsALinkThatReimportsKeepAndTwoArticlesCannotShareOne() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ArticleDraft note = ArticleDraft.of(null, "/notes/redis.md", "레디스 캐시 정리", "# 레디스", "레디스");
            long id = library.save(note, null).id();
            long other = library.save(ArticleDraft.of("https://example.com/b", null, "B", "", ""), null)
                    .id();

            library.setUrl(id, " https://Blog.Example.com/posts/redis-cache/ ");

            assertEquals(
                    "https://blog.example.com/posts/redis-cache",
                    library.article(id).orElseThrow().url());
            assertEquals(
                    id,
                    library.findByUrl("https://blog.example.com/posts/redis-cache")
                            .orElseThrow()
                            .id());
            library.save(note, null);
            assertEquals(
                    "https://blog.example.com/posts/redis-cache",
                    library.article(id).orElseThrow().url(),
                    "importing the unchanged file again keeps the link");
            var shared = assertThrows(LibraryException.class, () -> library.setUrl(id, "https://example.com/b"));
            assertTrue(shared.getMessage().contains("already the link of article " + other), shared.getMessage());
            var bad = assertThrows(LibraryException.class, () -> library.setUrl(id, "redis.md"));
            assertTrue(bad.getMessage().contains("not a web address"), bad.getMessage());
            assertEquals(
                    "https://blog.example.com/posts/redis-cache",
                    library.article(id).orElseThrow().url(),
                    "a refused link changes nothing");
        }
    }
}
