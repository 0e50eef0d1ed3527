package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the content is found and cleaned on markup that many pages share, each case on a page written for it. */
class ReadabilityRulesTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String name) throws IOException {
        try (InputStream in = ReadabilityRulesTest.class.getResourceAsStream("/html/rules/" + name)) {
            return extractor.extract(in.readAllBytes(), null, "https://news.example.com/story");
        }
    }

    private static List<String> lines(Extraction e) {
        return e.text().lines().toList();
    }

    @Test
    void paragraphsWrittenAsDivsKeepTheirShortLinesAndTheTextAfterADoubleBreak() throws IOException {
        Extraction e = extract("div-paragraphs.html");
        List<String> lines = lines(e);
        assertTrue(lines.contains("Fares stay the same."), e.text());
        assertTrue(
                lines.contains(
                        "The committee's minutes, which list every stop and every fare on both routes, are on its page."),
                e.text());
        assertEquals(
                "Residents can suggest new stops on the council's site until the end of the month.",
                lines.getLast(),
                e.text());
        assertFalse(e.text().contains("Home"), "the menu stays out: " + e.text());
    }

    @Test
    void wordsInFontTagsStayInTheirSentence() throws IOException {
        Extraction e = extract("font-tags.html");
        assertTrue(lines(e).stream().anyMatch(l -> l.startsWith("Starter kept in the fridge needs feeding")), e.text());
        assertTrue(e.text().contains("the night before, feed it twice, and wait"), e.text());
    }

    @Test
    void aListOfHeadlineLinksInsideTheArticleGoesWithItsLeadInButAListOfSentencesStays() throws IOException {
        Extraction e = extract("teaser-list.html");
        assertFalse(e.text().contains("Council approves the new library budget"), e.text());
        assertFalse(e.text().contains("More news"), e.text());
        assertTrue(e.text().contains("and the bike racks on the pier stay open."), e.text());
        assertTrue(e.text().endsWith("before the spring schedule is printed."), e.text());
    }

    @Test
    void thePageHeaderBesideTheTextIsNotPartOfIt() throws IOException {
        Extraction e = extract("header-beside-text.html");
        assertFalse(e.text().contains("A cooperative of twelve farms"), "the standfirst: " + e.text());
        assertFalse(e.text().contains("farm correspondent"), "the byline: " + e.text());
        assertTrue(e.text().startsWith("Twelve orchards in the valley"), e.text());
        assertTrue(e.text().endsWith("for the rest of the year."), e.text());
    }

    @Test
    void anElementMarkedAsTheBylineIsLeftOutWhenTheMetadataNamesNoAuthor() throws IOException {
        Extraction e = extract("byline-marked.html");
        assertFalse(e.text().contains("Written by Jon Park"), e.text());
        assertTrue(e.text().startsWith("The town library will stay open"), e.text());
    }

    @Test
    void aTableOfDataStaysWithItsLinks() throws IOException {
        Extraction e = extract("data-table-links.html");
        assertTrue(e.text().contains("Stonebridge 2.7 m Agency station 2"), e.text());
        assertTrue(e.text().endsWith("when the valley was closed."), e.text());
    }

    @Test
    void aGallerysCounterAndButtonsAreNotText() throws IOException {
        Extraction e = extract("gallery-controls.html");
        assertEquals(2, lines(e).size(), e.text());
        assertTrue(e.text().contains("the terminal would close early on Sundays"), e.text());
    }

    @Test
    void adLabelsInAnyLanguageAndLoadingAndFiledUnderLinesAreNotText() throws IOException {
        Extraction e = extract("ad-labels.html");
        assertEquals(3, lines(e).size(), e.text());
        assertTrue(e.text().contains("and the advertising they did was a chalk board"), e.text());
    }
}
