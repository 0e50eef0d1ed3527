package dev.gleaner.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleText;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article bodies are stored once, compressed, and a library written before that keeps every body. */
class ArticleBodiesTest {
    @TempDir
    Path dir;

    private static String post(int n) {
        StringBuilder b = new StringBuilder("# 레디스 분산 락 " + n + "\n\n");
        for (int i = 0; i < 40; i++) {
            b.append("Redisson의 RLock은 pub/sub으로 락 해제를 기다린다. 문단 ").append(i).append(": 타임아웃과 *임대 시간*을 정한다.\n\n");
        }
        return b.toString();
    }

    @Test
    void searchedTextsAreThoseOfTheWholeArticlesInTheOrderAsked() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            long plain = lib.save(ArticleDraft.of("https://blog.example/a", null, "락", post(1), "평문 본문"), null)
                    .id();
            long markdownOnly = lib.save(
                            ArticleDraft.of("https://blog.example/b", null, "마크다운만", post(2), "  ")
                                    .withTags(List.of("redis", "분산 락")),
                            null)
                    .id();
            long gone = lib.save(ArticleDraft.of("https://blog.example/c", null, "지움", "x", "x"), null)
                    .id();
            lib.setNotes(plain, "내 메모");
            lib.delete(gone);
            List<Long> asked = List.of(markdownOnly, gone, plain);
            List<ArticleText> texts = lib.articleTexts(asked);
            assertEquals(
                    lib.articlesById(asked).stream().map(ArticleText::of).toList(),
                    texts,
                    "as the whole articles give them, the deleted one left out");
            assertEquals(post(2), texts.get(0).body(), "the Markdown where the plain text is blank");
            assertEquals(List.of("redis", "분산 락"), texts.get(0).tags());
            assertEquals("평문 본문", texts.get(1).body());
            assertEquals("내 메모", texts.get(1).notes());
        }
    }

    @Test
    void bodiesReadBackAsSavedAndTakeLessRoomThanTheirText() throws Exception {
        Path file = dir.resolve("library.db");
        long rawBytes = 0;
        try (Library lib = Library.open(file)) {
            for (int n = 0; n < 50; n++) {
                String md = post(n);
                String text = md.replace("#", "").replace("*", "");
                rawBytes += md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                        + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                lib.save(ArticleDraft.of("https://blog.example/" + n, null, "락 " + n, md, text), null);
            }
            Article a = lib.findByUrl("https://blog.example/7").orElseThrow();
            assertEquals(post(7), a.markdown());
            assertEquals(post(7).replace("#", "").replace("*", ""), a.text());
            var updated = lib.save(ArticleDraft.of("https://blog.example/7", null, "락 7", "고친 본문", "고친 본문"), null);
            Article b = lib.article(updated.id()).orElseThrow();
            assertEquals("고친 본문", b.markdown());
            assertEquals("고친 본문", b.text());
        }
        long stored;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT sum(length(body)) FROM article_bodies")) {
            rs.next();
            stored = rs.getLong(1);
        }
        assertTrue(stored * 3 < rawBytes, "bodies take " + stored + " bytes for " + rawBytes + " bytes of text");
    }

    @Test
    void aLibraryWrittenBeforeCompressedBodiesKeepsThem() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library lib = Library.open(file)) {
            lib.save(ArticleDraft.of("https://blog.example/a", null, "카프카", post(1), "카프카 컨슈머 본문"), null);
            lib.save(ArticleDraft.of("https://blog.example/b", null, "빈 글", "", ""), null);
        }
        // The layout before: bodies in the articles table, no article_bodies table.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                rs.next();
                version = rs.getInt(1);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE articles SET markdown = ?, text = ? WHERE url = 'https://blog.example/a'")) {
                ps.setString(1, post(1));
                ps.setString(2, "카프카 컨슈머 본문");
                ps.executeUpdate();
            }
            s.execute("DROP TABLE article_bodies");
            // The step after it (when a feed began failing) is undone too, so both run again.
            s.execute("ALTER TABLE sources DROP COLUMN failing_since");
            s.execute("PRAGMA user_version = " + (version - 2));
        }
        try (Library lib = Library.open(file)) {
            Article a = lib.findByUrl("https://blog.example/a").orElseThrow();
            assertEquals(post(1), a.markdown());
            assertEquals("카프카 컨슈머 본문", a.text());
            assertEquals(
                    "", lib.findByUrl("https://blog.example/b").orElseThrow().text());
        }
    }
}
