package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.issue.FrontMatterFormat;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ways a weekly series' posts differ from issue to issue, as generated variation: each class seen
 * across the issues of a real series (headings with links, emoji and quotes; {@code *} and numbered
 * lists; raw HTML, shortcodes and fences in a summary; items without summaries; further links;
 * odd URLs; and, in the file itself, Windows line ends, a byte order mark, no final newline, blank-line
 * runs, front matter written otherwise) is applied to every post alone and in random combinations.
 * Every variant must import and export to the same bytes. A variant still in the layout Gleaner writes
 * must also come out byte for byte when rebuilt from its items alone, as a writer rebuilds an issue
 * item by item with {@code gleaner issue add}.
 */
class LayoutVariationsTest {
    private static final List<String> FIXTURES =
            List.of("grouped-2.md", "bold-9.md", "current-3.md", "no-period-4.md", "yaml-5.md", "links-6.md");

    /** A change to a post, and whether the result is still a post Gleaner writes from items alone. */
    private record Change(String name, UnaryOperator<String> apply, boolean inWrittenLayout) {}

    private static final List<Change> CHANGES = List.of(
            new Change(
                    "heading with a link",
                    s -> onArticle(s, 0, a -> a.replaceFirst("\\A([^\n]+)", "[$1](https://link.example/a)")),
                    true),
            new Change(
                    "heading with emoji, quotes, code and #",
                    s -> onArticle(s, 1, a -> a.replaceFirst("\\A([^\n]+)", "$1 🚀 \"인용\" `code` #1 — 끝")),
                    true),
            new Change("* list markers", s -> onSummaries(s, x -> x.replaceAll("(?m)^- ", "* ")), true),
            new Change("+ list markers", s -> onSummaries(s, x -> x.replaceAll("(?m)^- ", "+ ")), true),
            new Change("numbered items", LayoutVariationsTest::numbered, true),
            new Change(
                    "raw HTML",
                    s -> onArticle(
                            s,
                            0,
                            a -> a + "\n\n<details>\n<summary>더 보기</summary>\n\n"
                                    + "<p>본문 &amp; <b>굵게</b></p>\n\n</details>"),
                    true),
            new Change(
                    "shortcodes",
                    s -> onArticle(
                            s,
                            1,
                            a -> a + "\n\n{{< youtube dQw4w9WgXcQ >}}\n\n"
                                    + "{{% notice tip %}}\n**팁**: 줄 하나\n{{% /notice %}}"),
                    true),
            new Change("item without summary", s -> onArticle(s, 1, a -> a.replaceFirst("(?s)\n.*", "")), true),
            new Change("every item without summary", s -> onSummaries(s, x -> ""), true),
            new Change(
                    "fence holding headings",
                    s -> onArticle(
                            s,
                            0,
                            a -> a + "\n\n```markdown\n## 본문 아님\n\n" + "## References\n\n- https://not.example/\n```"),
                    true),
            new Change("### sub-heading in a summary", s -> onArticle(s, 0, a -> a + "\n\n### 더 읽기\n\n- 하나"), true),
            new Change("hard line breaks", s -> onSummaries(s, x -> x.replaceFirst("(?m)^(- [^\n]+)$", "$1  ")), true),
            new Change("blank-line run inside a summary", s -> onArticle(s, 0, a -> a + "\n\n\n> 인용문"), true),
            new Change(
                    "tabs and nested lists",
                    s -> onArticle(s, 0, a -> a + (a.contains("\n") ? "\n" : "\n\n") + "- 바깥\n\t- 탭 안쪽\n    - 네 칸"),
                    true),
            new Change("further links", s -> withAlso(s, 0, "https://also.example/x?a=1&b=2"), true),
            new Change("odd URLs", s -> withUrl(s, 1, "https://ko.wikipedia.org/wiki/레디스_(소프트웨어)?q=a&b=%20#s"), true),
            new Change("link to a section of another item's page", LayoutVariationsTest::sectionLink, true),
            new Change("Windows line ends", s -> s.replace("\n", "\r\n"), false),
            new Change("old Mac line ends", s -> s.replace("\n", "\r"), false),
            new Change("byte order mark", s -> "\uFEFF" + s, false),
            new Change("no final newline", s -> s.stripTrailing(), false),
            new Change("two final newlines", s -> s + "\n", false),
            new Change("blank-line runs between sections", s -> s.replace("\n\n## ", "\n\n\n## "), false),
            new Change("trailing spaces on a heading", s -> s.replaceFirst("\n## ([^\n]+)\n", "\n## $1  \n"), false),
            new Change("### article headings", s -> s.replaceAll("\n## (?!Period|References)", "\n### "), false),
            new Change("* reference markers", s -> s.replaceAll("(?m)^- (https?://)", "* $1"), false),
            new Change(
                    "title quoted otherwise", s -> s.replaceFirst("(?m)^title = \"([^\"]*)\"$", "title = '$1'"), false),
            new Change("date in UTC", s -> s.replaceFirst("(?m)^(date = \\S+)\\+09:00$", "$1Z"), false),
            new Change("front matter reordered", LayoutVariationsTest::reordered, false),
            new Change("extra front matter", s -> s.replaceFirst("\n\\+\\+\\+\n", "\ndraft = false\n+++\n"), false),
            new Change("trailing space on the fence", s -> s.replaceFirst("\\A\\+\\+\\+\n", "+++ \n"), false));

