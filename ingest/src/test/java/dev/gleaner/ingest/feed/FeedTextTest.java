package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles and links as a conformant parser reads them, one class of feeds per test. */
class FeedTextTest {
    private static final String FEED_URL = "https://blog.example/feed.xml";
    private final FeedParser parser = new FeedParser();

    private ParsedFeed rss(String channel) {
        return parser.parse(
                "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>" + channel
                        + "</channel></rss>",
                FEED_URL);
    }

    private ParsedFeed atom(String attrs, String body) {
        return parser.parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"" + attrs + ">" + body + "</feed>", FEED_URL);
    }

    private static List<String> titles(ParsedFeed feed) {
        return feed.entries().stream().map(FeedEntry::title).toList();
    }

    @Test
    void rssTitlesDecodeEntitiesAndDoubleEscapedEntitiesToText() {
        ParsedFeed feed = rss("<title>AT&amp;T &#8211; news</title>"
                + "<item><title>Q&amp;amp;A: x &amp;lt; y</title></item>"
                + "<item><title>&lt;b&gt;Bold&lt;/b&gt; move</title></item>");
        assertEquals("AT&T – news", feed.title());
        assertEquals(List.of("Q&A: x < y", "Bold move"), titles(feed));
    }

    @Test
    void rssTitlesInCdataKeepEscapedMarkupAsVisibleText() {
        ParsedFeed feed = rss("<title><![CDATA[Tips & <b>tricks</b>]]></title>"
                + "<item><title><![CDATA[Why 1 &lt; 2 &amp; <em>more</em>]]></title></item>");
        assertEquals("Tips & tricks", feed.title());
        assertEquals(List.of("Why 1 < 2 & more"), titles(feed));
    }

    @Test
    void markupWrittenInsideAnRssTitleKeepsItsText() {
        ParsedFeed feed = rss("<title>Hello <em>world</em></title><item><title><span>Part</span> two</title></item>");
        assertEquals("Hello world", feed.title());
        assertEquals(List.of("Part two"), titles(feed));
    }

    @Test
    void aMissingRssTitleFallsBackToDublinCore() {
        ParsedFeed feed = rss("<dc:title>From DC</dc:title><item><dc:title>Item from DC</dc:title></item>"
                + "<item><title>Own</title><dc:title>Not this</dc:title></item>");
        assertEquals("From DC", feed.title());
        assertEquals(List.of("Item from DC", "Own"), titles(feed));
    }

    @Test
    void atomTextTypesAreReadAsRfc4287Says() {
        ParsedFeed feed = atom(
                "",
                "<title type=\"text\">a &lt;b&gt; tag</title>"
                        + "<entry><title type=\"html\">&lt;b&gt;Bold&lt;/b&gt; &amp;amp; co</title></entry>"
                        + "<entry><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">A <b>b</b>"
                        + " &lt;c&gt;</div></title></entry>"
                        + "<entry><title>Plain &amp; simple</title></entry>"
                        + "<entry><title type=\"html\"><![CDATA[Sum &lt; 3 <i>only</i>]]></title></entry>");
        assertEquals("a <b> tag", feed.title());
        assertEquals(List.of("Bold & co", "A b <c>", "Plain & simple", "Sum < 3 only"), titles(feed));
    }

    @Test
    void base64TitlesAreDecodedOnlyWhenTheTypeIsBinaryOrTheModeSaysSo() {
        ParsedFeed atom03 = parser.parse(
                "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title mode=\"base64\">"
                        + "RmVlZCDtlZzquIA=</title><entry><title mode=\"escaped\" type=\"text/html\">"
                        + "&lt;b&gt;Escaped&lt;/b&gt;</title></entry></feed>",
                FEED_URL);
        assertEquals("Feed 한글", atom03.title());
        assertEquals(List.of("Escaped"), titles(atom03));
        ParsedFeed atom10 = atom(
                "",
                "<title type=\"application/octet-stream\">QmluYXJ5IHRpdGxl</title>"
                        + "<entry><title type=\"application/x-custom\">test</title></entry>");
        assertEquals("Binary title", atom10.title());
        assertEquals(List.of("test"), titles(atom10), "text that is no Base64 of UTF-8 stays as written");
    }

    @Test
    void linksResolveAgainstNestedRelativeXmlBase() {
        ParsedFeed feed = atom(
                " xml:base=\"http://example.org/blog/\"",
                "<link href=\"./\"/><entry xml:base=\"2024/\"><title>t</title><link href=\"post.html\"/></entry>"
                        + "<entry><title>u</title><link rel=\"alternate\" href=\"/top.html\"/></entry>");
        assertEquals("http://example.org/blog/", feed.siteUrl());
        assertEquals(
                "http://example.org/blog/2024/post.html", feed.entries().get(0).link());
        assertEquals("http://example.org/top.html", feed.entries().get(1).link());
    }

    @Test
    void aBaseWithoutPathAndAnEmptyReferenceResolveAsRfc3986Says() {
        ParsedFeed feed = atom(
                " xml:base=\"http://example.org\"",
                "<link href=\"about\"/><entry xml:base=\"http://example.org/a/page#frag\"><title>t</title>"
                        + "<link href=\"\"/></entry>");
        assertEquals("http://example.org/about", feed.siteUrl());
        assertEquals("http://example.org/a/page", feed.entries().getFirst().link());
    }

    @Test
    void withoutXmlBaseRelativeLinksResolveAgainstTheFeedUrl() {
        ParsedFeed feed = rss("<title>t</title><link>/</link><item><title>i</title><link>posts/1</link></item>");
        assertEquals("https://blog.example/", feed.siteUrl());
        assertEquals("https://blog.example/posts/1", feed.entries().getFirst().link());
    }

    @Test
    void theSiteLinkIsTheAlternateLinkNeverTheSelfLink() {
        ParsedFeed both = atom(
                "",
                "<link rel=\"self\" href=\"https://blog.example/feed.xml\"/>"
                        + "<link rel=\"alternate\" type=\"text/html\" href=\"https://blog.example/\"/>");
        assertEquals("https://blog.example/", both.siteUrl());
        ParsedFeed selfOnly = atom("", "<link rel=\"self\" href=\"https://blog.example/feed.xml\"/>");
        assertNull(selfOnly.siteUrl());
    }

    @Test
    void rdfItemsOutsideTheChannelAreReadWithTheirNamespacedTitles() {
        ParsedFeed feed = parser.parse(
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
                        + "<channel rdf:about=\"http://example.org/\"><title>RDF &amp; co</title>"
                        + "<link>http://example.org/</link></channel>"
                        + "<item rdf:about=\"http://example.org/1\"><title>First</title>"
                        + "<link>http://example.org/1</link></item>"
                        + "<item rdf:about=\"http://example.org/2\"><title>Second</title>"
                        + "<link>http://example.org/2</link></item></rdf:RDF>",
                FEED_URL);
        assertEquals("RDF & co", feed.title());
        assertEquals("http://example.org/", feed.siteUrl());
        assertEquals(List.of("First", "Second"), titles(feed));
    }

    @Test
    void prefixedAndRedeclaredNamespacesReadTheSame() {
        ParsedFeed prefixed = parser.parse(
                "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:title>Prefixed</a:title>"
                        + "<a:entry><a:title type=\"html\">&lt;i&gt;One&lt;/i&gt;</a:title></a:entry></a:feed>",
                FEED_URL);
        assertEquals("Prefixed", prefixed.title());
        assertEquals(List.of("One"), titles(prefixed));
        ParsedFeed userland = parser.parse(
                "<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\"><channel><title>Userland</title>"
                        + "<item><title>Item</title></item></channel></rss>",
                FEED_URL);
        assertEquals("Userland", userland.title());
        assertEquals(List.of("Item"), titles(userland));
    }

    @Test
    void anIllFormedFeedIsRepairedAndThenReadByTheSameRules() {
        ParsedFeed feed = atom(
                "",
                "<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">&lt;p&gt;Kept&lt;/p&gt;</div>"
                        + "</subtitle><entry><title type=\"html\">&lt;b&gt;Entry&lt;/b&gt;</title></entry>");
        assertEquals(FeedFormat.RECOVERED, feed.format());
        assertEquals("<p>Kept</p>", feed.title());
        assertEquals(List.of("Entry"), titles(feed));
    }

    @Test
    void aGuidIsTheLinkOnlyWhenItIsAPermalink() {
        ParsedFeed feed = rss("<title>t</title>"
                + "<item><title>a</title><guid>https://blog.example/a</guid></item>"
                + "<item><title>b</title><guid isPermaLink=\"false\">https://blog.example/?p=2</guid></item>");
        assertEquals("https://blog.example/a", feed.entries().get(0).link());
        assertNull(feed.entries().get(1).link());
        assertEquals("https://blog.example/?p=2", feed.entries().get(1).guid());
    }

    @Test
    void itemsBesideOrInsideTheChannelAndInAnyCaseAreAllRead() {
        ParsedFeed rss = parser.parse(
                "<rss version=\"2.0\"><channel><title>T</title><item><title>Inside</title>"
                        + "<link>/in</link><pubDate>Mon, 02 Jan 2006 15:04:05 GMT</pubDate></item></channel>"
                        + "<item><title>Beside</title><description>&lt;p&gt;Body&lt;/p&gt;</description></item></rss>",
                FEED_URL);
        assertEquals(List.of("Inside", "Beside"), titles(rss));
        assertEquals("https://blog.example/in", rss.entries().getFirst().link());
        assertEquals(
                java.time.OffsetDateTime.parse("2006-01-02T15:04:05Z"),
                rss.entries().getFirst().published());
        assertEquals("<p>Body</p>", rss.entries().get(1).summaryHtml());
        ParsedFeed rdf = parser.parse(
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
                        + "<channel><title>T</title><item><title>Nested</title></item></channel>"
                        + "<item><title>Root</title></item></rdf:RDF>",
                FEED_URL);
        assertEquals(List.of("Nested", "Root"), titles(rdf));
        ParsedFeed caps = parser.parse(
                "<rss version=\"0.91\"><channel><Title>Caps</Title><Item><Title>One</Title></Item></channel></rss>",
                FEED_URL);
        assertEquals("Caps", caps.title());
        assertEquals(List.of("One"), titles(caps));
    }

    @Test
    void feedsRomeRefusesAreReadFromTheirElements() {
        ParsedFeed bare = parser.parse("<channel><title>Bare</title><item><title>i</title></item></channel>", FEED_URL);
        assertEquals("Bare", bare.title());
        assertEquals(List.of("i"), titles(bare));
        ParsedFeed noNamespace = parser.parse(
                "<feed><title>No namespace</title><link href=\"/site\"/>"
                        + "<entry><title type=\"html\">&lt;b&gt;E&lt;/b&gt;</title><link href=\"/e\"/></entry></feed>",
                FEED_URL);
        assertEquals("No namespace", noNamespace.title());
        assertEquals("https://blog.example/site", noNamespace.siteUrl());
        assertEquals(List.of("E"), titles(noNamespace));
        assertEquals("https://blog.example/e", noNamespace.entries().getFirst().link());
    }

    @Test
    void anRssLinkWrittenAsAnHrefAttributeIsTheLink() {
        ParsedFeed feed = rss("<title>t</title><link href=\"https://blog.example/home\"/>");
        assertEquals("https://blog.example/home", feed.siteUrl());
    }

    @Test
    void aMistypedEndTagClosesTheInnermostElementAndLeavesCommentsAndCdataAlone() {
        assertEquals(
                "<a><b>x</b><!-- </c> --><![CDATA[</d>]]></a>",
                LenientFeeds.closeMistypedEndTags("<a><b>x</c><!-- </c> --><![CDATA[</d>]]></a>"));
        assertEquals("<a><b/>y</a>", LenientFeeds.closeMistypedEndTags("<a><b/>y</a>"));
    }

    @Test
    void anIllFormedFeedWithAnExternalEntityIsRepairedWithoutReadingIt() {
        ParsedFeed feed = parser.parse(
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + "<rss version=\"2.0\"><channel><title>Safe &x;</title><item><title>i</b></item>"
                        + "</channel></rss>",
                FEED_URL);
        assertEquals(FeedFormat.RECOVERED, feed.format());
        assertEquals("Safe &x;", feed.title());
        assertEquals(List.of("i"), titles(feed));
    }

    @Test
    void angleBracketedWordsThatAreNoHtmlElementsStayInTitles() {
        ParsedFeed feed = rss("<title>t</title>"
                + "<item><title><![CDATA[자바 제네릭 <T> 정리: List<String> 와 <b>Map</b>]]></title></item>"
                + "<item><title>Optional&lt;T&gt; &lt;em&gt;쓰는 법&lt;/em&gt;</title></item>");
        assertEquals(List.of("자바 제네릭 <T> 정리: List<String> 와 Map", "Optional<T> 쓰는 법"), titles(feed));
    }
}
