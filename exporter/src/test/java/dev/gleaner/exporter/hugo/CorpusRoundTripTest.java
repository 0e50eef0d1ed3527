package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
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
        assertFalse(posts.isEmpty());
        assertEquals(List.of(), failures);
        assertEquals(posts.size(), pass);
        assertEquals("Article Weekly", series.name());
        assertEquals("Article Weekly, Issue {number}", series.titlePattern());
        assertEquals("article-weekly-{number}.md", series.filePattern());
        assertEquals(java.time.DayOfWeek.SUNDAY, series.weekStart());
    }
}
