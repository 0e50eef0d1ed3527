package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.Series;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Early layouts (one overview section for several articles, bold headings, nested references) round-trip. */
class EarlyLayoutTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = EarlyLayoutTest.class.getResourceAsStream("/posts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Issue read(String name, String text) {
        ParsedPost post = new HugoParser().parse(name, text);
        Series series = new PostReader().learnSeries(post, null);
        return new PostReader().toIssue(post, series);
    }

    @Test
    void overviewSectionWithTwoArticlesSplitsIntoTwoItemsAndExportsUnchanged() throws IOException {
        String text = fixture("grouped-2.md");
        ParsedPost post = new HugoParser().parse("grouped-2.md", text);
        Series series = new PostReader().learnSeries(post, null);
        Issue issue = new PostReader().toIssue(post, series);
        assertEquals(
                List.of("First article", "Second"),
                issue.items().stream().map(IssueItem::heading).toList());
        assertEquals(
                List.of("https://one.example/a", "https://two.example/b"),
                issue.items().stream().map(IssueItem::url).toList());
        assertEquals("Digest", series.name());
        assertEquals("grouped-{number}.md", series.filePattern());
        assertEquals(2, issue.number());
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));
    }

    @Test
    void boldHeadingsNumberedListsAndNestedReferencesRoundTrip() throws IOException {
        String text = fixture("bold-9.md");
        Issue issue = read("bold-9.md", text);
        assertEquals(
                List.of("Bold one", "Bold two: 🤔"),
                issue.items().stream().map(IssueItem::heading).toList());
        assertEquals("https://a.example/1", issue.items().getFirst().url());
        assertEquals("### Sub\n\n- x", issue.items().get(1).summary());
        ParsedPost post = new HugoParser().parse("bold-9.md", text);
        Series series = new PostReader().learnSeries(post, null);
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));

        // Editing the items writes the references from the model again.
        Issue edited = issue.withItems(issue.items().subList(1, 2));
        String out = new HugoRenderer().render(series, edited, OffsetDateTime.now());
        assertEquals(true, out.endsWith("## References\n\n- https://b.example/2\n"), out);
        assertEquals(false, out.contains("Bold one"));
    }

    @Test
    void introductionSectionAndFreeFormPeriodAreKeptAsWritten() {
        String text = "---\ndate: 2024-05-26T01:50:00+09:00\ntitle: \"Digest #21\"\nseries: [\"Digest\"]\n---\n\n"
                + "## Period\n\nlast week of May\n\n## Intro\n\nHello.\n\n## Only article\n\n- s\n\n"
                + "## References\n\n- https://c.example/\n";
        ParsedPost post = new HugoParser().parse("digest-21.md", text);
        Series series = new PostReader().learnSeries(post, null);
        Issue issue = new PostReader().toIssue(post, series);
        assertEquals(1, issue.items().size());
        assertEquals("Only article", issue.items().getFirst().heading());
        assertEquals(21, issue.number());
        assertEquals(dev.gleaner.core.issue.FrontMatterFormat.YAML, series.frontMatter());
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));
    }

    @Test
    void aLinkListUnderAnotherHeadingCountsAsReferences() {
        String text = "+++\ndate = 2024-05-26T01:50:00+09:00\ntitle = \"주간 읽기 3호\"\n+++\n\n"
                + "## 기간\n\n`2024-05-19` ~ `2024-05-25`\n\n## 글 하나\n\n- 요약\n\n"
                + "## 링크\n\n- [글 하나](https://d.example/한글)\n";
        ParsedPost post = new HugoParser().parse("weekly-3.md", text);
        Series series = new PostReader().learnSeries(post, null);
        Issue issue = new PostReader().toIssue(post, series);
        assertEquals("https://d.example/한글", issue.items().getFirst().url());
        assertEquals("주간 읽기 {number}호", series.titlePattern());
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));
    }
}
