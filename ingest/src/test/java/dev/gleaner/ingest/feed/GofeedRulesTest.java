package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Feed and item titles generated in every way a title is written — plain, entities, numeric and
 * double-escaped entities, escaped and naked markup, CDATA around either, padding and line breaks,
 * Korean — in RSS 0.91/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 (each Atom text type and mode), missing
 * titles with a Dublin Core fallback, and served with a byte order mark or a wrong Content-Type. Each
 * is compared with what gofeed's parsers make of the same bytes (its text rules, re-stated here from
 * its source) by the comparison the gofeed corpus gate uses: Gleaner's title is gofeed's string or the
 * text that string shows as HTML.
 */
class GofeedRulesTest {
    private final FeedParser parser = new FeedParser();

    /** A title as written inside its element, and what gofeed's text rule makes of it. */
    private record Written(String name, String inner) {}

    static final List<Written> WRITTEN = List.of(
            new Written("plain", "Redis 분산 락"),
            new Written("entity", "Kafka &amp; 컨슈머 &lt;3"),
            new Written("numeric entities", "Caf&#233; &#x263A; &#8212; 끝"),
            new Written("double-escaped entity", "Tom &amp;amp; Jerry"),
            new Written("escaped markup", "&lt;b&gt;굵은&lt;/b&gt; 제목"),
            new Written("double-escaped markup", "&amp;lt;b&amp;gt;literal&amp;lt;/b&amp;gt;"),
            new Written("naked markup", "<b>naked</b> &amp; <i>markup</i>"),
            new Written("CDATA text", "<![CDATA[Kafka & 컨슈머]]>"),
            new Written("CDATA escaped markup", "<![CDATA[&lt;b&gt;shown&lt;/b&gt;]]>"),
            new Written("CDATA naked markup", "<![CDATA[<b>bold</b> title]]>"),
            new Written("CDATA and text", "Before <![CDATA[<i>in</i>]]> &amp; after"),
            new Written("padding and line breaks", "\n   Title   over\n   two lines  \n"),
            new Written("apostrophe and quotes", "It&apos;s &quot;quoted&quot; — 'single'"),
            new Written("entity-looking text", "AT&T; R&D and a & b"));

    /** {@return gofeed's RSS/RDF text rule: inner XML trimmed; CDATA kept, the rest's entities decoded once} */
    static String gofeedRssText(String inner) {
        String r = inner.strip();
        return r.contains("<![CDATA[") ? stripCdata(r) : decodeEntities(r);
    }

    /** {@return gofeed's Atom text rule for a type and mode (null when absent)} */
    static String gofeedAtomText(String inner, String type, String mode) {
        String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        String m = mode == null ? "" : mode.toLowerCase(java.util.Locale.ROOT);
        String r = inner.strip();
        boolean xhtmlType = t.contains("xhtml") || t.equals("html");
        if (xhtmlType && r.startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">") && r.endsWith("</div>")) {
            r = r.substring(r.indexOf('>') + 1, r.length() - "</div>".length()).strip();
        }
        if (r.contains("<![CDATA[")) {
            return stripCdata(r);
        }
        if (t.equals("text") || t.startsWith("text/") || (t.isEmpty() && m.isEmpty())) {
            return Parser.unescapeEntities(r, false);
        }
        if (t.contains("xhtml")) {
            return r;
        }
        if (t.equals("html")) {
            return Parser.unescapeEntities(r, false);
        }
        try {
            return new String(Base64.getDecoder().decode(r), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return r;
        }
    }

