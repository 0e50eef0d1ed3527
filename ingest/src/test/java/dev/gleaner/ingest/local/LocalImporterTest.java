package dev.gleaner.ingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.IngestException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalImporterTest {
    @TempDir
    Path dir;

    private Library library;
    private LocalImporter importer;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        importer = new LocalImporter(
                library,
                new dev.gleaner.ingest.html.ExtractingHtmlReader(new dev.gleaner.ingest.html.ArticleExtractor()),
                ZoneId.of("Asia/Seoul"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve("notes").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void anImportedHtmlFileKeepsThePageAndAMarkdownNoteKeepsNone() throws Exception {
        String html = "<html><head><title>Kafka 리밸런싱</title></head><body><article><h1>Kafka 리밸런싱</h1>"
                + "<p>컨슈머 그룹이 파티션을 다시 나누는 동안 소비가 멈춘다. 협력적 리밸런싱은 그 멈춤을 줄인다.</p>"
                + "</article></body></html>";
        write("kafka.html", html);
        write("redis.md", "# Redis\n\n레디스 메모.\n");

        importer.importPaths(List.of(dir.resolve("notes")), r -> {});

        long page = library.findBySourcePath(
                        dir.resolve("notes/kafka.html").toAbsolutePath().toString())
                .orElseThrow()
                .id();
        long note = library.findBySourcePath(
                        dir.resolve("notes/redis.md").toAbsolutePath().toString())
                .orElseThrow()
                .id();
        assertEquals(html, library.rawHtml(page).orElseThrow());
        assertTrue(library.rawHtml(note).isEmpty());
    }

    @Test
    void yamlFrontMatterGivesTitleDateTagsAndCategories() throws Exception {
        Path p = write("redis.md", """
                ---
                title: "Redis 분산 락"
                date: 2024-03-02 10:00:00 +0900
                tags: [redis, 분산락]
                categories: Database
                ---
                # 다른 제목

                Redis로 분산 락을 구현한다.
                """);
        ArticleDraft d = importer.read(p);
        assertEquals("Redis 분산 락", d.title());
        assertEquals(OffsetDateTime.parse("2024-03-02T10:00:00+09:00"), d.published());
        assertEquals(List.of("redis", "분산락", "Database"), d.tags());
        assertEquals("ko", d.lang());
        assertTrue(d.text().contains("Redis로 분산 락을 구현한다."));
        assertFalse(d.markdown().contains("title:"));
    }

    @Test
    void tomlFrontMatterKeepsTheOffsetOfTheDate() throws Exception {
        Path p = write("issue.txt", """
                +++
                date = 2024-06-24T02:15:00+09:00
                title = "Article Weekly, Issue 25"
                tags = ["Article", "Weekly"]
                +++

                ## Period
                """);
        ArticleDraft d = importer.read(p);
        assertEquals("Article Weekly, Issue 25", d.title());
        assertEquals("+09:00", d.published().getOffset().getId());
        assertEquals(List.of("Article", "Weekly"), d.tags());
    }

    @Test
    void withoutFrontMatterTheTitleIsTheFirstHeadingElseTheFirstLine() throws Exception {
        assertEquals(
                "네이버 컨퍼런스",
                importer.read(write("a.md", "\n# 네이버 컨퍼런스\n\n## 모니터링\n본문\n")).title());
        assertEquals(
                "메소스(mesos) 공부",
                importer.read(write("b.txt", "\n메소스(mesos) 공부\n\nscribbling\n")).title());
    }

    @Test
    void shortcodesAndLiquidTagsDoNotLeakIntoTheText() throws Exception {
        Path p = write("hugo.md", """
                ---
                title: Shortcodes
                ---
                Before {{< youtube id="abc" >}} after.

                {{< highlight go >}}
                fmt.Println("kept")
                {{< /highlight >}}

                {% raw %}raw text{% endraw %} and {{ site.title }} gone.
                {: .notice}
                """);
        String text = importer.read(p).text();
        assertFalse(text.contains("{{"), text);
        assertFalse(text.contains("{%"), text);
        assertFalse(text.contains("{:"), text);
        assertTrue(text.contains("fmt.Println(\"kept\")"), text);
        assertTrue(text.contains("raw text"), text);
    }

    @Test
    void eucKrFilesAreDecodedAsCp949() throws Exception {
        Path p = dir.resolve("legacy.txt");
        Files.write(p, "똠방각하 메시지 큐 정리\n\n펲햏 본문입니다.\n".getBytes(Charset.forName("x-windows-949")));
        ArticleDraft d = importer.read(p);
        assertEquals("똠방각하 메시지 큐 정리", d.title());
        assertFalse(d.text().contains("\uFFFD"));
    }

    @Test
    void brokenFrontMatterStillImportsThePostAndWarnsNamingTheFileAndLine() throws Exception {
        Path p = write("broken.md", "---\ntitle: ok\ntags: [a, b\n---\n# Heading\n\nbody\n");
        List<ImportReport.Warning> warnings = new java.util.ArrayList<>();
        ArticleDraft d = importer.read(p, warnings::add);
        assertEquals("ok", d.title());
        assertTrue(d.markdown().contains("body"), d.markdown());
        assertEquals(1, warnings.size());
        String w = warnings.getFirst().message();
        assertTrue(w.contains(p.toString()) && w.contains("YAML front matter") && w.contains("line"), w);
    }

    @Test
    void frontMatterAsStaticSiteGeneratorsAcceptIt() throws Exception {
        // Each block is one that Jekyll or Hugo builds but a strict YAML/TOML parser refuses or misreads.
        record Case(String name, String text, String title, List<String> tags) {}
        List<Case> cases = List.of(
                new Case(
                        "tab-after-colon.md",
                        "---\ntitle:\tTabbed\ntags:\t  nodejs \n---\nx\n",
                        "Tabbed",
                        List.of("nodejs")),
                new Case(
                        "tab-indent.md",
                        "---\ntitle: Indented\ntags:\n\t- redis\n\t- lock\n---\nx\n",
                        "Indented",
                        List.of("redis", "lock")),
                new Case(
                        "colon-in-title.md",
                        "---\ntitle: Redis: 분산 락\ntags: [redis]\n---\nx\n",
                        "Redis: 분산 락",
                        List.of("redis")),
                new Case(
                        "duplicate-keys.md",
                        "---\ntitle: First\ntitle: Second\ntags: a\n---\nx\n",
                        "Second",
                        List.of("a")),
                new Case(
                        "crlf-bom.md",
                        "\uFEFF---\r\ntitle: 윈도우\r\ntags: [a, b]\r\n---\r\nx\r\n",
                        "윈도우",
                        List.of("a", "b")),
                new Case(
                        "block-scalar.md",
                        "---\ntitle: >\n  Folded\n  title\nwhat: [unclosed\n---\nx\n",
                        "Folded title",
                        List.of()),
                new Case(
                        "toml-broken.md",
                        "+++\ntitle = \"TOML\"\ntags = [\"x\", \"y\"]\ndate = not a date\n+++\nx\n",
                        "TOML",
                        List.of("x", "y")),
                new Case("empty.md", "---\n---\n# From the heading\n", "From the heading", List.of()));
        for (Case c : cases) {
            ArticleDraft d = importer.read(write(c.name(), c.text()));
            assertEquals(c.title(), d.title(), c.name());
            assertEquals(c.tags(), d.tags(), c.name());
            if (c.text().endsWith("x\n") || c.text().endsWith("x\r\n")) {
                assertEquals("x", d.markdown().strip(), c.name() + ": the body is kept whole, the block is not");
            }
        }
    }

    @Test
    void reimportingChangesNothingAndAnEditedFileUpdatesItsArticle() throws Exception {
        Path p = write("note.md", "# 카프카 컨슈머\n\n처음 쓴 글\n");
        write("other.md", "# Other\n\ntext\n");
        ImportReport first = importer.importPaths(List.of(dir.resolve("notes")), r -> {});
        assertEquals(2, first.count(ImportReport.Added.class));
        long seq = library.changeSequence();
        ImportReport second = importer.importPaths(List.of(dir.resolve("notes")), r -> {});
        assertEquals(2, second.count(ImportReport.Unchanged.class));
        assertEquals(seq, library.changeSequence());
        Files.writeString(p, "# 카프카 컨슈머\n\n고쳐 쓴 글\n");
        ImportReport third = importer.importPaths(List.of(p), r -> {});
        ImportReport.Updated updated =
                assertInstanceOf(ImportReport.Updated.class, third.files().getFirst());
        Article a = library.article(updated.articleId()).orElseThrow();
        assertTrue(a.text().contains("고쳐 쓴 글"));
        assertEquals(2, library.count(dev.gleaner.core.model.ArticleQuery.all(10)));
    }

    @Test
    void oneBadFileFailsAloneAndTheOthersAreImported() throws Exception {
        write("good.md", "# Good\n\ntext\n");
        Path bad = dir.resolve("notes").resolve("bad.md");
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        ImportReport report = importer.importPaths(List.of(dir.resolve("notes")), r -> {});
        assertEquals(1, report.count(ImportReport.Added.class));
        ImportReport.Failed failed = (ImportReport.Failed) report.files().stream()
                .filter(ImportReport.Failed.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertTrue(failed.reason().contains("bad.md") && failed.reason().contains("binary"), failed.reason());
    }

    @Test
    void missingPathsAndEmptyFoldersAreRefusedBeforeAnythingIsStored() throws Exception {
        IngestException missing =
                assertThrows(IngestException.class, () -> importer.importPaths(List.of(dir.resolve("nope")), r -> {}));
        assertTrue(missing.getMessage().contains("nope"));
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/picture.png"), "x");
        IngestException empty =
                assertThrows(IngestException.class, () -> importer.importPaths(List.of(dir.resolve("empty")), r -> {}));
        assertTrue(empty.getMessage().contains("no .md"), empty.getMessage());
        assertEquals(0, library.count(dev.gleaner.core.model.ArticleQuery.all(10)));
    }

    @Test
    void notesRenamedTogetherKeepTheirArticlesWhenStoredInOneBatch() throws Exception {
        Path redis = write("redis.md", "# Redis 분산 락\n\nRedlock 알고리즘과 그 한계.\n");
        Path kafka = write("kafka.md", "# 카프카 컨슈머\n\n리밸런싱을 줄이는 법.\n");
        write("jvm.md", "# JVM 메모리\n\n힙과 메타스페이스.\n");
        importer.importPaths(List.of(dir.resolve("notes")), r -> {});
        long redisId = library.findBySourcePath(redis.toString()).orElseThrow().id();
        long kafkaId = library.findBySourcePath(kafka.toString()).orElseThrow().id();

        Path redisMoved = dir.resolve("notes/db/redis-lock.md");
        Path kafkaMoved = dir.resolve("notes/mq/kafka-consumer.md");
        Files.createDirectories(redisMoved.getParent());
        Files.createDirectories(kafkaMoved.getParent());
        Files.move(redis, redisMoved);
        Files.move(kafka, kafkaMoved);
        ImportReport again = importer.importPaths(List.of(dir.resolve("notes")), r -> {});

        assertEquals(
                redisId,
                library.findBySourcePath(redisMoved.toString()).orElseThrow().id());
        assertEquals(
                kafkaId,
                library.findBySourcePath(kafkaMoved.toString()).orElseThrow().id());
        assertEquals(3, again.count(ImportReport.Unchanged.class) + again.count(ImportReport.Updated.class));
        assertEquals(0, again.count(ImportReport.Added.class), "nothing stored twice");
        assertTrue(again.gone().isEmpty(), "renamed notes are not gone: " + again.gone());
    }

    @Test
    void aRenamedNoteKeepsItsArticleAndADeletedOneIsReportedNotDropped() throws Exception {
        Path redis = write("redis.md", "# Redis 분산 락\n\nRedlock 알고리즘과 그 한계.\n");
        Path kafka = write("kafka.md", "# 카프카 컨슈머\n\n리밸런싱을 줄이는 법.\n");
        importer.importPaths(List.of(dir.resolve("notes")), r -> {});
        long redisId = library.findBySourcePath(redis.toString()).orElseThrow().id();
        long kafkaId = library.findBySourcePath(kafka.toString()).orElseThrow().id();
        library.setStarred(redisId, true);
        library.setNotes(redisId, "- 다음 호에 소개");

        Path moved = dir.resolve("notes/db/redis-lock.md");
        Files.createDirectories(moved.getParent());
        Files.move(redis, moved);
        Files.delete(kafka);
        ImportReport report = importer.importPaths(List.of(dir.resolve("notes")), r -> {});

        var article = library.findBySourcePath(moved.toString()).orElseThrow();
        assertEquals(redisId, article.id(), "the renamed note is the same article");
        assertTrue(article.starred());
        assertEquals("- 다음 호에 소개", article.notes());
        assertEquals(0, report.count(ImportReport.Added.class), report.toString());
        assertEquals(
                List.of(kafkaId),
                report.gone().stream().map(ImportReport.Gone::articleId).toList());
        assertTrue(library.article(kafkaId).isPresent(), "a deleted file's article stays until the user removes it");
        assertEquals(2, library.count(new dev.gleaner.core.model.ArticleQuery(null, false, false, null, 0, 10)));
    }

    @Test
    void aNoteGivenItsLinkKeepsItsArticleWhenItsFileIsRenamed() throws Exception {
        Path redis = write("redis.md", "# Redis 분산 락\n\nRedlock 알고리즘과 그 한계.\n");
        importer.importPaths(List.of(dir.resolve("notes")), r -> {});
        long id = library.findBySourcePath(redis.toString()).orElseThrow().id();
        library.setUrl(id, "https://blog.example.com/redis-lock");

        Path moved = dir.resolve("notes/redis-lock.md");
        Files.move(redis, moved);
        ImportReport report = importer.importPaths(List.of(dir.resolve("notes")), r -> {});

        var article = library.findBySourcePath(moved.toString()).orElseThrow();
        assertEquals(id, article.id(), "the renamed note is the same article");
        assertEquals("https://blog.example.com/redis-lock", article.url(), "its link stays");
        assertEquals(0, report.count(ImportReport.Added.class), report.toString());
        assertEquals(1, library.count(new dev.gleaner.core.model.ArticleQuery(null, false, false, null, 0, 10)));
    }
}
