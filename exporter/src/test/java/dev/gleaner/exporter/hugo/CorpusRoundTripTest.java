package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Corpus gate: every real post of the series imports and exports back byte for byte. */
class CorpusRoundTripTest {

    private static Path corpus() {
        String dir = System.getProperty("gleaner.corpus");
        assumeTrue(
                dir != null && Files.isDirectory(Path.of(dir, "hugo", "article-weekly")),
                "corpus folder hugo/article-weekly not found (set -Dgleaner.corpus): skipping the round-trip gate");
        return Path.of(dir, "hugo", "article-weekly");
    }

    @Test
    void everyCorpusPostRoundTripsByteForByte() throws IOException {
        Path dir = corpus();
        List<Path> posts;
        try (Stream<Path> s = Files.list(dir)) {
            posts = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        HugoParser parser = new HugoParser();
        PostReader reader = new PostReader();
        HugoRenderer renderer = new HugoRenderer();
        List<ParsedPost> parsed = new ArrayList<>();
        for (Path p : posts) {
            parsed.add(parser.parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        ParsedPost latest = parsed.stream()
                .max(java.util.Comparator.comparingInt(p -> reader.number(p).orElse(0)))
                .orElseThrow();
        Series series = reader.learnSeries(latest, null);
        int pass = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            String original = Files.readString(posts.get(i), StandardCharsets.UTF_8);
            try {
                Issue issue = reader.toIssue(parsed.get(i), series);
                int sections = parsed.get(i).sections().size();
                long linked = issue.items().stream()
                        .map(IssueItem::url)
                        .filter(u -> u.startsWith("http"))
                        .count();
                String out = renderer.render(series, issue, OffsetDateTime.now());
                boolean itemsOk = issue.items().size()
                        == Math.max(
                                sections,
                                issue.layout().grouped() ? issue.items().size() : sections);
                if (out.equals(original) && itemsOk && linked == issue.items().size()) {
                    pass++;
                } else {
                    failures.add(posts.get(i).getFileName() + (out.equals(original) ? " items" : " bytes"));
                }
            } catch (RuntimeException e) {
                failures.add(posts.get(i).getFileName() + ": " + e.getMessage());
            }
        }
        System.out.println("Hugo corpus round trip: " + pass + "/" + posts.size() + " byte-identical " + failures);
        crossValidation(posts, parsed, series);
        assertFalse(posts.isEmpty());
        assertEquals(List.of(), failures);
        assertEquals(posts.size(), pass);
        assertEquals("Article Weekly", series.name());
        assertEquals("Article Weekly, Issue {number}", series.titlePattern());
        assertEquals("article-weekly-{number}.md", series.filePattern());
        assertEquals(java.time.DayOfWeek.SUNDAY, series.weekStart());
    }

    /**
     * Prints the figures per half: the rules were written looking at the odd-positioned issues (1, 9,
     * 17, ...); the others are the held-out half. A post counts as read part by part when it needs no
     * copy as written; a post of the current layout is rebuilt from its items as a writer enters them
     * (heading, summary, link and the further links it cites) into a new issue.
     */
    private static void crossValidation(List<Path> posts, List<ParsedPost> parsed, Series series) {
        PostReader reader = new PostReader();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(
                i -> reader.number(parsed.get(i)).orElse(0)));
        int[][] figures = new int[2][5];
        List<String> notRebuilt = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int half = k % 2;
            Issue issue = reader.toIssue(parsed.get(i), series);
            String original;
            try {
                original = Files.readString(posts.get(i), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            figures[half][0]++;
            if (new HugoRenderer().render(series, issue, OffsetDateTime.now()).equals(original)) {
                figures[half][1]++;
            }
            if (issue.layout().verbatimText() == null) {
                figures[half][2]++;
            }
            var l = issue.layout();
            boolean current = l.frontMatterOpen().equals("+++")
                    && l.periodHeading() != null
                    && !l.grouped()
                    && l.sectionTitle() == null
                    && l.headingTemplate().equals("{heading}");
            if (current) {
                figures[half][3]++;
                List<IssueItem> typed = issue.items().stream()
                        .map(it -> new IssueItem(null, it.heading(), it.summary(), it.url(), it.alsoUrls()))
                        .toList();
                Issue rebuilt = new Issue(
                        series.name(),
                        issue.number(),
                        series.title(issue.number()),
                        issue.period(),
                        issue.date(),
                        IssueStatus.PUBLISHED,
                        typed,
                        IssueLayout.defaults(series));
                if (new HugoRenderer().render(series, rebuilt, issue.date()).equals(original)) {
                    figures[half][4]++;
                } else {
                    notRebuilt.add(posts.get(i).getFileName().toString());
                }
            }
        }
        for (int half = 0; half < 2; half++) {
            System.out.printf(
                    "Hugo corpus, %s half: import -> export %d/%d identical (%d read part by part); "
                            + "rebuilt from items %d/%d of the current layout%n",
                    half == 0 ? "tuning (1st, 3rd, ...)" : "held-out (2nd, 4th, ...)",
                    figures[half][1],
                    figures[half][0],
                    figures[half][2],
                    figures[half][4],
                    figures[half][3]);
        }
        System.out.println("Hugo corpus, not rebuilt from items: " + notRebuilt);
        for (int[] f : figures) {
            assertEquals(f[0], f[1], "every post exports back unchanged");
        }
        assertEquals(List.of(), notRebuilt, "every post of the current layout is rebuilt from its items");
    }
}
