package dev.gleaner.core.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series and issues are kept in the library file and follow its articles. */
class IssueStoreTest {

    @TempDir
    Path dir;

    @Test
    void weekContainingStartsOnTheSeriesWeekDay() {
        LocalDate monday = LocalDate.parse("2024-06-24");
        assertEquals(
                new IssuePeriod(LocalDate.parse("2024-06-23"), LocalDate.parse("2024-06-29")),
                IssuePeriod.weekContaining(monday, DayOfWeek.SUNDAY));
        assertEquals(
                new IssuePeriod(LocalDate.parse("2024-06-24"), LocalDate.parse("2024-06-30")),
                IssuePeriod.weekContaining(monday, DayOfWeek.MONDAY));
        assertEquals(
                new IssuePeriod(LocalDate.parse("2024-06-16"), LocalDate.parse("2024-06-22")),
                IssuePeriod.lastFullWeek(monday, DayOfWeek.SUNDAY));
        assertThrows(IllegalArgumentException.class, () -> IssuePeriod.parse("2024-06-22~2024-06-16"));
    }

    @Test
    void issuesSurviveReopeningAndDeletedArticlesLeaveTheirItems() {
        Path file = dir.resolve("library.db");
        long articleId;
        try (Library library = Library.open(file)) {
            articleId = library.save(ArticleDraft.of("https://example.com/a", null, "A", "", ""), null)
                    .id();
            Series s = new Series(
                    "Article Weekly",
                    "Article Weekly, Issue {number}",
                    List.of("Ji-Hoon Kim"),
                    List.of("Article", "Weekly"),
                    List.of("Article"),
                    DayOfWeek.SUNDAY,
                    ZoneId.of("Asia/Seoul"),
                    FrontMatterFormat.YAML,
                    "aw-{number}.md",
                    "/site",
                    "posts",
                    "Period",
                    "Reference",
                    new Series.Options(true, false, true, false),
                    true);
            library.issues().putSeries(s);
            IssueLayout layout = new IssueLayout(
                    FrontMatterFormat.TOML,
                    "+++ ",
                    "+++",
                    List.of("date", "x"),
                    Map.of("x", "x = 'line\\nwith = and \\\\'"),
                    "\n",
                    "Period",
                    "`a` ~ `b`\n\n",
                    "**{heading}**",
                    "개요",
                    true,
                    "Reference",
                    true,
                    null,
                    "\n");
            long before = library.changeSequence();
            library.issues()
                    .save(new Issue(
                            s.name(),
                            1,
                            s.title(1),
                            new IssuePeriod(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-06")),
                            OffsetDateTime.parse("2024-01-10T23:00:00+09:00"),
                            IssueStatus.DRAFT,
                            List.of(new IssueItem(articleId, "A", "- a\n- b", "https://example.com/a")),
                            layout));
            assertTrue(
                    library.article(articleId).orElseThrow().changeSeq() > before,
                    "membership is a change for the index");
            assertTrue(library.issues().isInIssue(articleId));
        }
        try (Library library = Library.open(file)) {
            Series s = library.issues().series("Article Weekly").orElseThrow();
            assertEquals(List.of("Ji-Hoon Kim"), s.authors());
            assertEquals(FrontMatterFormat.YAML, s.frontMatter());
            assertTrue(s.pageBundle()
                    && s.options().draft()
                    && s.options().lastmod()
                    && !s.options().slug());
            Issue issue = library.issues().issue("Article Weekly", 1).orElseThrow();
            assertEquals("+++ ", issue.layout().frontMatterOpen());
            assertEquals(
                    "x = 'line\\nwith = and \\\\'", issue.layout().rawFields().get("x"));
            assertEquals("개요", issue.layout().sectionTitle());
            assertTrue(issue.layout().grouped());
            assertEquals("- a\n- b", issue.items().getFirst().summary());

            library.delete(articleId);
            Issue after = library.issues().issue("Article Weekly", 1).orElseThrow();
            assertNull(after.items().getFirst().articleId());
            assertEquals("https://example.com/a", after.items().getFirst().url());
            assertTrue(library.issues().delete("Article Weekly", 1));
            assertFalse(library.issues().issue("Article Weekly", 1).isPresent());
        }
    }

    @Test
    void furtherLinksOfAnItemKeepTheirOrderAndOlderItemRowsReadWithNone() throws Exception {
        Path file = dir.resolve("library.db");
        Series s = Series.defaults("Article Weekly");
        IssueItem cites = new IssueItem(
                null,
                "B-trees and database indexes",
                "- B-tree",
                "https://example.com/btrees",
                List.of("https://example.com/uuid-keys", "https://example.com/b"));
        try (Library library = Library.open(file)) {
            library.issues().putSeries(s);
            library.issues()
                    .save(new Issue(
                            s.name(),
                            37,
                            s.title(37),
                            new IssuePeriod(LocalDate.parse("2024-09-08"), LocalDate.parse("2024-09-14")),
                            OffsetDateTime.parse("2024-09-16T23:00:00+09:00"),
                            IssueStatus.DRAFT,
                            List.of(new IssueItem(null, "A", "", "https://example.com/a"), cites),
                            IssueLayout.defaults(s)));
        }
        try (Library library = Library.open(file)) {
            List<IssueItem> items =
                    library.issues().issue(s.name(), 37).orElseThrow().items();
            assertEquals(List.of(), items.getFirst().alsoUrls());
            assertEquals(cites, items.get(1));
        }
        // An item row as a Gleaner from before further links wrote it: it names no column for them.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO issue_items(issue_id, position, heading, summary, url)"
                    + " SELECT id, 3, 'C', '', 'https://example.com/c' FROM issues WHERE number = 37");
        }
        try (Library library = Library.open(file)) {
            Issue issue = library.issues().issue(s.name(), 37).orElseThrow();
            assertEquals(List.of(), issue.items().get(2).alsoUrls());
            assertEquals(cites, issue.items().get(1));
        }
    }

    @Test
    void aFurtherLinkIsOneWordWithoutSpaces() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new IssueItem(null, "A", "", "https://example.com/a", List.of("https://example.com/b c")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IssueItem(null, "A", "", "https://example.com/a", List.of("")));
        IssueItem item = new IssueItem(null, "A", "", "https://example.com/a", List.of("https://example.com/b"));
        assertEquals(
                List.of("https://example.com/b"),
                item.withHeading("B")
                        .withSummary("s")
                        .withUrl("https://example.com/c")
                        .withArticleId(3L)
                        .alsoUrls());
    }
}
