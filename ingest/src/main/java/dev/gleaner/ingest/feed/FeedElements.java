package dev.gleaner.ingest.feed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** Reads an entry straight from its RSS item or Atom entry element, for items Rome does not see. */
final class FeedElements {
    private static final Namespace CONTENT = Namespace.getNamespace("http://purl.org/rss/1.0/modules/content/");

    private FeedElements() {}

    /**
     * @param fields the title, link and permalink flag read by {@link FeedText}
     * @param dates the published and updated dates read beforehand
     */
    static FeedEntry entry(
            Element item, boolean atom, OffsetDateTime[] dates, String[] fields, String feedUrl, String base) {
        String guid = text(FeedText.child(item, atom ? "id" : "guid"));
        String link = fields[1];
        if (link == null && !atom && fields[2] == null && guid != null && guid.matches("(?i)https?://\\S+")) {
            link = guid;
        }
        String itemBase = FeedText.base(item, base);
        String summary;
        String content;
        if (atom) {
            summary = atomHtml(FeedText.child(item, "summary"), itemBase);
            content = atomHtml(FeedText.child(item, "content"), itemBase);
        } else {
            Element description = FeedText.child(item, "description");
            summary = description == null ? null : EntryHtml.sanitize(FeedText.flat(description), null, itemBase);
            Element encoded = item.getChild("encoded", CONTENT);
            content = encoded == null ? null : EntryHtml.sanitize(FeedText.flat(encoded), null, itemBase);
        }
        List<String> authors = new ArrayList<>();
        for (Element c : item.getChildren()) {
            String name = c.getName().toLowerCase(Locale.ROOT);
            if (name.equals("author") || name.equals("creator")) {
                Element personName = FeedText.child(c, "name");
                String v = text(personName != null ? personName : c);
                if (v != null) {
                    authors.add(v);
                }
            }
        }
        List<String> categories = new ArrayList<>();
        List<Enclosure> enclosures = new ArrayList<>();
        for (Element c : item.getChildren()) {
            String name = c.getName().toLowerCase(Locale.ROOT);
            if (name.equals("category") || name.equals("subject")) {
                String v = c.getAttribute("term") != null
                        ? c.getAttributeValue("term").strip()
                        : text(c);
                if (v != null && !v.isBlank()) {
                    categories.add(v);
                }
            } else if (name.equals("enclosure") && c.getAttributeValue("url") != null) {
                long length = -1;
                try {
                    length = Long.parseLong(
                            String.valueOf(c.getAttributeValue("length")).strip());
                } catch (NumberFormatException e) {
                    // unknown length
                }
                enclosures.add(new Enclosure(
                        EntryHtml.resolve(itemBase, c.getAttributeValue("url").strip()),
                        c.getAttributeValue("type"),
                        Math.max(-1, length)));
            }
        }
        OffsetDateTime published = dates[0] != null ? dates[0] : dates[1];
        return new FeedEntry(
                guid,
                fields[0],
                EntryHtml.resolve(base, link),
                authors,
                published,
                dates[1],
                summary,
                content,
                categories,
                enclosures);
    }

    /** {@return sanitized HTML of an Atom summary or content by its type (RFC 4287 §3.1, §4.1.3)} */
    private static String atomHtml(Element e, String base) {
        if (e == null) {
            return null;
        }
        String type = String.valueOf(e.getAttributeValue("type")).strip().toLowerCase(Locale.ROOT);
        if (type.contains("xhtml")) {
            List<Element> children = e.getChildren();
            Element div = children.size() == 1 ? children.getFirst() : e;
            return EntryHtml.sanitize(raw().outputString(div.getContent()), "html", FeedText.base(e, base));
        }
        boolean html = type.equals("html") || type.equals("text/html");
        return EntryHtml.sanitize(FeedText.flat(e), html ? "html" : "text", FeedText.base(e, base));
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getValue().strip();
        return v.isEmpty() ? null : v;
    }

    /** {@return an outputter for content as written; one per use, as outputters keep state} */
    private static XMLOutputter raw() {
        return new XMLOutputter(Format.getRawFormat());
    }
}
