package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A new issue composed from the seed's eight items renders exactly like the real post. */
class SeedIssueTest {

    @Test
    void composedIssueRendersTheSeedByteForByte() throws Exception {
        String corpus = System.getProperty("gleaner.corpus");
        assumeTrue(corpus != null, "no gleaner.corpus: skipping the seed check");
        Path seeds = Path.of(corpus).resolveSibling("seeds");
        assumeTrue(Files.isDirectory(seeds), "no seeds folder next to the corpus: skipping");
        Path seed;
        try (Stream<Path> s = Files.list(seeds)) {
            seed = s.filter(p -> p.getFileName().toString().startsWith("001_"))
                    .findFirst()
                    .orElse(null);
        }
        assumeTrue(seed != null, "seed 001 absent: skipping");
        String expected = Files.readString(seed, StandardCharsets.UTF_8);

        // The items as a writer would enter them: heading, summary, link; nothing else from the file.
        String body = expected.substring(expected.indexOf("## Period"));
        String[] sections = body.split("\n## ");
        List<String> urls = sections[sections.length - 1]
                .lines()
                .filter(l -> l.startsWith("- "))
                .map(l -> l.substring(2))
                .toList();
        List<IssueItem> items = new ArrayList<>();
        for (int i = 1; i < sections.length - 1; i++) {
            String s = sections[i];
            int nl = s.indexOf('\n');
            items.add(new IssueItem(null, s.substring(0, nl), s.substring(nl).strip(), urls.get(i - 1)));
        }
        assertEquals(8, items.size());
        Series series = new Series(
                "Article Weekly",
                "Article Weekly, Issue {number}",
                List.of("Ji-Hoon Kim"),
                List.of("Article", "Weekly"),
                List.of("Article", "Weekly"),
                DayOfWeek.SUNDAY,
                ZoneId.of("Asia/Seoul"),
                dev.gleaner.core.issue.FrontMatterFormat.TOML,
                "article-weekly-{number}.md",
                null,
                "posts",
                null,
                null,
                null,
                false);
        OffsetDateTime date = OffsetDateTime.parse("2024-06-24T02:15:00+09:00");
        IssuePeriod period = IssuePeriod.lastFullWeek(LocalDate.parse("2024-06-24"), DayOfWeek.SUNDAY);
        Issue issue = new Issue(
                series.name(),
                25,
                series.title(25),
                period,
                date,
                IssueStatus.PUBLISHED,
                items,
                IssueLayout.defaults(series));
        assertEquals(expected, new HugoRenderer().render(series, issue, date));
    }
}
