package dev.gleaner.ingest.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Recovers what it can from ill-formed feed XML with jsoup's forgiving XML parser. */
final class LenientFeeds {
    private LenientFeeds() {}

    private static final Pattern MARKUP = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<[?!].*?>|<(/?)([A-Za-z_][\\w:.\\-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>",
            Pattern.DOTALL);

    /**
     * {@return the text re-serialized as well-formed XML}: an end tag that closes no open element
     * closes the innermost one (as a lenient XML decoder reads a mistyped end tag), then jsoup's
     * forgiving XML parser closes what is left open and drops what cannot be markup.
     */
    static String repair(String text) {
        Document doc = Jsoup.parse(closeMistypedEndTags(text), "", Parser.xmlParser());
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return doc.html();
    }

    static String closeMistypedEndTags(String text) {
        Matcher m = MARKUP.matcher(text);
        ArrayDeque<String> open = new ArrayDeque<>();
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String name = m.group(2);
            if (name == null || !m.group(4).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else if (open.contains(name)) {
                while (!open.isEmpty() && !open.pop().equals(name)) {
                    // jsoup closes the elements left open inside
                }
            } else if (!open.isEmpty()) {
                out.append(text, last, m.start())
                        .append("</")
                        .append(open.pop())
                        .append('>');
                last = m.end();
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /** {@return the recovered feed, or {@code null} when the text has no feed root at all} */
    static ParsedFeed recover(String text, String feedUrl, List<String> problems) {
        Document doc = Jsoup.parse(text, feedUrl == null ? "" : feedUrl, Parser.xmlParser());
        Element root = null;
        for (Element e : doc.children()) {
            String n = local(e.tagName());
            if (n.equals("rss") || n.equals("rdf") || n.equals("feed") || n.equals("channel")) {
                root = e;
                break;
            }
        }
        if (root == null) {
            return null;
        }
        boolean atom = local(root.tagName()).equals("feed");
        Element head = atom ? root : first(root, "channel") == null ? root : first(root, "channel");
        String title = childText(head, "title");
        String site = link(head);
        String siteUrl = EntryHtml.resolve(feedUrl, site);
        String base = feedUrl != null ? feedUrl : siteUrl;
        List<FeedEntry> entries = new ArrayList<>();
        for (Element item : root.getAllElements()) {
            String n = local(item.tagName());
            if (!(n.equals("item") || n.equals("entry")) || item == root) {
                continue;
            }
            String summary = body(item, "description", "summary");
            String content = body(item, "content:encoded", "content");
            List<String> authors = new ArrayList<>();
            for (String a : List.of("author", "dc:creator")) {
                String v = childText(item, a);
                if (v != null) {
                    Element nameEl = first(first(item, a), "name");
                    authors.add(nameEl != null ? nameEl.text() : v);
                    break;
                }
            }
            List<String> categories = new ArrayList<>();
            for (Element c : item.children()) {
                if (c.tagName().equals("category") || c.tagName().equals("dc:subject")) {
                    String v = c.hasAttr("term") ? c.attr("term") : c.text();
                    if (!v.isBlank()) {
                        categories.add(v.strip());
                    }
                }
            }
            var published = FeedDates.parse(firstText(item, "pubDate", "published", "dc:date", "issued", "updated"));
            var updated = FeedDates.parse(firstText(item, "updated", "modified", "dcterms:modified"));
            String guid = firstText(item, "guid", "id");
            String link = link(item);
            if (link == null && guid != null && guid.matches("(?i)https?://\\S+")) {
                link = guid;
            }
            entries.add(new FeedEntry(
                    guid,
                    EntryHtml.title(childText(item, "title")),
                    EntryHtml.resolve(base, link),
                    authors,
                    published != null ? published : updated,
                    updated,
                    EntryHtml.sanitize(summary, null, base),
                    EntryHtml.sanitize(content, null, base),
                    categories,
                    List.of()));
        }
        return new ParsedFeed(FeedFormat.RECOVERED, EntryHtml.title(title), siteUrl, entries, problems);
    }

    private static String body(Element item, String... names) {
        for (String name : names) {
            Element e = first(item, name);
            if (e != null) {
                // Escaped HTML arrives as text; inline XHTML arrives as child elements.
                return e.children().isEmpty() ? e.wholeText() : e.html();
            }
        }
        return null;
    }

    private static String link(Element parent) {
        for (Element e : parent.children()) {
            if (e.tagName().equals("link")) {
                if (e.hasAttr("href")) {
                    String rel = e.attr("rel");
                    if (rel.isEmpty() || rel.equals("alternate")) {
                        return e.attr("href");
                    }
                } else if (!e.text().isBlank()) {
                    return e.text().strip();
                }
            }
        }
        return null;
    }

    private static String firstText(Element parent, String... names) {
        for (String name : names) {
            String v = childText(parent, name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element e = first(parent, name);
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static Element first(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element e : parent.children()) {
            if (e.tagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String local(String tag) {
        int colon = tag.indexOf(':');
        return (colon < 0 ? tag : tag.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }
}
