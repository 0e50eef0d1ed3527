package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.Series;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Variants of real and hand-written posts, made at test time the way posts differ in the wild (Windows
 * line ends, a byte order mark, no final newline, items without summaries, shortcodes, raw HTML,
 * front matter written otherwise): each imports with the same items and exports to the same bytes.
 */
class PostVariantsTest {

    private static final List<String> FIXTURES =
            List.of("grouped-2.md", "bold-9.md", "current-3.md", "no-period-4.md", "yaml-5.md", "links-6.md");

    /** A change to a post, and whether Gleaner should still write the result back part by part. */
    private record Variant(String name, UnaryOperator<String> change, boolean partByPart) {}

    private static final String EXTRA_SUMMARY = "\n\n{{< highlight go >}}\n## not a heading\n{{< /highlight >}}\n\n"
            + "<details><summary>더 보기</summary>\n\n본문 🤔\n\n</details>\n\n"
            + "{{% notice tip %}}Hugo shortcode{{% /notice %}}\n\n"
            + "1. one\n   - nested\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![img](https://img.example/a.png)\n\n"
            + "### A smaller heading\n\n```\n## in a fence\n```";

    private static List<Variant> variants() {
        return List.of(
                new Variant("as written", s -> s, true),
                new Variant("Windows line ends", s -> s.replace("\n", "\r\n"), true),
                new Variant("byte order mark", s -> "\uFEFF" + s, true),
                new Variant("BOM and Windows line ends", s -> "\uFEFF" + s.replace("\n", "\r\n"), true),
                new Variant("no final newline", s -> s.substring(0, s.length() - 1), true),
                new Variant("extra front matter", PostVariantsTest::extraFrontMatter, true),
                new Variant("front matter reordered", PostVariantsTest::reorderFrontMatter, true),
                new Variant(
                        "date without offset",
                        s -> s.replaceFirst("(date\\s*[=:]\\s*\\S+?)(\\+09:00|Z)\\b", "$1"),
                        true),
                new Variant("title with quotes", PostVariantsTest::quotedTitle, true),
                new Variant("shortcodes, HTML, lists, tables in a summary", PostVariantsTest::richSummary, true),
                new Variant("mixed line ends", PostVariantsTest::mixedLineEnds, false),
                new Variant("trailing spaces before headings", s -> s.replace("\n\n## ", "\n  \n## "), false),
                new Variant("two blank lines before headings", s -> s.replace("\n\n## ", "\n\n\n## "), false),
                new Variant(
                        "CRLF and no final newline",
                        s -> s.replace("\n", "\r\n").stripTrailing(),
                        true));
    }

    private static String extraFrontMatter(String s) {
        String fence = s.startsWith("+++") ? "+++" : "---";
        String sep = fence.equals("+++") ? " = " : ": ";
        int close = s.indexOf("\n" + fence, 3);
        return s.substring(0, close) + "\n# kept as written\ndraft" + sep + "false\ntoc" + sep + "true\nweight" + sep
                + "3" + s.substring(close);
    }

    private static String reorderFrontMatter(String s) {
        String[] lines = s.split("\n", -1);
        int close = 1;
        while (!lines[close].strip().equals(lines[0].strip())) {
            close++;
        }
        List<String> fm = new ArrayList<>(List.of(lines).subList(1, close));
        java.util.Collections.reverse(fm);
        List<String> out = new ArrayList<>();
        out.add(lines[0]);
        out.addAll(fm);
        out.addAll(List.of(lines).subList(close, lines.length));
        return String.join("\n", out);
    }

    private static String quotedTitle(String s) {
        Matcher m = Pattern.compile("(?m)^title = \"(.*)\"$").matcher(s);
        return m.find()
                ? s.substring(0, m.start()) + "title = \"\\\"Quoted\\\" " + m.group(1) + "\"" + s.substring(m.end())
                : s;
    }

    /** Appends blocks of every kind to the first article section's summary. */
    private static String richSummary(String s) {
        int period = s.indexOf("\n## ");
        int first = s.indexOf("\n## ", period + 1);
        int next = s.indexOf("\n\n## ", first + 1);
        return next < 0 ? s : s.substring(0, next) + EXTRA_SUMMARY + s.substring(next);
    }

    private static String mixedLineEnds(String s) {
        int body = s.indexOf("\n## ");
        return s.substring(0, body).replace("\n", "\r\n") + s.substring(body);
    }

