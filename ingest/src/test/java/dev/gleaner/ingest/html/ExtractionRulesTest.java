package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The general extraction rules, each shown on a small page written for it. */
class ExtractionRulesTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String name) throws IOException {
        try (InputStream in = ExtractionRulesTest.class.getResourceAsStream("/html/rules/" + name)) {
            return extractor.extract(in.readAllBytes(), null, "https://news.example.com/story");
        }
    }

    @Test
    void jsonLdInCdataGivesTheHeadlineWhenItsNameIsTheSiteName() throws IOException {
        Extraction e = extract("title-jsonld-cdata.html");
        assertEquals("Harbour ferries return after the winter storms", e.title());
        assertFalse(
                e.text().contains("Harbour ferries return"), "the headline is not repeated in the body: " + e.text());
    }

    @Test
    void documentTitleLosesTheSiteNameAfterAnEnDash() throws IOException {
        Extraction e = extract("title-separator-dash.html");
        assertEquals("Growing tomatoes on a north-facing balcony", e.title());
        assertTrue(e.text().startsWith("Tomatoes want sun"), e.text());
    }

    @Test
    void metaTagsOutsideTheHeadStillCount() throws IOException {
        Extraction e = extract("title-meta-outside-head.html");
        assertEquals("Library opens its new reading room to the public", e.title());
        assertFalse(e.text().contains("Town Herald"), "a heading of title and site name is dropped: " + e.text());
    }

    @Test
    void anOpeningHeadlineWordedLikeTheTitleIsDroppedButLaterHeadingsStay() throws IOException {
        Extraction e = extract("headline-variant.html");
        assertEquals("County roundup: Riverside beats Oakfield to stay unbeaten", e.title());
        assertTrue(e.text().startsWith("Riverside kept its perfect record"), e.text());
        assertTrue(e.text().contains("Girls basketball"), e.text());
    }
}
