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

    @Test
    void naverSmartEditorComponentsKeepWhatTheirModuleDataHolds() throws IOException {
        Extraction e;
        try (InputStream in = ExtractionRulesTest.class.getResourceAsStream("/html/rules/naver-se4-components.html")) {
            e = extractor.extract(in.readAllBytes(), null, "https://m.blog.naver.com/someone/200");
        }
        // The formula's LaTeX, from its module data, as a math block.
        assertTrue(e.text().contains("\\frac{n!}{r!\\left(n-r\\right)!}"), e.text());
        assertTrue(e.markdown().contains("```math"), e.markdown());
        // The code keeps its lines and language.
        assertTrue(e.markdown().contains("```python\ndef comb(n, r):\n    return"), e.markdown());
        // The video is named by its title.
        assertTrue(e.text().contains("파스칼의 삼각형 애니메이션"), e.text());
        // The link card is its title as a link, without its teaser and domain line.
        assertTrue(e.markdown().contains("[순열과 조합의 차이](https://blog.naver.com/someone/100)"), e.markdown());
        assertFalse(e.text().contains("알아보려고 합니다"), e.text());
        // A place keeps its name and address, not its map picture.
        assertTrue(e.text().contains("수학 도서관\n서울특별시 종로구 세종대로 1"), e.text());
        assertFalse(e.html().contains("static.map"), e.html());
    }

    @Test
    void aCodeTableWithALineNumberGutterBecomesOneCodeBlock() throws IOException {
        Extraction e = extract("code-table-gutter.html");
        assertTrue(
                e.markdown()
                        .contains(
                                "scanner := bufio.NewScanner(file)\n    for scanner.Scan() {\n        fmt.Println(scanner.Text())\n    }"),
                e.markdown());
        assertFalse(e.text().contains("Highlighted by"), e.text());
        assertFalse(e.text().matches("(?sm).*^1$.*"), e.text());
        assertFalse(e.text().contains("eh"), e.text());
    }

    @Test
    void aWordPressPageWithoutAnEntryContentClassIsReadByScoringNotByItsFirstArticleElement() throws IOException {
        Extraction e = extract("wordpress-builder-post.html");
        assertTrue(e.text().startsWith("Some people build the business"), e.text());
        assertTrue(e.text().contains("Habit one: write the goal down"), e.text());
        assertFalse(e.text().contains("Great post"), e.text());
    }

    @Test
    void datelinesCreditsAdvertLabelsRelatedLinksAndClosingNotesLeaveTheArticle() throws IOException {
        Extraction e = extract("news-boilerplate.html");
        String text = e.text();
        assertTrue(text.startsWith("Council members vote on the tram line"), text);
        assertEquals(1, text.split("Council members vote", -1).length - 1, "a gallery caption once: " + text);
        assertTrue(text.contains("The city council approved the long-debated tram line"), text);
        assertTrue(
                text.contains("Supporters said the line would take thousands of cars off the road each day.\n"), text);
        assertTrue(text.endsWith("the transport department said in a statement after the vote."), text);
        for (String noise : new String[] {
            "Updated 5:27",
            "Photo: Jane Roe",
            "Advertisement",
            "You may also like",
            "Bus fares",
            "Old bridge",
            "Follow us",
            "All rights reserved"
        }) {
            assertFalse(text.contains(noise), noise + " in " + text);
        }
    }

    @Test
    void anEmbeddedTweetStaysWhileShareButtonsGo() throws IOException {
        Extraction e = extract("embedded-tweet.html");
        assertTrue(e.text().contains("Yes this is real and yes the state spent half a million dollars"), e.text());
        // A post whose lines are broken by <br><br> keeps them all, its link too.
        assertTrue(e.text().contains("slogan.\nmeet.\nthe slogan. https://t.co/def"), e.text());
        assertTrue(e.text().contains("measure it had already worked better"), e.text());
        assertFalse(e.text().contains("Share on"), e.text());
    }

    @Test
    void tistoryImagePlaceholdersBecomeImagesWithTheirCaptionsAsAltText() throws IOException {
        Extraction e;
        try (InputStream in =
                ExtractionRulesTest.class.getResourceAsStream("/html/rules/tistory-image-placeholders.html")) {
            e = extractor.extract(in.readAllBytes(), null, "https://travel.tistory.com/3");
        }
        assertFalse(e.text().contains("[##_"), e.text());
        assertTrue(e.markdown().contains("![바다가 보이는 창가 자리]("), e.markdown());
        assertTrue(e.markdown().contains("![시장 입구]("), e.markdown());
        assertFalse(e.text().contains("시장 입구"), "a caption is not a line of the text: " + e.text());
        assertTrue(e.html().contains("https://blog.kakaocdn.net/dn/abCDeF/btrAAA111/XyZ0123/img.png"), e.html());
        assertTrue(e.html().contains("https://blog.kakaocdn.net/dn/mnOPqR/btrCCC333/DeF8901/img.jpg"), e.html());
    }

    @Test
    void dottedDublinCoreNamesGiveTitleAndByline() throws IOException {
        Extraction e = extract("byline-dc-creator.html");
        assertEquals("Neue Tastatur im Test: leise und flach", e.title());
        assertEquals("Mac & i", e.byline());
    }

    @Test
    void anAuthorPropertyAmongOthersGivesTheBylineByItsName() throws IOException {
        Extraction e = extract("byline-itemprop.html");
        assertEquals("Corey Kilgannon", e.byline());
    }

    @Test
    void buttonAndCounterLabelsInsideTheArticleAreDropped() throws IOException {
        Extraction e = extract("ui-labels.html");
        assertTrue(e.text().endsWith("ReentrantLock으로 바꿔야 했습니다."), e.text());
        for (String label : new String[] {"Posted by", "공감", "댓글", "구독하기", "공유하기"}) {
            assertFalse(e.text().contains(label), label + " in " + e.text());
        }
    }

    @Test
    void aDatelineGoesButAYearHeadingStays() throws IOException {
        Extraction e = extract("dateline-vs-year.html");
        assertTrue(e.text().startsWith("2023\nWe moved the whole build"), e.text());
        assertFalse(e.text().contains("19:09"), e.text());
    }

    @Test
    void anArticleInsideABoxNamedLikeChromeIsFoundOnTheRetryThatKeepsUnlikelyBlocks() throws IOException {
        Extraction e = extract("article-in-chrome-named-box.html");
        assertTrue(e.text().contains("For three hundred years the river ran west"), e.text());
        assertTrue(e.text().contains("the slow work of sediment had begun"), e.text());
        assertFalse(e.text().contains("Copyright the Valley Review"), e.text());
    }

    @Test
    void proseThatContentScoringMissesIsReadByTextDensity() throws IOException {
        Extraction e = extract("glossary-definition-list.html");
        assertTrue(e.text().contains("At right angles to the length of the boat"), e.text());
        assertTrue(e.text().contains("most boats cannot point much closer"), e.text());
        assertTrue(e.text().contains("the windward side"), e.text());
        assertFalse(e.text().contains("Shop"), e.text());
    }

    @Test
    void aTistoryLinkCardIsALinkWithItsTitleAsInSmartEditor() throws IOException {
        Extraction e = extract("tistory-link-card.html");
        assertTrue(e.markdown().contains("[레디스 만료 정책](https://blog.example.kr/redis-expire)"), e.markdown());
        assertFalse(e.text().contains("지연 삭제"), "the card's teaser is decoration: " + e.text());
        assertFalse(e.text().contains("blog.example.kr"), "the card's host line is decoration: " + e.text());
        assertTrue(e.text().contains("캐시 무효화는 쓰기 경로에서"), e.text());
    }

    @Test
    void aHoverCardKeepsTheNameInTheTextButNotTheCardOfOtherStories() throws IOException {
        Extraction e = extract("hover-cards.html");
        assertTrue(e.text().contains("after Councillor Mara Quill argued that the old crossing"), e.text());
        assertFalse(e.text().contains("Harbour parking fees"), "the card is shown only on hover: " + e.text());
        assertFalse(e.text().contains("Share on the feed"), e.text());
    }

    @Test
    void linksInCapitalsBetweenParagraphsAreTeasersButTheOpeningLinkStays() throws IOException {
        Extraction e = extract("shouted-links.html");
        assertFalse(e.text().contains("FOUNDER PRAISES STAFF"), "another story's headline: " + e.text());
        assertFalse(e.text().contains("BY CLICKING HERE"), "a call to action: " + e.text());
        assertTrue(e.text().contains("SEE THE FULL QUARTERLY RESULTS"), "what the page opens with stays: " + e.text());
        assertTrue(e.text().contains("Our guide to garden tools compares"), e.text());
        assertTrue(e.text().contains("Shares rose in early trading."), e.text());
    }

    @Test
    void aCaptionThatEndsWithAPhotoCreditIsNotPartOfTheText() throws IOException {
        Extraction e = extract("captions-with-credits.html");
        assertFalse(e.text().contains("Workers clear timber"), "a figure's caption with its credit: " + e.text());
        assertFalse(e.text().contains("took two days to build"), "a caption outside a figure: " + e.text());
        assertTrue(e.text().contains("one vehicle at a time (Reuters)"), "an agency line is text: " + e.text());
        assertTrue(e.text().contains("Crews worked through the weekend"), e.text());
        assertTrue(e.text().contains("A full repair is expected"), e.text());
    }

    @Test
    void aGallerysSlideCaptionsAreNotTheArticleButAFiguresCaptionStays() throws IOException {
        Extraction e = extract("gallery-captions.html");
        assertFalse(e.text().contains("greets welders"), "the slide's caption: " + e.text());
        assertTrue(e.text().contains("The minister promised on Wednesday"), e.text());
        assertTrue(e.text().contains("can take ships of up to ninety metres"), "a figure's own caption: " + e.text());
        assertTrue(e.text().contains("The first steel is expected"), e.text());
    }

    @Test
    void aRelatedLinksLeadInWhoseLinksAreGoneIsNotLeftBetweenParagraphs() throws IOException {
        Extraction e = extract("orphan-related-leads.html");
        assertFalse(e.text().lines().anyMatch(l -> l.strip().equals("More:")), e.text());
        assertFalse(e.text().contains("Read More"), e.text());
        assertFalse(e.text().contains("Read our review"), "an inline link to another story: " + e.text());
        assertTrue(e.text().contains("The trains will have more seats"), e.text());
        assertTrue(e.text().contains("The operator will publish a new timetable"), e.text());
    }

    @Test
    void aReadingTimeEstimateIsNotTextButASentenceAboutMinutesIs() throws IOException {
        Extraction e = extract("reading-time.html");
        assertFalse(e.text().contains("Tempo de leitura"), e.text());
        assertFalse(e.text().contains("5 min read"), e.text());
        assertTrue(e.text().contains("Leva 5 minutos de leitura por noite"), e.text());
        assertTrue(e.text().startsWith("Ler em voz alta"), e.text());
    }
}
