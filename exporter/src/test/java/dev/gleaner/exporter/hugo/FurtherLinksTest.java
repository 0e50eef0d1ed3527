package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item that cites several links: the further ones nested under its own link in References. */
class FurtherLinksTest {

    private static final String NAME = "several-links-7.md";

    private static String fixture() throws IOException {
        try (InputStream in = FurtherLinksTest.class.getResourceAsStream("/posts/" + NAME)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Series series(String text) {
        return new PostReader().learnSeries(new HugoParser().parse(NAME, text), null);
    }

    private static Issue imported(String text, Series series) {
        return new PostReader().toIssue(new HugoParser().parse(NAME, text), series);
    }

    @Test
    void nestedLinksBecomeTheItemsFurtherLinksAndExportBackPartByPart() throws IOException {
        String text = fixture();
        Series series = series(text);
        Issue issue = imported(text, series);
        assertEquals(3, issue.items().size());
        IssueItem first = issue.items().getFirst();
        assertEquals("https://db.example/btrees-and-indexes", first.url());
        assertEquals(List.of("https://db.example/uuid-primary-keys", "https://db.example/ulid"), first.alsoUrls());
        assertEquals(List.of(), issue.items().get(1).alsoUrls());
        // The nested bullet inside the summary is the writer's text, not a link of the item.
        assertTrue(first.summary().endsWith("  - 함께 읽은 글에서 자세히 다룸"), first.summary());
        assertNull(issue.layout().referencesText(), "the references are written from the items");
        assertNull(issue.layout().verbatimText(), "the post is written back part by part");
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));
    }

    @Test
    void theSameIssueComposedFromItsItemsGivesTheSameBytes() throws IOException {
        String text = fixture();
        Series series = series(text);
        Issue read = imported(text, series);
        List<IssueItem> typed = new ArrayList<>();
        for (IssueItem i : read.items()) {
            typed.add(new IssueItem(null, i.heading(), i.summary(), i.url(), i.alsoUrls()));
        }
        Issue composed = new Issue(
                series.name(),
                7,
                series.title(7),
                read.period(),
                OffsetDateTime.parse("2024-09-16T23:00:00+09:00"),
                IssueStatus.PUBLISHED,
                typed,
                IssueLayout.defaults(series));
        assertEquals(text, new HugoRenderer().render(series, composed, OffsetDateTime.now()));
    }

    @Test
    void aFurtherLinkUnderTheLastEntryEndsThePostAsWritten() throws IOException {
        String text = fixture()
                .replace(
                        "- https://ai.example/o1/\n",
                        "- https://ai.example/o1/\n  - https://video.example/watch?v=1\n");
        Series series = series(text);
        Issue issue = imported(text, series);
        assertEquals(
                List.of("https://video.example/watch?v=1"),
                issue.items().getLast().alsoUrls());
        assertNull(issue.layout().referencesText());
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));
        // Edited, the issue is written from its items: the same bytes.
        Issue edited = issue.withItems(issue.items());
        assertEquals(text, new HugoRenderer().render(series, edited, OffsetDateTime.now()));
    }

    @Test
    void editingTheIssueKeepsEachItemsFurtherLinksUnderItsOwnLink() throws IOException {
        String text = fixture();
        Series series = series(text);
        Issue issue = imported(text, series);
        List<IssueItem> items = new ArrayList<>(issue.items());
        items.add(items.removeFirst().withHeading("B-trees"));
        String out = new HugoRenderer().render(series, issue.withItems(items), OffsetDateTime.now());
        assertTrue(
                out.endsWith("## References\n\n"
                        + "- https://app.example/blog/now-open-source\n"
                        + "- https://ai.example/o1/\n"
                        + "- https://db.example/btrees-and-indexes\n"
                        + "  - https://db.example/uuid-primary-keys\n"
                        + "  - https://db.example/ulid\n"),
                out);
    }

    @Test
    void aNestedLineThatIsNotALinkStaysAsWritten() throws IOException {
        String text =
                fixture().replace("  - https://db.example/ulid\n", "  - https://db.example/ulid\n  - 함께 읽으면 좋음\n");
        Series series = series(text);
        Issue issue = imported(text, series);
        assertEquals(
                List.of("https://db.example/uuid-primary-keys", "https://db.example/ulid"),
                issue.items().getFirst().alsoUrls());
        assertNotNull(issue.layout().referencesText());
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));
    }

    @Test
    void nestedMarkdownLinksAndAutolinksAreReadAsTheirUrls() {
        String text = "+++\ndate = 2024-06-24T02:15:00+09:00\ntitle = \"Digest, Issue 8\"\n+++\n\n"
                + "## Period\n\n`2024-06-16` ~ `2024-06-22`\n\n## One\n\n- a\n\n## References\n\n"
                + "- [One](https://one.example/)\n"
                + "    * [its source](https://one.example/source)\n"
                + "    * <https://one.example/data>\n";
        Series series = new PostReader().learnSeries(new HugoParser().parse("digest-8.md", text), null);
        Issue issue = new PostReader().toIssue(new HugoParser().parse("digest-8.md", text), series);
        assertEquals(
                List.of("https://one.example/source", "https://one.example/data"),
                issue.items().getFirst().alsoUrls());
        assertEquals(text, new HugoRenderer().render(series, issue, OffsetDateTime.now()));
    }
}
