package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small post per layout a series has used: the items read from it, and the same bytes back. */
class LayoutClassesTest {

    private record Read(Series series, Issue issue, String text) {}

    private static Read read(String name) throws IOException {
        String text;
        try (InputStream in = LayoutClassesTest.class.getResourceAsStream("/posts/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedPost post = new HugoParser().parse(name, text);
        Series series = new PostReader().learnSeries(post, null);
        Read r = new Read(series, new PostReader().toIssue(post, series), text);
        assertEquals(text, new HugoRenderer().render(series, r.issue(), OffsetDateTime.now()), name);
        assertNull(r.issue().layout().verbatimText(), name + " is written back part by part");
        return r;
    }

    private static List<String> headings(Issue i) {
        return i.items().stream().map(IssueItem::heading).toList();
    }

    @Test
    void currentLayoutWithAnEmptySummaryTablesAndAFenceHoldingHashes() throws IOException {
        Issue i = read("current-3.md").issue();
        assertEquals(
                List.of("Queues, explained", "A title with \"quotes\" and an emoji 🚀", "Tables and code"),
                headings(i));
        assertEquals("", i.items().get(1).summary());
        assertEquals(true, i.items().get(2).summary().contains("## a comment, not a heading"));
    }

    @Test
    void earlyIssueWithoutAPeriodSection() throws IOException {
        Read r = read("no-period-4.md");
        assertNull(r.issue().layout().periodHeading());
        assertEquals(List.of("The first one"), headings(r.issue()));
        assertEquals("https://one.example/4", r.issue().items().getFirst().url());
        assertEquals(4, r.issue().number());
    }

    @Test
    void yamlFrontMatterWithCommentsBlockListsLocalDateNumberedReferencesAndAClosingSection() throws IOException {
        Read r = read("yaml-5.md");
        assertEquals("Digest", r.series().name());
        assertEquals(List.of("Weekly", "읽기"), r.series().tags());
        assertEquals(List.of("First", "Second"), headings(r.issue()));
        assertEquals(
                List.of("https://first.example/5", "https://second.example/5"),
                r.issue().items().stream().map(IssueItem::url).toList());
        assertEquals(IssueStatus.PUBLISHED, r.issue().status());
        assertEquals(21, r.issue().date().getHour());

        // Editing the items keeps the closing section after the References.
        Issue edited = r.issue().withItems(r.issue().items().subList(0, 1));
        String out = new HugoRenderer().render(r.series(), edited, OffsetDateTime.now());
        assertEquals(true, out.endsWith("## References\n\n- https://first.example/5\n\n## 마무리\n\n다음 주에 만나요.\n"), out);
    }

    @Test
    void markdownLinkReferencesWithATitleAndAUtcDate() throws IOException {
        Read r = read("links-6.md");
        assertEquals(true, r.issue().layout().referenceLinks());
        assertEquals("https://beta.example/6", r.issue().items().get(1).url());
        assertEquals(java.time.ZoneOffset.UTC, r.issue().date().getOffset());
    }

    @Test
    void aDraftFlagMakesADraftIssue() {
        String text = "+++\ndraft = true\ndate = 2024-06-24\ntitle = \"Digest, Issue 10\"\n+++\n\n"
                + "## Period\n\n`2024-06-16` ~ `2024-06-22`\n\n## One\n\n- a\n\n## References\n\n- https://one.example/\n";
        ParsedPost post = new HugoParser().parse("digest-10.md", text);
        Series series = new PostReader().learnSeries(post, null);
        Issue issue = new PostReader().toIssue(post, series);
        assertEquals(IssueStatus.DRAFT, issue.status());
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));
    }
}
