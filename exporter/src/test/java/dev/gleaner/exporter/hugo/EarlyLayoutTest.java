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
}