    /** Applies {@code f} to the heading line and summary of the article section at {@code index}. */
    private static String onArticle(String s, int index, UnaryOperator<String> f) {
        List<int[]> spans = articleSpans(s);
        if (index >= spans.size()) {
            return s;
        }
        int[] span = spans.get(index);
        return s.substring(0, span[0]) + f.apply(s.substring(span[0], span[1])) + s.substring(span[1]);
    }

    /** Applies {@code f} to the summary (the text under the heading) of every article section. */
    private static String onSummaries(String s, UnaryOperator<String> f) {
        List<int[]> spans = articleSpans(s);
        StringBuilder out = new StringBuilder(s);
        for (int i = spans.size() - 1; i >= 0; i--) {
            int[] span = spans.get(i);
            String article = s.substring(span[0], span[1]);
            int nl = article.indexOf('\n');
            String changed = nl < 0 ? article : article.substring(0, nl) + prefixed(f.apply(article.substring(nl)));
            out.replace(span[0], span[1], changed);
        }
        return out.toString();
    }

    private static String prefixed(String summary) {
        String body = summary.replaceFirst("\\A\n+", "");
        return body.isEmpty() ? "" : "\n\n" + body;
    }

    /**
     * {@return the spans of the article sections: from the heading text to the blank line before the
     * next section} Only posts in the current layout ({@code ## Period}, articles, {@code ##
     * References}) have them.
     */
    private static List<int[]> articleSpans(String s) {
        List<int[]> spans = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        boolean fenced = false;
        int at = 0;
        for (String line : s.split("\n", -1)) {
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("## ") && at > 0) {
                starts.add(at + 3);
            }
            at += line.length() + 1;
        }
        for (int i = 0; i + 1 < starts.size(); i++) {
            int start = starts.get(i);
            String heading = s.substring(start, s.indexOf('\n', start));
            if (heading.startsWith("Period") || heading.startsWith("References")) {
                continue;
            }
            int end = starts.get(i + 1) - "\n\n## ".length();
            if (end > start && s.startsWith("\n\n## ", end)) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    private static String numbered(String s) {
        return onSummaries(s, x -> {
            int[] n = {0};
            return Pattern.compile("(?m)^- ").matcher(x).replaceAll(r -> ++n[0] + ". ");
        });
    }

    private static List<String> referenceLines(String s) {
        int refs = s.lastIndexOf("\n## References\n");
        return refs < 0
                ? List.of()
                : s.substring(refs).lines().filter(l -> l.startsWith("- ")).toList();
    }

    private static String withAlso(String s, int index, String url) {
        List<String> refs = referenceLines(s);
        if (index >= refs.size()) {
            return s;
        }
        String line = refs.get(index);
        int at = s.lastIndexOf("\n" + line + "\n") + line.length() + 1;
        return s.substring(0, at) + "\n  - " + url + s.substring(at);
    }

    private static String withUrl(String s, int index, String url) {
        List<String> refs = referenceLines(s);
        if (index >= refs.size()) {
            return s;
        }
        String line = refs.get(index);
        int at = s.lastIndexOf("\n" + line + "\n") + 1;
        return s.substring(0, at) + "- " + url + s.substring(at + line.length());
    }

    private static String sectionLink(String s) {
        List<String> refs = referenceLines(s);
        return refs.size() < 2 ? s : withUrl(s, 1, refs.getFirst().substring(2) + "#part-2");
    }

    private static String reordered(String s) {
        Matcher m = Pattern.compile("\\A\\+\\+\\+\n(date = [^\n]+)\n(title = [^\n]+)\n")
                .matcher(s);
        return m.find() ? "+++\n" + m.group(2) + "\n" + m.group(1) + "\n" + s.substring(m.end()) : s;
    }

    private static Map<String, String> bases() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIXTURES) {
            try (InputStream in = LayoutVariationsTest.class.getResourceAsStream("/posts/" + f)) {
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
            System.out.println("corpus hugo/article-weekly absent: variations of the fixtures only");
        }
        return out;
    }

