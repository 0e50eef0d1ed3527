package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.issue.FrontMatterFormat;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An exported issue builds with the real {@code hugo} in a real theme, with its taxonomies. */
class HugoBuildTest {

    @TempDir
    Path dir;

    private static boolean hugoPresent() {
        try {
            Process p = new ProcessBuilder("hugo", "version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(FrontMatterFormat.class)
    void exportedPostRendersWithTitleDateTagsAndTaxonomyPages(FrontMatterFormat format) throws Exception {
        String corpus = System.getProperty("gleaner.corpus");
        assumeTrue(
                corpus != null && Files.isDirectory(Path.of(corpus, "hugo", "archie-site")),
                "corpus hugo/archie-site absent: skipping the Hugo build test");
        assumeTrue(
                hugoPresent(),
                "the hugo command is not installed (apt-get install hugo): skipping the Hugo build test");
        Path site = dir.resolve("site");
        copy(Path.of(corpus, "hugo", "archie-site"), site);
        // The sample posts embed tweets and Instagram posts, which Hugo would fetch from the network.
        try (Stream<Path> s = Files.list(site.resolve("content/posts"))) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(
                site.resolve("config.toml"),
                Files.readString(site.resolve("config.toml"))
                        + "\n[taxonomies]\n  tag = \"tags\"\n  category = \"categories\"\n  series = \"series\"\n  author = \"authors\"\n");

        Series series = new Series(
                "Article Weekly",
                "Article Weekly, Issue {number}",
                List.of("Ji-Hoon Kim"),
                List.of("Article", "Weekly \"Digest\""),
                List.of("Article"),
                DayOfWeek.SUNDAY,
                ZoneId.of("Asia/Seoul"),
                format,
                "article-weekly-{number}.md",
                site.toString(),
                "posts",
                null,
                null,
                null,
                false);
        Issue issue = new Issue(
                series.name(),
                25,
                "Article Weekly, Issue 25: \"Quotes\" & 한글 🤔",
                new IssuePeriod(LocalDate.parse("2024-06-16"), LocalDate.parse("2024-06-22")),
                OffsetDateTime.parse("2024-06-24T02:15:00+09:00"),
                IssueStatus.PUBLISHED,
                List.of(new IssueItem(
                        null, "Experts vs. Imitators", "- 전문가와 모방자", "https://fs.blog/experts-vs-imitators/")),
                IssueLayout.defaults(series));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.issues().putSeries(series);
            library.issues().save(issue);
            new HugoExporter(library.issues())
                    .export(series, issue, HugoExporter.target(series, issue, site), false, OffsetDateTime.now());
        }
        Process p = new ProcessBuilder(
                        "hugo",
                        "--source",
                        site.toString(),
                        "--destination",
                        site.resolve("public").toString(),
                        "--quiet")
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "hugo did not finish");
        assertEquals(0, p.exitValue(), log);

        Path page = site.resolve("public/posts/article-weekly-25/index.html");
        assertTrue(Files.exists(page), "no page for the post: " + log);
        String html = Files.readString(page);
        assertTrue(
                html.contains("Article Weekly, Issue 25: &#34;Quotes&#34; &amp; 한글 🤔")
                        || html.contains("Article Weekly, Issue 25: &quot;Quotes&quot; &amp; 한글 🤔"),
                html);
        assertTrue(html.contains("Jun 24, 2024"), "date missing");
        assertTrue(html.contains(">Article</a>") && html.contains("Weekly &#34;Digest&#34;"), "tags missing");
        assertTrue(html.contains("전문가와 모방자"));
        assertTrue(Files.exists(site.resolve("public/series/article-weekly/index.html")), "no series page");
        assertTrue(Files.exists(site.resolve("public/authors/ji-hoon-kim/index.html")), "no author page");
        assertTrue(Files.exists(site.resolve("public/tags/article/index.html")), "no tag page");
        assertTrue(Files.readString(site.resolve("public/series/article-weekly/index.html"))
                .contains("Issue 25"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
