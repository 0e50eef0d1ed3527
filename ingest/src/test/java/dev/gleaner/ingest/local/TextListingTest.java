package dev.gleaner.ingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.ExtractingHtmlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextListingTest {
    @TempDir
    Path dir;

    private Library library;
    private LocalImporter importer;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        importer =
                new LocalImporter(library, new ExtractingHtmlReader(new ArticleExtractor()), ZoneId.of("Asia/Seoul"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<ArticleDraft> posts(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return importer.readPosts(p, w -> {});
    }

    @Test
    void anIndexOfExcerptsCutAtReadMoreBecomesItsPosts() throws Exception {
        List<ArticleDraft> posts = posts("index.txt", """
                카프카 컨슈머 그룹

                컨슈머 그룹은 파티션을 나눠 읽는다.
                리밸런스가 일어나면 잠시 멈춘다.
                Read more »

                레디스 분산 락

                SETNX로 락을 잡고 TTL을 건다.

                Read more »

                Nginx 캐시 설정
                proxy_cache_path를 먼저 정한다.
                Continue reading →
                """);
        assertEquals(
                List.of("카프카 컨슈머 그룹", "레디스 분산 락", "Nginx 캐시 설정"),
                posts.stream().map(ArticleDraft::title).toList());
        assertEquals(
                "컨슈머 그룹은 파티션을 나눠 읽는다.\n리밸런스가 일어나면 잠시 멈춘다.",
                posts.get(0)
                        .text()
                        .lines()
                        .skip(2)
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse(""));
        posts.forEach(
                p -> assertFalse(p.text().contains("Read more") || p.text().contains("Continue reading"), p.text()));
    }

    @Test
    void postsWithHeadersAndBylinesLoseThePlatformsLines() throws Exception {
        List<ArticleDraft> posts = posts("blog.md", """
                엘라스틱서치 샤드 설계

                개발 2019. 5. 2. 10:11

                샤드 수는 노드 수에 맞춘다.

                Posted by 홍길동

                댓글 3

                Redis 모니터링

                운영 2019. 4. 28. 21:05

                INFO 명령으로 메모리를 본다.

                Posted by 홍길동

                댓글을 남겨 주세요
                """);
        assertEquals(2, posts.size());
        assertEquals("엘라스틱서치 샤드 설계", posts.get(0).title());
        assertEquals(
                OffsetDateTime.parse("2019-05-02T10:11+09:00"), posts.get(0).published());
        assertEquals("Redis 모니터링", posts.get(1).title());
        assertEquals(
                OffsetDateTime.parse("2019-04-28T21:05+09:00"), posts.get(1).published());
        assertEquals("INFO 명령으로 메모리를 본다.", posts.get(1).text().strip());
        for (ArticleDraft p : posts) {
            assertFalse(p.markdown().contains("Posted by") || p.markdown().contains("댓글"), p.markdown());
        }
    }

    @Test
    void repeatedTitleAndDateHeadersAloneSplitAPage() throws Exception {
        List<ArticleDraft> posts = posts("archive.md", """
                ## 첫 번째 글
                2021-03-04

                본문 하나.

                ## 두 번째 글
                2021년 3월 5일

                본문 둘.
                """);
        assertEquals(
                List.of("첫 번째 글", "두 번째 글"),
                posts.stream().map(ArticleDraft::title).toList());
        assertEquals(
                OffsetDateTime.parse("2021-03-05T00:00+09:00"), posts.get(1).published());
        assertEquals("본문 둘.", posts.get(1).text());
    }

    @Test
    void aSinglePostWithItsBylineOrDatesInItsTextIsNotSplit() throws Exception {
        assertEquals(1, posts("one.txt", """
                카프카 정리

                본문입니다.

                Posted by 홍길동
                """).size());
        assertEquals(1, posts("dates.md", """
                # 릴리스 기록

                2021-03-04
                첫 릴리스.

                2021-04-01
                둘째 릴리스.
                """).size());
    }

    /**
     * An index copied without its platform lines: each post is a title over its paragraphs, and the
     * long post has sections that open like titles but go on naming its subject.
     */
    private static final String TITLES_ONLY = """
            Kafka consumer lag 줄이기

            컨슈머 lag이 쌓이는 이유는 대개 파티션 수보다 컨슈머가 적거나 처리 시간이 길기 때문이다. Kafka 컨슈머 그룹의 설정을 먼저 본다.

            Partition assignment

            Kafka는 컨슈머 그룹 안에서 파티션을 나눠 준다. 파티션보다 컨슈머가 많으면 노는 컨슈머가 생기고, lag은 줄지 않는다.

            Batch size

            max.poll.records를 키우면 한 번에 많이 가져오지만 처리 시간이 길어져 리밸런스가 일어날 수 있다. Kafka 컨슈머의 lag을 보며 조절한다.

            Postgres VACUUM이 느릴 때

            autovacuum이 따라가지 못하면 테이블이 부풀고 쿼리가 느려진다. Postgres의 dead tuple 통계를 먼저 확인한다.

            pg_stat_user_tables에서 n_dead_tup을 보고 autovacuum_vacuum_scale_factor를 테이블별로 낮춘다. VACUUM은 Postgres가 공간을 되찾는 유일한 길이다.

            주말에 읽은 책

            출퇴근길에 소설 한 권을 다 읽었다. 오랜만에 화면이 아닌 종이로 읽으니 눈이 덜 피곤했다.
            """;

    @Test
    void anIndexOfTitlesAndParagraphsBecomesItsPostsWithTheirSectionsKept() throws Exception {
        List<ArticleDraft> posts = posts("index.txt", TITLES_ONLY);
        assertEquals(
                List.of("Kafka consumer lag 줄이기", "Postgres VACUUM이 느릴 때", "주말에 읽은 책"),
                posts.stream().map(ArticleDraft::title).toList());
        assertTrue(posts.get(0).text().contains("Batch size"), posts.get(0).text());
        assertTrue(posts.get(0).text().contains("max.poll.records"));
        assertFalse(posts.get(0).text().contains("Postgres"));
        assertTrue(posts.get(1).text().contains("n_dead_tup"));
        assertFalse(posts.get(2).text().contains("주말에 읽은 책"), "the title is not repeated in the body");
    }

    @Test
    void aSinglePostWithSectionsOrAMarkdownNoteWithHeadingsIsNotCutAtItsHeadings() throws Exception {
        String onePost = TITLES_ONLY.substring(0, TITLES_ONLY.indexOf("Postgres VACUUM"));
        assertEquals(1, posts("one.txt", onePost).size());
        String note = TITLES_ONLY
                .replace("Kafka consumer lag", "# Kafka consumer lag")
                .replace("Postgres VACUUM이", "## Postgres VACUUM이")
                .replace("주말에", "## 주말에");
        assertEquals(1, posts("note.md", note).size());
    }

    @Test
    void aMarkdownPostWithoutFrontMatterOrHeadingsStaysOnePost() throws Exception {
        // Plain section lines in a Markdown file are the author's own sections, not a listing.
        assertEquals(1, posts("post.md", TITLES_ONLY).size());
    }

    @Test
    void eachPostIsItsOwnArticleAndReimportingChangesNothing() throws Exception {
        Path p = dir.resolve("notes/index.txt");
        Files.createDirectories(p.getParent());
        Files.writeString(p, "첫 글\n\n본문 하나\nRead more »\n\n둘째 글\n\n본문 둘\nRead more »\n");
        ImportReport first = importer.importPaths(List.of(p), r -> {});
        assertEquals(2, first.count(ImportReport.Added.class));
        ImportReport again = importer.importPaths(List.of(p), r -> {});
        assertEquals(2, again.count(ImportReport.Unchanged.class));
    }

    /** The seed documents: text exports of real listing pages, read where the project keeps them. */
    @Test
    void theSeedListingPagesImportAsTheirPostsWithoutBoilerplate() throws Exception {
        String corpus = System.getProperty("gleaner.corpus");
        Path seeds = Path.of(System.getProperty(
                "gleaner.seeds",
                corpus == null
                        ? "../shared/seeds"
                        : Path.of(corpus).resolveSibling("seeds").toString()));
        assumeTrue(Files.isDirectory(seeds), "seeds not found at " + seeds + ": skipped");
        record Expected(String prefix, int posts) {}
        for (Expected e : List.of(new Expected("000_", 5), new Expected("004_", 10), new Expected("002_", 11))) {
            Path seed;
            try (Stream<Path> s = Files.list(seeds)) {
                seed = s.filter(f -> f.getFileName().toString().startsWith(e.prefix()))
                        .findFirst()
                        .orElse(null);
            }
            assumeTrue(seed != null, "seed " + e.prefix() + " missing");
            ImportReport report = importer.importPaths(List.of(seed), r -> {});
            List<Article> articles = report.files().stream()
                    .map(r -> r instanceof ImportReport.Added a ? a.articleId() : -1L)
                    .map(id -> library.article(id).orElseThrow())
                    .toList();
            System.out.printf("seed %s: %d posts%n", seed.getFileName(), articles.size());
            articles.forEach(a -> System.out.printf(
                    "  %s | %s | %d chars%n", a.title(), a.published(), a.text().length()));
            if (e.posts() > 0) {
                assertEquals(e.posts(), articles.size(), seed.toString());
            }
            for (Article a : articles) {
                assertFalse(a.title().isBlank());
                assertFalse(a.text().isBlank(), a.title());
                for (String boilerplate : List.of("댓글을 달아 주세요", "Posted by", "Read more »")) {
                    assertFalse(a.text().contains(boilerplate), a.title() + " keeps " + boilerplate);
                }
            }
        }
        assertTrue(true);
    }
}
