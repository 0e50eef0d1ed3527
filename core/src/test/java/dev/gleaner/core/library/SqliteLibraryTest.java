package dev.gleaner.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.Changes;
import dev.gleaner.core.model.SaveResult.Outcome;
import dev.gleaner.core.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {
    @TempDir
    Path dir;

    private static ArticleDraft draft(String url, String title, String body) {
        return ArticleDraft.of(url, null, title, body, body);
    }

    @Test
    void aFolderOfFeedsListsItsArticlesOnceNewestFirst() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long feedA = lib.addSource(SourceKind.FEED, "https://a.example/rss", "A", null)
                    .id();
            long feedB = lib.addSource(SourceKind.FEED, "https://b.example/rss", "B", null)
                    .id();
            long other = lib.addSource(SourceKind.FEED, "https://c.example/rss", "C", null)
                    .id();
            long oldA =
                    lib.save(dated("https://a.example/1", "2026-01-01"), feedA).id();
            long shared = lib.save(dated("https://x.example/both", "2026-03-01"), feedA)
                    .id();
            lib.save(dated("https://x.example/both", "2026-03-01"), feedB);
            long midB =
                    lib.save(dated("https://b.example/2", "2026-02-01"), feedB).id();
            lib.save(dated("https://c.example/3", "2026-04-01"), other);

            assertEquals(
                    List.of(shared, midB, oldA),
                    lib.ids(List.of(
                            ArticleQuery.all(10).fromSource(feedA),
                            ArticleQuery.all(10).fromSource(feedB))));
        }
    }

    private static ArticleDraft dated(String url, String day) {
        return draft(url, "글 " + day, "본문 " + day)
                .withPublished(java.time.OffsetDateTime.parse(day + "T09:00:00+09:00"));
    }

    @Test
    void theSameArticleFromTwoFeedsIsOneArticleWithTwoSources() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long feedA = lib.addSource(SourceKind.FEED, "https://a.example/rss", "A", null)
                    .id();
            long feedB = lib.addSource(SourceKind.FEED, "https://b.example/rss", "B", null)
                    .id();
            var first = lib.save(draft("https://blog.example/redis-lock?utm_source=a", "Redis 분산 락", "본문"), feedA);
            var second = lib.save(draft("http://www.blog.example/redis-lock/", "Redis 분산 락", "본문"), feedB);
            assertEquals(Outcome.ADDED, first.outcome());
            assertEquals(Outcome.UNCHANGED, second.outcome());
            assertEquals(first.id(), second.id());
            assertEquals(1, lib.count(ArticleQuery.all(10)));
            assertEquals(
                    List.of("A", "B"),
                    lib.sourcesOf(first.id()).stream().map(s -> s.title()).toList());
            assertEquals(1, lib.articles(ArticleQuery.all(10).fromSource(feedB)).size());
        }
    }

    @Test
    void manyArticlesSavedTogetherAreSavedAsOneByOneInOneCommit() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long folder =
                    lib.addSource(SourceKind.FOLDER, "/notes", "notes", null).id();
            long kept = lib.save(draft("https://blog.example/kept", "남은 글", "본문"), folder)
                    .id();
            List<Long> told = new java.util.ArrayList<>();
            lib.addChangeListener(told::add);
            long before = lib.changesSince(0, 1000).upTo();

            var saved = lib.saveAll(
                    List.of(
                            draft("https://blog.example/a", "글 A", "본문 A"),
                            draft("https://blog.example/kept", "남은 글", "본문"),
                            draft("https://blog.example/b", "글 B", "본문 B"),
                            draft("https://blog.example/a", "글 A 고침", "본문 A 고침")),
                    folder);

            assertEquals(
                    List.of(Outcome.ADDED, Outcome.UNCHANGED, Outcome.ADDED, Outcome.UPDATED),
                    saved.stream().map(r -> r.outcome()).toList());
            assertEquals(kept, saved.get(1).id());
            assertEquals(saved.get(0).id(), saved.get(3).id());
            assertEquals("글 A 고침", lib.article(saved.get(0).id()).orElseThrow().title());
            assertEquals(
                    3, lib.articles(ArticleQuery.all(10).fromSource(folder)).size());
            assertEquals(1, told.size(), "one commit for the whole batch: " + told);
            assertEquals(before + 3, told.getFirst(), "each stored change advanced the sequence");
        }
    }

    @Test
    void articlesSavedTogetherAreAllStoredOrNone() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            List<ArticleDraft> drafts = List.of(
                    draft("https://blog.example/a", "글 A", "본문 A"), draft("https://blog.example/b", "글 B", "본문 B"));
            long noSuchSource = 999;

            assertThrows(LibraryException.class, () -> lib.saveAll(drafts, noSuchSource));

            assertEquals(0, lib.count(ArticleQuery.all(10)));
            assertTrue(lib.findByUrl("https://blog.example/a").isEmpty());
        }
    }

    @Test
    void savingChangedContentUpdatesAndAdvancesTheChangeSequence() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            var added = lib.save(draft("https://e.example/a", "제목", "첫 본문"), null);
            long seq = lib.changeSequence();
            var again = lib.save(draft("https://e.example/a", "제목", "첫 본문"), null);
            assertEquals(Outcome.UNCHANGED, again.outcome());
            assertEquals(seq, lib.changeSequence(), "an unchanged save is not a change");
            var updated = lib.save(draft("https://e.example/a", "제목", "고친 본문"), null);
            assertEquals(Outcome.UPDATED, updated.outcome());
            assertEquals(added.id(), updated.id());
            assertEquals("고친 본문", lib.article(added.id()).orElseThrow().text());
            Changes changes = lib.changesSince(seq, 100);
            assertEquals(
                    List.of(added.id()),
                    changes.changed().stream().map(Article::id).toList());
            assertEquals(lib.changeSequence(), changes.upTo());
        }
    }

    @Test
    void keepsEverythingAcrossReopeningIncludingOffsetsTagsNotesAndRawHtml() {
        Path db = dir.resolve("library.db");
        OffsetDateTime published = OffsetDateTime.parse("2024-06-24T02:15:00+09:00");
        long id;
        try (Library lib = Library.open(db)) {
            ArticleDraft d = draft("https://e.example/k", "카프카 컨슈머", "본문")
                    .withPublished(published)
                    .withTags(List.of("kafka", "카프카"))
                    .withAuthors(List.of("Ji-Hoon Kim"))
                    .withRawHtml("<html><body><p>본문</p></body></html>", null);
            id = lib.save(d, null).id();
            lib.setNotes(id, "- 메모");
            lib.setStarred(id, true);
            lib.setRead(id, true);
        }
        try (Library lib = Library.open(db)) {
            Article a = lib.article(id).orElseThrow();
            assertEquals(published, a.published());
            assertEquals("+09:00", a.published().getOffset().getId());
            assertEquals(List.of("kafka", "카프카"), a.tags());
            assertEquals(List.of("Ji-Hoon Kim"), a.authors());
            assertEquals("- 메모", a.notes());
            assertTrue(a.starred());
            assertTrue(a.read());
            assertEquals("<html><body><p>본문</p></body></html>", lib.rawHtml(id).orElseThrow());
            assertEquals(1, lib.count(new ArticleQuery(null, false, false, "카프카", 0, 10)));
            assertEquals(1, lib.count(new ArticleQuery(null, false, false, "Kafka", 0, 10)));
            assertEquals(
                    1,
                    lib.articles(new ArticleQuery(null, false, false, "KAFKA", 0, 10))
                            .size());
            assertEquals(0, lib.count(new ArticleQuery(null, true, false, null, 0, 10)));
        }
    }

    @Test
    void deletionsAreChangesTheIndexCanFollow() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long id = lib.save(draft("https://e.example/d", "지울 글", "x"), null).id();
            long seq = lib.changeSequence();
            lib.delete(id);
            Changes changes = lib.changesSince(seq, 100);
            assertEquals(List.of(id), changes.deletedIds());
            assertTrue(lib.article(id).isEmpty());
            assertThrows(LibraryException.class, () -> lib.delete(id));
        }
    }

    @Test
    void aLibraryFromANewerGleanerIsRefusedAndLeftAlone() throws Exception {
        Path db = dir.resolve("library.db");
        try (Library lib = Library.open(db)) {
            lib.save(draft("https://e.example/new", "글", "x"), null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(db);
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(db));
        assertTrue(e.getMessage().contains("newer Gleaner"), e.getMessage());
        assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
        assertEquals(before.length, Files.readAllBytes(db).length);
    }

    @Test
    void aFileThatIsNotALibraryGetsAClearMessage() throws Exception {
        Path db = dir.resolve("library.db");
        Files.writeString(db, "this is not sqlite, just text that someone saved here ".repeat(100));
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(db));
        assertTrue(
                e.getMessage().contains("not a Gleaner library")
                        || e.getMessage().contains("damaged"),
                e.getMessage());
    }

    @Test
    void settingsAreStoredAndRemoved() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            lib.putSetting("window.width", "1280");
            assertEquals("1280", lib.setting("window.width").orElseThrow());
            lib.putSetting("window.width", null);
            assertFalse(lib.setting("window.width").isPresent());
            assertTrue(lib.check().isEmpty());
        }
    }

    @Test
    void idsListTheWholeQueryInListOrderAndArticlesByIdKeepTheGivenOrder() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            List<Long> saved = new java.util.ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                saved.add(lib.save(
                                new ArticleDraft(
                                        "https://example.com/" + i,
                                        "Post " + i,
                                        List.of(),
                                        OffsetDateTime.parse("2026-01-0" + i + "T00:00:00Z"),
                                        "en",
                                        null,
                                        List.of(),
                                        "# Post " + i,
                                        "Post " + i,
                                        null,
                                        null,
                                        null),
                                null)
                        .id());
            }
            lib.setRead(saved.get(1), true);
            assertEquals(saved.reversed(), lib.ids(ArticleQuery.all(1)), "newest first, the limit ignored");
            assertEquals(
                    lib.articles(new ArticleQuery(null, true, false, null, 0, 10)).stream()
                            .map(Article::id)
                            .toList(),
                    lib.ids(new ArticleQuery(null, true, false, null, 0, 1)),
                    "the same filter as articles()");
            lib.delete(saved.get(2));
            List<Long> asked = List.of(saved.get(3), saved.get(2), saved.get(0));
            assertEquals(
                    List.of("Post 4", "Post 1"),
                    lib.articlesById(asked).stream().map(Article::title).toList(),
                    "in the order asked, the deleted one left out");
        }
    }
}
