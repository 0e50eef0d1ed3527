package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.ingest.IngestException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, changing, moving and removing items, one way for the command line and the composer. */
class IssueItemsTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-12T01:00:00Z"), ZoneOffset.UTC);

    private static IssueItems.Request link(String url, String heading, boolean fetch) {
        return new IssueItems.Request(url, heading, null, null, false, List.of(), fetch);
    }

    private Issue start(Library library) {
        Series s = Series.defaults("Weekly");
        library.issues().putSeries(s);
        return new Issues(library, clock).start(s, 3, null, null);
    }

    @Test
    void aLinkTheLibraryLacksIsClippedAndTakesThePagesTitle() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Function<String, SaveResult> clip =
                    url -> library.save(ArticleDraft.of(url, null, "레디스 분산 락", "본문", "본문"), null);
            IssueItems items = new IssueItems(library, clip);

            IssueItems.Added added = items.add(start(library), link("https://blog.example/redis", null, true));

            assertEquals("레디스 분산 락", added.item().heading());
            assertNull(added.fetchFailed());
            Issue stored = library.issues().issue("Weekly", 3).orElseThrow();
            assertEquals(List.of(added.item()), stored.items());
        }
    }

    @Test
    void aFailedFetchAddsTheLinkAloneAndSaysWhy() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            IssueItems items = new IssueItems(library, url -> {
                throw new IngestException("Cannot fetch " + url + ": 503 Service Unavailable");
            });

            IssueItems.Added added = items.add(start(library), link("https://blog.example/down", null, true));

            assertTrue(added.fetchFailed().contains("503"), added.fetchFailed());
            assertEquals("https://blog.example/down", added.item().heading());
            assertEquals(
                    1, library.issues().issue("Weekly", 3).orElseThrow().items().size());
            assertTrue(library.findByUrl("https://blog.example/down").isPresent(), "the link is kept");
        }
    }

    @Test
    void theComposersAddFieldKeepsALinkWhosePageCannotBeFetched() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            IssueItems items = new IssueItems(library, url -> {
                throw new IngestException("Cannot fetch " + url + ": connection refused");
            });

            IssueItems.LinkAdded added = items.addLink(start(library), " https://blog.example/offline ");

            assertTrue(added.fetchFailed().contains("connection refused"), added.fetchFailed());
            Issue stored = library.issues().issue("Weekly", 3).orElseThrow();
            assertEquals(added.issue(), stored);
            assertEquals(
                    "https://blog.example/offline", stored.items().getFirst().url());
            assertEquals(
                    "https://blog.example/offline", stored.items().getFirst().heading());
        }
    }

    @Test
    void aHeadingGivenWithoutFetchNeverAsksTheSite() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            IssueItems items = new IssueItems(library, url -> {
                throw new AssertionError("fetched " + url);
            });
            IssueItems.Added added = items.add(start(library), link("https://blog.example/a", "A post", false));
            assertEquals("A post", added.item().heading());
        }
    }

    @Test
    void anArticleIsAddedOnceByLinkOrByIdAndNothingIsStoredWhenRefused() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            IssueItems items = new IssueItems(library, null);
            Issue issue = items.add(start(library), link("https://blog.example/a", "A post", false))
                    .issue();
            long id = issue.items().getFirst().articleId();

            var byLink = assertThrows(
                    GleanerException.class, () -> items.add(issue, link("https://blog.example/a", null, true)));
            assertTrue(byLink.getMessage().contains("already in issue 3"), byLink.getMessage());
            var byId = assertThrows(GleanerException.class, () -> items.addArticle(issue, id));
            assertTrue(byId.getMessage().contains("already in issue 3"), byId.getMessage());
            var own = assertThrows(
                    GleanerException.class,
                    () -> items.add(
                            issue,
                            new IssueItems.Request(
                                    "https://blog.example/b",
                                    "B",
                                    null,
                                    null,
                                    false,
                                    List.of("https://blog.example/b"),
                                    false)));
            assertTrue(own.getMessage().contains("own link"), own.getMessage());
            assertEquals(
                    1, library.issues().issue("Weekly", 3).orElseThrow().items().size());
            assertTrue(library.findByUrl("https://blog.example/b").isEmpty(), "a refused add stores no article");
        }
    }

    @Test
    void theWritersNotesBecomeTheSummaryOfANewItem() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            long id = library.save(ArticleDraft.of("https://blog.example/n", null, "Noted", "", ""), null)
                    .id();
            library.setNotes(id, "- 읽어볼 만한 글\n");
            IssueItems items = new IssueItems(library, null);
            Issue issue = start(library);

            assertEquals(
                    "- 읽어볼 만한 글",
                    items.add(
                                    issue,
                                    new IssueItems.Request(Long.toString(id), null, null, null, false, List.of(), true))
                            .item()
                            .summary());
            items.remove(library.issues().issue("Weekly", 3).orElseThrow(), 0);
            assertEquals(
                    "- 읽어볼 만한 글", items.addArticle(issue, id).items().getFirst().summary());
        }
    }

    @Test
    void itemsMoveInsideTheListAndChangesAreStored() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            IssueItems items = new IssueItems(library, null);
            Issue issue = start(library);
            for (String u : List.of("a", "b", "c")) {
                issue = items.add(issue, link("https://blog.example/" + u, u.toUpperCase(), false))
                        .issue();
            }
            issue = items.move(issue, 0, 99);
            assertEquals(List.of("B", "C", "A"), headings(issue));
            issue = items.change(issue, 1, it -> it.withHeading("C, changed"));
            issue = items.remove(issue, 0);
            assertEquals(
                    List.of("C, changed", "A"),
                    headings(library.issues().issue("Weekly", 3).orElseThrow()));
            Issue last = issue;
            assertThrows(
                    GleanerException.class,
                    () -> items.change(last, 0, it -> it.withAlsoUrls(List.of(it.url()))),
                    "an item does not cite its own link");
        }
    }

    private static List<String> headings(Issue issue) {
        return issue.items().stream().map(IssueItem::heading).toList();
    }
}