    private static String stripCdata(String s) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (at < s.length()) {
            int start = s.indexOf("<![CDATA[", at);
            int end = start < 0 ? -1 : s.indexOf("]]>", start);
            if (start < 0 || end < 0) {
                b.append(decodeEntities(s.substring(at)));
                break;
            }
            b.append(decodeEntities(s.substring(at, start)));
            b.append(s, start + 9, end);
            at = end + 3;
        }
        return b.toString();
    }

    /** Each {@code &...;} without a space inside is read as one HTML entity; a bare {@code &} stays. */
    private static String decodeEntities(String s) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (at < s.length()) {
            int amp = s.indexOf('&', at);
            if (amp < 0) {
                b.append(s.substring(at));
                break;
            }
            b.append(s, at, amp);
            int semi = s.indexOf(';', amp);
            if (semi < 0 || s.substring(amp + 1, semi).contains(" ")) {
                b.append(s.substring(amp));
                break;
            }
            b.append(Parser.unescapeEntities(s.substring(amp, semi + 1), false));
            at = semi + 1;
        }
        return b.toString();
    }

    /** A generated feed, and the titles gofeed reads from it. */
    private record Case(
            String what, byte[] body, String contentType, String title, List<String> itemTitles, String link) {
        Case(String what, byte[] body, String contentType, String title, List<String> itemTitles) {
            this(what, body, contentType, title, itemTitles, null);
        }
    }

    /** An Atom feed whose site link is written as given, under the given {@code xml:base}. */
    private static Case atomLink(String what, String feedBase, String links, String expected) {
        String xml = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
                + (feedBase == null ? "" : " xml:base=\"" + feedBase + "\"") + "><title>T</title>" + links
                + "<id>urn:x</id><entry><title>a</title><link href=\"https://blog.example/1\"/><id>urn:y</id></entry>"
                + "</feed>";
        return new Case(
                what, xml.getBytes(StandardCharsets.UTF_8), "application/atom+xml", "T", List.of("a"), expected);
    }

    private static final String RSS_LINK = "<link>https://blog.example/</link>";

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Written w : WRITTEN) {
            String g = gofeedRssText(w.inner());
            out.add(rss("RSS 2.0 " + w.name(), "2.0", w.inner(), g));
            out.add(rss("RSS 0.91 " + w.name(), "0.91", w.inner(), g));
            out.add(rdf("RDF " + w.name(), w.inner(), g));
            for (String[] tm : new String[][] {
                {null, null}, {"text", null}, {"html", null}, {"xhtml", null}, {"text/plain", null}, {"TEXT", null}
            }) {
                String inner = "xhtml".equals(tm[0])
                        ? "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + w.inner() + "</div>"
                        : w.inner();
                out.add(atom("Atom 1.0 type=" + tm[0] + " " + w.name(), tm[0], null, inner));
            }
            out.add(atom03("Atom 0.3 mode=escaped " + w.name(), "escaped", w.inner()));
        }
        String b64 = Base64.getEncoder().encodeToString("<b>Base64</b> 제목".getBytes(StandardCharsets.UTF_8));
        out.add(atom03("Atom 0.3 mode=base64", "base64", b64));
        out.add(atom("Atom 1.0 type=application/octet-stream", "application/octet-stream", null, b64));

        // Missing titles: Dublin Core's title is what applications get.
        String dcNs = "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
        out.add(new Case(
                "RSS without titles, dc:title instead",
                ("<?xml version=\"1.0\"?><rss version=\"2.0\" " + dcNs + "><channel><dc:title>DC 채널</dc:title>"
                                + RSS_LINK + "<item><dc:title>DC &amp; 항목</dc:title><link>https://blog.example/1</link>"
                                + "</item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8),
                "application/rss+xml",
                "DC 채널",
                List.of("DC & 항목")));
        out.add(new Case(
                "RDF without titles, dc:title instead",
                ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                                + "xmlns=\"http://purl.org/rss/1.0/\" " + dcNs + "><channel rdf:about=\"x\">"
                                + "<dc:title>RDF DC</dc:title>" + RSS_LINK + "</channel><item rdf:about=\"y\">"
                                + "<dc:title>항목</dc:title><link>https://blog.example/1</link></item></rdf:RDF>")
                        .getBytes(StandardCharsets.UTF_8),
                "application/rdf+xml",
                "RDF DC",
                List.of("항목")));
        out.add(new Case(
                "RSS item without any title",
                ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>" + RSS_LINK
                                + "<item><description>본문만</description><link>https://blog.example/1</link></item>"
                                + "</channel></rss>")
                        .getBytes(StandardCharsets.UTF_8),
                "application/rss+xml",
                "T",
                List.of("")));

        // Site links: xml:base (nested bases resolve against their parent), the alternate link, never self.
        out.add(atomLink(
                "xml:base on the feed",
                "https://base.example/dir/",
                "<link href=\"site/\"/>",
                "https://base.example/dir/site/"));
        out.add(atomLink(
                "nested xml:base",
                "https://base.example/a/",
                "<link xml:base=\"b/\" href=\"c\"/>",
                "https://base.example/a/b/c"));
        out.add(atomLink("relative xml:base", "/blog/", "<link href=\"x\"/>", "https://blog.example/blog/x"));
        out.add(atomLink(
                "self before alternate",
                null,
                "<link rel=\"self\" href=\"https://blog.example/feed.xml\"/>"
                        + "<link rel=\"alternate\" type=\"text/html\" href=\"https://blog.example/home\"/>",
                "https://blog.example/home"));
        out.add(atomLink("link without rel", null, "<link href=\"/about\"/>", "https://blog.example/about"));

        // The encoding the XML declaration names, in the bytes it names.
        for (String[] enc : new String[][] {
            {"windows-1252", "\u201cCaf\u00e9\u201d \u2014 na\u00efve"},
            {"iso-8859-1", "Caf\u00e9 cr\u00e8me"},
            {"euc-kr", "레디스 분산 락"},
            {"Shift_JIS", "日本語のタイトル"},
            {"UTF-16", "레디스 UTF-16"}
        }) {
            String xml = "<?xml version=\"1.0\" encoding=\"" + enc[0] + "\"?>\n<rss version=\"2.0\"><channel><title>"
                    + enc[1] + "</title>" + RSS_LINK + "<item><title>" + enc[1]
                    + "</title><link>https://blog.example/1</link></item></channel></rss>";
            byte[] bytes = xml.getBytes(java.nio.charset.Charset.forName(enc[0]));
            out.add(new Case("declared " + enc[0], bytes, "application/rss+xml", enc[1], List.of(enc[1])));
            out.add(new Case(
                    "declared " + enc[0] + ", served as text/xml", bytes, "text/xml", enc[1], List.of(enc[1])));
        }

        // Served as something else, or with a byte order mark.
        byte[] plain = rss("served", "2.0", "Kafka &amp; 컨슈머", "Kafka & 컨슈머").body();
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        for (String type : new String[] {
            "text/html", "text/plain", "application/octet-stream", "text/xml; charset=iso-8859-1", null
        }) {
            out.add(new Case("RSS served as " + type, plain, type, "Kafka & 컨슈머", List.of("Kafka & 컨슈머")));
            out.add(new Case("RSS with a BOM served as " + type, bom, type, "Kafka & 컨슈머", List.of("Kafka & 컨슈머")));
        }
        return out;
    }

    private static Case rss(String what, String version, String inner, String g) {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"" + version + "\"><channel><title>"
                + inner + "</title>" + RSS_LINK + "<item><title>" + inner
                + "</title><link>https://blog.example/1</link></item></channel></rss>";
        return new Case(what, xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", g, List.of(g));
    }

    private static Case rdf(String what, String inner, String g) {
        String xml = "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://blog.example/\"><title>" + inner
                + "</title>" + RSS_LINK + "</channel><item rdf:about=\"https://blog.example/1\"><title>" + inner
                + "</title><link>https://blog.example/1</link></item></rdf:RDF>";
        return new Case(what, xml.getBytes(StandardCharsets.UTF_8), "application/rdf+xml", g, List.of(g));
    }

    private static Case atom(String what, String type, String mode, String inner) {
        String attrs = (type == null ? "" : " type=\"" + type + "\"") + (mode == null ? "" : " mode=\"" + mode + "\"");
        String xml = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title" + attrs + ">" + inner
                + "</title><link href=\"https://blog.example/\"/><id>urn:x</id><entry><title" + attrs + ">" + inner
                + "</title><link href=\"https://blog.example/1\"/><id>urn:y</id></entry></feed>";
        String g = gofeedAtomText(inner, type, mode);
        return new Case(what, xml.getBytes(StandardCharsets.UTF_8), "application/atom+xml", g, List.of(g));
    }

    private static Case atom03(String what, String mode, String inner) {
        String xml = "<?xml version=\"1.0\"?>\n<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title mode=\""
                + mode + "\">" + inner + "</title><link rel=\"alternate\" href=\"https://blog.example/\"/><entry><title"
                + " mode=\"" + mode + "\">" + inner
                + "</title><link rel=\"alternate\" href=\"https://blog.example/1\"/>"
                + "</entry></feed>";
        String g = gofeedAtomText(inner, null, mode);
        return new Case(what, xml.getBytes(StandardCharsets.UTF_8), "application/atom+xml", g, List.of(g));
    }

    @Test
    void everyWayOfWritingATitleReadsAsGofeedReadsIt() {
        List<Case> cases = cases();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            ParsedFeed feed;
            try {
                feed = parser.parse(c.body(), c.contentType(), "https://blog.example/feed.xml");
            } catch (FeedParseException e) {
                wrong.add(c.what() + ": refused: " + e.getMessage());
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (!agrees(c.title(), feed.title())) {
                problems.add("title <" + feed.title() + "> gofeed <" + c.title() + ">");
            }
            if (c.link() != null && !c.link().equals(feed.siteUrl())) {
                problems.add("link <" + feed.siteUrl() + "> gofeed <" + c.link() + ">");
            }
            if (feed.entries().size() != c.itemTitles().size()) {
                problems.add(feed.entries().size() + " items");
            } else {
                for (int i = 0; i < c.itemTitles().size(); i++) {
                    String got = feed.entries().get(i).title();
                    String expected = c.itemTitles().get(i);
                    // An item without any title gets one from its text or link; gofeed leaves it empty.
                    if (!expected.isEmpty() && !agrees(expected, got)) {
                        problems.add("item title <" + got + "> gofeed <" + expected + ">");
                    }
                }
            }
            if (!problems.isEmpty()) {
                wrong.add(c.what() + ": " + problems);
            }
        }
        System.out.printf(
                "gofeed title rules: %d/%d generated feeds agree%n", cases.size() - wrong.size(), cases.size());
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(cases.size() > 100);
        assertEquals(List.of(), wrong, wrong.size() + " feeds disagree");
    }

    /** The corpus gate's comparison: gofeed's string, or the text that string shows as HTML. */
    private static boolean agrees(String gofeed, String gleaner) {
        return Objects.equals(norm(gofeed), norm(gleaner))
                || Objects.equals(
                        norm(gofeed == null ? null : Jsoup.parse(gofeed).text()), norm(gleaner));
    }

    private static String norm(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }
}