    private record Variant(String base, String what, String text, boolean inWrittenLayout) {}

    private static List<Variant> variants(Map<String, String> bases) {
        List<Variant> out = new ArrayList<>();
        Random random = new Random(4);
        for (var base : bases.entrySet()) {
            boolean current = isCurrentLayout(base.getValue());
            out.add(new Variant(base.getKey(), "as written", base.getValue(), current));
            for (Change c : CHANGES) {
                String text = c.apply().apply(base.getValue());
                out.add(new Variant(base.getKey(), c.name(), text, current && c.inWrittenLayout()));
            }
            for (int k = 0; k < 12; k++) {
                String text = base.getValue();
                StringBuilder what = new StringBuilder();
                boolean written = current;
                List<Change> picked = new ArrayList<>();
                for (int j = 0; j < 2 + random.nextInt(3); j++) {
                    Change c = CHANGES.get(random.nextInt(CHANGES.size()));
                    if (!picked.contains(c)) {
                        picked.add(c);
                    }
                }
                // File-level changes (line ends, BOM) last, as a file is saved last.
                picked.sort((a, b) -> Boolean.compare(!a.inWrittenLayout(), !b.inWrittenLayout()));
                for (Change c : picked) {
                    text = c.apply().apply(text);
                    written &= c.inWrittenLayout();
                    what.append(what.isEmpty() ? "" : " + ").append(c.name());
                }
                out.add(new Variant(base.getKey(), what.toString(), text, written));
            }
        }
        return out;
    }

    /** The layout Gleaner writes: TOML front matter, a Period, articles, then one reference per article. */
    private static boolean isCurrentLayout(String text) {
        if (!text.startsWith("+++\n")
                || !text.contains("\n## Period\n")
                || !text.contains("\nseries = [\"Article Weekly\"]\n")
                || text.contains("\r")) {
            return false;
        }
        List<int[]> spans = articleSpans(text);
        List<String> refs = referenceLines(text);
        int refsAt = text.lastIndexOf("\n## References\n");
        return !spans.isEmpty()
                && refs.size() == spans.size()
                && refs.stream().allMatch(l -> l.startsWith("- http"))
                && text.substring(refsAt + 1)
                        .lines()
                        .skip(1)
                        .allMatch(l -> l.isEmpty() || l.startsWith("- http") || l.startsWith("  - http"))
                && text.endsWith("\n")
                && !text.endsWith("\n\n")
                && spans.stream().noneMatch(sp -> text.substring(sp[0], sp[1]).startsWith("**"));
    }

    @Test
    void everyVariationImportsAndExportsToTheSameBytesAndRebuildsFromItsItems() throws IOException {
        List<Variant> variants = variants(bases());
        List<String> lossy = new ArrayList<>();
        List<String> rebuiltOtherwise = new ArrayList<>();
        int rebuilt = 0;
        for (Variant v : variants) {
            ParsedPost post;
            Issue issue;
            Series series;
            try {
                post = new HugoParser().parse(v.base(), v.text());
                series = new PostReader().learnSeries(post, null);
                issue = new PostReader().toIssue(post, series);
            } catch (RuntimeException e) {
                lossy.add(v.base() + " / " + v.what() + ": does not import: " + e.getMessage());
                continue;
            }
            String out = new HugoRenderer().render(series, issue, OffsetDateTime.now());
            if (!out.equals(v.text())) {
                lossy.add(v.base() + " / " + v.what() + ": other bytes" + firstDifference(v.text(), out));
            }
            if (v.inWrittenLayout()) {
                rebuilt++;
                String again = rebuildFromItems(v.text(), issue.number());
                if (!again.equals(v.text())) {
                    rebuiltOtherwise.add(v.base() + " / " + v.what() + firstDifference(v.text(), again));
                }
            }
        }
        System.out.printf(
                "Hugo layout variations: %d/%d export unchanged; %d/%d rebuilt from their items byte for byte%n",
                variants.size() - lossy.size(), variants.size(), rebuilt - rebuiltOtherwise.size(), rebuilt);
        lossy.stream().limit(10).forEach(System.out::println);
        rebuiltOtherwise.stream().limit(10).forEach(System.out::println);
        assertTrue(rebuilt > 50, "the generator keeps many variants in the written layout");
        assertEquals(List.of(), lossy.stream().limit(5).toList(), lossy.size() + " variants lossy");
        assertEquals(
                List.of(),
                rebuiltOtherwise.stream().limit(5).toList(),
                rebuiltOtherwise.size() + " variants rebuilt otherwise");
    }

