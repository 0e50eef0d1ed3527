package dev.gleaner.ingest.feed;

import dev.gleaner.ingest.text.LenientDates;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Recovers what it can from ill-formed feed XML with jsoup's forgiving XML parser. */
final class LenientFeeds {
    private static final LenientDates DATES = LenientDates.feeds();

    private LenientFeeds() {}

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

    /** One linear pass over the tags; comments, CDATA, declarations and broken tags are skipped. */
    static String closeMistypedEndTags(String text) {
        ArrayDeque<String> open = new ArrayDeque<>();
        Map<String, Integer> openCount = new HashMap<>();
        StringBuilder out = null;
        int last = 0;
        int n = text.length();
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0 && i + 1 < n) {
            int skipTo = skip(text, i);
            if (skipTo != 0) {
                if (skipTo < 0) {
                    break;
                }
                i = skipTo;
                continue;
            }
            boolean end = text.charAt(i + 1) == '/';
            int nameStart = i + (end ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(text.charAt(nameEnd), nameEnd == nameStart)) {
                nameEnd++;
            }
            int close = tagEnd(text, nameEnd);
            if (nameEnd == nameStart || close < 0) {
                i = Math.max(nameEnd, i + 1);
                continue;
            }
            String name = text.substring(nameStart, nameEnd);
            if (!end && text.charAt(close - 1) != '/') {
                open.push(name);
                openCount.merge(name, 1, Integer::sum);
            } else if (end && openCount.getOrDefault(name, 0) > 0) {
                String popped;
                do {
                    popped = open.pop();
                    openCount.merge(popped, -1, Integer::sum);
                } while (!popped.equals(name));
            } else if (end && !open.isEmpty()) {
                String innermost = open.pop();
                openCount.merge(innermost, -1, Integer::sum);
                out = out == null ? new StringBuilder(n) : out;
                out.append(text, last, i).append("</").append(innermost).append('>');
                last = close + 1;
            }
            i = close + 1;
        }
        return out == null ? text : out.append(text, last, n).toString();
    }

    /** {@return 0 at a tag, the index after a comment/CDATA/declaration, or -1 when it is never closed} */
    private static int skip(String text, int i) {
        String[][] pairs = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", ">"}, {"<!", ">"}};
        for (String[] p : pairs) {
            if (text.startsWith(p[0], i)) {
                int end = text.indexOf(p[1], i + p[0].length());
                return end < 0 ? -1 : end + p[1].length();
            }
        }
        return 0;
    }

    /** {@return the index of the {@code >} ending the tag, or -1 when a {@code <} comes first} */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '<') {
                return -1;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c, boolean first) {
        return Character.isLetter(c)
                || c == '_'
                || (!first && (Character.isDigit(c) || c == ':' || c == '.' || c == '-'));
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
            var published = DATES.parse(firstText(item, "pubDate", "published", "dc:date", "issued", "updated"))
                    .orElse(null);
            var updated = DATES.parse(firstText(item, "updated", "modified", "dcterms:modified"))
                    .orElse(null);
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