    /** Drops every article's summary, leaving its heading. */
    private static String withoutSummaries(String s) {
        String[] parts = s.split("\n## ", -1);
        int references = parts.length - 1;
        while (references > 1 && !parts[references].startsWith("Reference")) {
            references--;
        }
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            boolean article = i >= 2 && i < references;
            String p = parts[i];
            b.append("\n## ").append(article ? p.substring(0, p.indexOf('\n')) + "\n" : p);
        }
        return b.toString();
    }

    private static Map<String, String> bases() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIXTURES) {
            try (InputStream in = PostVariantsTest.class.getResourceAsStream("/posts/" + f)) {
                out.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String corpus = System.getProperty("gleaner.corpus");
        Path dir = corpus == null ? null : Path.of(corpus, "hugo", "article-weekly");
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p :
                        s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } else {
            System.out.println("corpus hugo/article-weekly absent: variants of the fixtures only");
        }
        return out;
    }

    private static Issue read(String name, String text) {
        ParsedPost post = new HugoParser().parse(name, text);
        Series series = new PostReader().learnSeries(post, null);
        return new PostReader().toIssue(post, series);
    }

    private static String export(String name, String text) {
        ParsedPost post = new HugoParser().parse(name, text);
        Series series = new PostReader().learnSeries(post, null);
        return new HugoRenderer().render(series, new PostReader().toIssue(post, series), OffsetDateTime.now());
    }

    @Test
    void everyVariantOfEveryPostImportsWithItsItemsAndExportsUnchanged() throws IOException {
        int runs = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> base : bases().entrySet()) {
            String name = base.getKey();
            Issue original = read(name, base.getValue());
            assertNull(original.layout().verbatimText(), name + " is written back part by part as it is");
            List<String> urls = original.items().stream().map(IssueItem::url).toList();
            List<Variant> all = new ArrayList<>(variants());
            if (!original.layout().grouped()) {
                all.add(new Variant("items without summaries", PostVariantsTest::withoutSummaries, true));
            }
            for (Variant v : all) {
                String text = v.change().apply(base.getValue());
                runs++;
                Issue issue = read(name, text);
                String out = export(name, text);
                if (!out.equals(text)) {
                    failures.add(name + " / " + v.name() + ": other bytes");
                } else if (!issue.items().stream().map(IssueItem::url).toList().equals(urls)) {
                    failures.add(name + " / " + v.name() + ": items " + issue.items());
                } else if (v.partByPart() != (issue.layout().verbatimText() == null)) {
                    failures.add(name + " / " + v.name() + ": "
                            + (v.partByPart() ? "needed the post as written" : "wrote it back part by part"));
                }
            }
        }
        System.out.println("Hugo post variants: " + (runs - failures.size()) + "/" + runs + " identical " + failures);
        assertEquals(List.of(), failures);
    }

    @Test
    void windowsLineEndsAndTheByteOrderMarkStayWhenTheItemsChange() {
        String text = "\uFEFF+++\r\ndate = 2024-06-24T02:15:00+09:00\r\ntitle = \"Digest, Issue 7\"\r\n+++\r\n\r\n"
                + "## Period\r\n\r\n`2024-06-16` ~ `2024-06-22`\r\n\r\n## One\r\n\r\n- a\r\n\r\n## Two\r\n\r\n- b\r\n\r\n"
                + "## References\r\n\r\n- https://one.example/\r\n- https://two.example/\r\n";
        ParsedPost post = new HugoParser().parse("digest-7.md", text);
        Series series = new PostReader().learnSeries(post, null);
        Issue issue = new PostReader().toIssue(post, series);
        assertEquals(2, issue.items().size());
        Issue edited = issue.withItems(issue.items().subList(1, 2));
        String out = new HugoRenderer().render(series, edited, OffsetDateTime.now());
        assertEquals(
                "\uFEFF+++\r\ndate = 2024-06-24T02:15:00+09:00\r\ntitle = \"Digest, Issue 7\"\r\n+++\r\n\r\n"
                        + "## Period\r\n\r\n`2024-06-16` ~ `2024-06-22`\r\n\r\n## Two\r\n\r\n- b\r\n\r\n"
                        + "## References\r\n\r\n- https://two.example/\r\n",
                out);
    }

    @Test
    void aPostKeptAsWrittenIsWrittenFromTheModelOnceTheIssueChanges() {
        // Three blank lines before a heading: not a spacing Gleaner writes, so the post is kept as written.
        String text = "+++\ndate = 2024-06-24T02:15:00+09:00\ntitle = \"Digest, Issue 8\"\n+++\n\n"
                + "## Period\n\n`2024-06-16` ~ `2024-06-22`\n\n## One\n\n- a\n\n\n\n## Two\n\n- b\n\n"
                + "## References\n\n- https://one.example/\n- https://two.example/\n";
        ParsedPost post = new HugoParser().parse("digest-8.md", text);
        Series series = new PostReader().learnSeries(post, null);
        Issue issue = new PostReader().toIssue(post, series);
        assertNotNull(issue.layout().verbatimText());
        assertEquals(
                List.of("One", "Two"),
                issue.items().stream().map(IssueItem::heading).toList());
        assertEquals("- a", issue.items().getFirst().summary());
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));

        Issue retitled = new Issue(
                issue.series(),
                issue.number(),
                "Digest, Issue 8 (again)",
                issue.period(),
                issue.date(),
                issue.status(),
                issue.items(),
                issue.layout());
        String out = new HugoRenderer().render(series, retitled, OffsetDateTime.now());
        assertEquals(
                "+++\ndate = 2024-06-24T02:15:00+09:00\ntitle = \"Digest, Issue 8 (again)\"\n+++\n\n"
                        + "## Period\n\n`2024-06-16` ~ `2024-06-22`\n\n## One\n\n- a\n\n## Two\n\n- b\n\n"
                        + "## References\n\n- https://one.example/\n- https://two.example/\n",
                out);
    }
}