    @Test
    void aDateOrTitleChangedAfterImportIsWrittenFromTheIssueNotFromTheOldLine() {
        String text = "+++\ndate = 2024-06-24T02:15\ntitle = 'Digest, Issue 7'\n+++\n\n## Period\n\n"
                + "`2024-06-16` ~ `2024-06-22`\n\n## One\n\n- a\n\n## References\n\n- https://one.example/\n";
        ParsedPost post = new HugoParser().parse("digest-7.md", text);
        Series series = new PostReader().learnSeries(post, null);
        Issue issue = new PostReader().toIssue(post, series);
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));

        OffsetDateTime later = issue.date().plusHours(1);
        Issue changed = new Issue(
                issue.series(),
                7,
                "Digest, Issue 7 (again)",
                issue.period(),
                later,
                issue.status(),
                issue.items(),
                issue.layout());
        String out = new HugoRenderer().render(series, changed, OffsetDateTime.now());
        assertTrue(
                out.startsWith("+++\ndate = " + FrontMatterValues.DATE.format(later)
                        + "\ntitle = \"Digest, Issue 7 (again)\"\n"),
                out);

        // A date given as the writer writes it is kept so, as long as it is the issue's date.
        Issue asWritten = HugoRenderer.withDateAsWritten(series, changed, later.toLocalDateTime() + "");
        assertTrue(new HugoRenderer()
                .render(series, asWritten, OffsetDateTime.now())
                .startsWith("+++\ndate = " + later.toLocalDateTime() + "\n"));
    }

    /**
     * Rebuilds a post in the written layout from what a writer gives {@code gleaner issue add}: each
     * article's heading, its summary (without the blank lines around it), its link and further links,
     * in a series set up as {@code gleaner series set} sets the real one.
     */
    private static String rebuildFromItems(String text, int number) {
        Series series = new Series(
                "Article Weekly",
                "Article Weekly, Issue {number}",
                List.of("Ji-Hoon Kim"),
                List.of("Article", "Weekly"),
                List.of("Article", "Weekly"),
                DayOfWeek.SUNDAY,
                ZoneId.of("Asia/Seoul"),
                FrontMatterFormat.TOML,
                "article-weekly-{number}.md",
                null,
                "posts",
                "Period",
                "References",
                Series.Options.none(),
                false);
        List<String> urls = new ArrayList<>();
        List<List<String>> also = new ArrayList<>();
        String refs = text.substring(text.lastIndexOf("\n## References\n"));
        for (String l : refs.lines().toList()) {
            if (l.startsWith("- ")) {
                urls.add(l.substring(2));
                also.add(new ArrayList<>());
            } else if (l.startsWith("  - ")) {
                also.getLast().add(l.substring(4));
            }
        }
        List<IssueItem> items = new ArrayList<>();
        List<int[]> spans = articleSpans(text);
        for (int i = 0; i < spans.size(); i++) {
            String a = text.substring(spans.get(i)[0], spans.get(i)[1]);
            int nl = a.indexOf('\n');
            String heading = nl < 0 ? a : a.substring(0, nl);
            String summary = nl < 0 ? "" : trimBlankLines(a.substring(nl));
            items.add(new IssueItem((long) i + 1, heading, summary, urls.get(i), also.get(i)));
        }
        Matcher period = Pattern.compile("`(\\S+)` ~ `(\\S+)`").matcher(text);
        Matcher date = Pattern.compile("(?m)^date = (\\S+)$").matcher(text);
        assertTrue(period.find() && date.find(), text);
        Issue issue = new Issue(
                series.name(),
                number,
                series.title(number),
                new IssuePeriod(LocalDate.parse(period.group(1)), LocalDate.parse(period.group(2))),
                OffsetDateTime.parse(date.group(1)),
                IssueStatus.PUBLISHED,
                items,
                IssueLayout.defaults(series));
        return new HugoRenderer().render(series, issue, OffsetDateTime.now());
    }

    private static String trimBlankLines(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        while (!lines.isEmpty() && lines.getFirst().isBlank()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "\n  expected …"
                + expected.substring(from, Math.min(expected.length(), i + 40)).replace("\n", "⏎") + "\n  actual   …"
                + actual.substring(from, Math.min(actual.length(), i + 40)).replace("\n", "⏎");
    }
}
