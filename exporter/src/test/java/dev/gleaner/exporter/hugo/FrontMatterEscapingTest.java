package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gleaner.core.issue.FrontMatterFormat;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Front matter values survive every format, read back by real TOML, YAML and JSON parsers. */
class FrontMatterEscapingTest {

    private static final String TITLE = "Weekly \"quotes\" \\ back#slash: 주간 🤔 # not a comment\nsecond line\ttab";

    @ParameterizedTest
    @EnumSource(FrontMatterFormat.class)
    void trickyTitleTagsAndAuthorsRoundTripThroughARealParser(FrontMatterFormat format) throws Exception {
        Series series = new Series(
                "Article: Weekly #1",
                "Article Weekly, Issue {number}",
                List.of("김지훈", "O'Neil \"Bob\""),
                List.of("C#", "a: b", "🚀"),
                List.of("Back\\slash"),
                DayOfWeek.SUNDAY,
                ZoneId.of("Asia/Seoul"),
                format,
                "article-weekly-{number}.md",
                null,
                "posts",
                "Period",
                "References",
                new Series.Options(true, true, false, true),
                false);
        OffsetDateTime date = OffsetDateTime.parse("2024-06-24T02:15:00+09:00");
        Issue issue = new Issue(
                series.name(),
                25,
                TITLE,
                new IssuePeriod(LocalDate.parse("2024-06-16"), LocalDate.parse("2024-06-22")),
                date,
                IssueStatus.DRAFT,
                List.of(new IssueItem(null, "Heading \"one\"", "- a", "https://example.com/a")),
                IssueLayout.defaults(series));
        String fm = new HugoRenderer().frontMatter(series, issue, date);
        JsonNode node = switch (format) {
            case TOML -> new TomlMapper().readTree(between(fm, "+++\n", "+++\n"));
            case YAML -> new YAMLMapper().readTree(between(fm, "---\n", "---\n"));
            case JSON -> new ObjectMapper().readTree(fm);
        };
        assertEquals(TITLE, node.get("title").asText());
        assertEquals("김지훈", node.get("authors").get(0).asText());
        assertEquals("O'Neil \"Bob\"", node.get("authors").get(1).asText());
        assertEquals("C#", node.get("tags").get(0).asText());
        assertEquals("a: b", node.get("tags").get(1).asText());
        assertEquals("🚀", node.get("tags").get(2).asText());
        assertEquals("Back\\slash", node.get("categories").get(0).asText());
        assertEquals("Article: Weekly #1", node.get("series").get(0).asText());
        assertEquals(true, node.get("draft").asBoolean());
        assertEquals("article-weekly-25", node.get("slug").asText());
        assertEquals("Heading \"one\"", node.get("description").asText());
        assertEquals(
                date.toInstant(),
                OffsetDateTime.parse(node.get("date").asText().replace(' ', 'T'))
                        .toInstant());

        String post = new HugoRenderer().render(series, issue, date);
        ParsedPost parsed = new HugoParser().parse("article-weekly-25.md", post);
        Issue back = new PostReader().toIssue(parsed, series);
        assertEquals(TITLE, back.title());
        assertEquals(post, new HugoRenderer().render(series, back.withStatus(IssueStatus.DRAFT), date));
    }

    private static String between(String s, String open, String close) {
        int a = s.indexOf(open) + open.length();
        return s.substring(a, s.indexOf(close, a));
    }
}
