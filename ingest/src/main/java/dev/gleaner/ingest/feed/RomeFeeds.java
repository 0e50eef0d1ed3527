package dev.gleaner.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.gleaner.ingest.text.LenientDates;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;

/** Maps a JDOM document through Rome into a {@link ParsedFeed}. */
final class RomeFeeds {
    private static final LenientDates DATES = LenientDates.feeds();

    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
    private static final List<String> UPDATED = List.of("updated", "modified", "lastBuildDate");
    private static final Set<String> ROOTS = Set.of("rss", "rdf", "feed", "channel");

    private RomeFeeds() {}

    static boolean isFeedRoot(Document doc) {
        return ROOTS.contains(doc.getRootElement().getName().toLowerCase(Locale.ROOT));
    }

    static ParsedFeed map(Document doc, String feedUrl, List<String> problems) {
        String root = doc.getRootElement().getName().toLowerCase(Locale.ROOT);
        FeedFormat format = root.equals("feed") ? FeedFormat.ATOM : FeedFormat.RSS;
        // Entry dates are read here, with their offsets, before Rome sees them: Rome keeps no offset
        // and tries dozens of SimpleDateFormat masks per date, the costliest part of a refresh.
        List<Element> items = itemElements(doc.getRootElement());
        List<OffsetDateTime[]> dates = new ArrayList<>(items.size());
        for (Element item : items) {
            OffsetDateTime published = DATES.parse(childText(item, PUBLISHED)).orElse(null);
            OffsetDateTime updated = DATES.parse(childText(item, UPDATED)).orElse(null);
            dates.add(new OffsetDateTime[] {published, updated});
            if (published != null && (updated != null || childText(item, UPDATED) == null)) {
                item.getChildren().removeIf(c -> PUBLISHED.contains(c.getName()) || UPDATED.contains(c.getName()));
            }
        }
        boolean atom = format == FeedFormat.ATOM;
        Element head = head(doc.getRootElement());
        // Titles and links are read from the XML itself (see FeedText): Rome drops markup written
        // inside titles, ignores Atom text types and base64, and takes a self link for the site.
        String title = atom ? FeedText.atomTitle(head) : FeedText.rssTitle(head);
        String site = FeedText.siteLink(head, atom, feedUrl);
        List<String[]> itemFields = new ArrayList<>(items.size());
        for (Element item : items) {
            itemFields.add(new String[] {
                atom ? FeedText.atomTitle(item) : FeedText.rssTitle(item),
                atom ? FeedText.atomLink(item, feedUrl) : FeedText.rssLink(item, feedUrl),
                !atom && FeedText.guidIsNoPermalink(item) ? "no permalink" : null
            });
        }
        SyndFeed feed = null;
        try {
            feed = new SyndFeedInput().build(doc);
        } catch (FeedException | RuntimeException e) {
            // Rome throws on odd but well-formed documents (even NPEs): the rules below still hold.
            problems.add("Rome could not read it (" + e.getMessage() + "); its elements were read directly");
        }
        String siteUrl = EntryHtml.resolve(feedUrl, site != null || atom || feed == null ? site : siteLink(feed));
        String base = feedUrl != null ? feedUrl : siteUrl;
        List<SyndEntry> entries = feed == null ? List.of() : feed.getEntries();
        List<FeedEntry> out = new ArrayList<>(items.size());
        if (feed != null && items.size() == entries.size()) {
            for (int i = 0; i < entries.size(); i++) {
                out.add(entry(entries.get(i), dates.get(i), itemFields.get(i), base));
            }
        } else {
            // Rome saw other items (items beside the channel, items inside an RDF channel, <Item>):
            // every item a lenient reader sees is read from its element.
            for (int i = 0; i < items.size(); i++) {
                out.add(FeedElements.entry(items.get(i), atom, dates.get(i), itemFields.get(i), feedUrl, base));
            }
        }
        return new ParsedFeed(format, title, siteUrl, out, problems, language(doc.getRootElement(), head));
    }

    /** {@return the feed's language: RSS {@code <language>} or {@code dc:language}, else {@code xml:lang}} */
    private static String language(Element root, Element head) {
        for (Element e : head.getChildren()) {
            if (e.getName().equalsIgnoreCase("language") && !e.getTextTrim().isEmpty()) {
                return e.getTextTrim();
            }
        }
        for (Element e : List.of(head, root)) {
            String lang = e.getAttributeValue("lang", org.jdom2.Namespace.XML_NAMESPACE);
            if (lang != null && !lang.isBlank()) {
                return lang.strip();
            }
        }
        return null;
    }

    /** {@return the element that carries the feed's own title and link: the channel, or the Atom feed} */
    private static Element head(Element root) {
        if (root.getName().equalsIgnoreCase("feed")) {
            return root;
        }
        Element channel = FeedText.child(root, "channel");
        if (channel == null) {
            for (Element c : root.getChildren()) {
                if (c.getName().equals("channel")) {
                    return c;
                }
            }
        }
        return channel != null ? channel : root;
    }

    private static String siteLink(SyndFeed feed) {
        if (feed.getLink() != null && !feed.getLink().isBlank()) {
            return feed.getLink();
        }
        for (SyndLink link : feed.getLinks()) {
            if (link.getRel() == null || "alternate".equals(link.getRel())) {
                return link.getHref();
            }
        }
        return null;
    }

    private static FeedEntry entry(SyndEntry e, OffsetDateTime[] raw, String[] fields, String base) {
        String link = fields != null && fields[1] != null ? fields[1] : e.getLink();
        if (link == null || link.isBlank()) {
            for (SyndLink l : e.getLinks()) {
                if (l.getRel() == null || "alternate".equals(l.getRel())) {
                    link = l.getHref();
                    break;
                }
            }
        }
        String guid = e.getUri();
        boolean permalink = fields == null || fields[2] == null;
        if ((link == null || link.isBlank()) && permalink && guid != null && guid.matches("(?i)https?://\\S+")) {
            link = guid;
        }
        List<String> authors = new ArrayList<>();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                authors.add(p.getName().strip());
            }
        }
        if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
            authors.add(e.getAuthor().strip());
        }
        String summary = null;
        if (e.getDescription() != null) {
            summary = EntryHtml.sanitize(
                    e.getDescription().getValue(), e.getDescription().getType(), base);
        }
        StringBuilder content = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            String html = EntryHtml.sanitize(c.getValue(), c.getType(), base);
            if (html != null) {
                content.append(html);
            }
        }
        List<String> categories = new ArrayList<>();
        for (SyndCategory c : e.getCategories()) {
            if (c.getName() != null && !c.getName().isBlank()) {
                categories.add(c.getName().strip());
            }
        }
        List<Enclosure> enclosures = new ArrayList<>();
        for (SyndEnclosure en : e.getEnclosures()) {
            if (en.getUrl() != null && !en.getUrl().isBlank()) {
                enclosures.add(new Enclosure(
                        EntryHtml.resolve(base, en.getUrl()), en.getType(), Math.max(-1, en.getLength())));
            }
        }
        OffsetDateTime published = raw == null ? null : raw[0];
        if (published == null) {
            published = at(e.getPublishedDate());
        }
        OffsetDateTime updated = raw == null ? null : raw[1];
        if (updated == null) {
            updated = at(e.getUpdatedDate());
        }
        if (published == null) {
            published = updated;
        }
        return new FeedEntry(
                guid,
                fields != null ? fields[0] : EntryHtml.title(e.getTitle()),
                EntryHtml.resolve(base, link),
                authors,
                published,
                updated,
                summary,
                content.isEmpty() ? null : content.toString(),
                categories,
                enclosures);
    }

    private static OffsetDateTime at(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String childText(Element item, List<String> names) {
        for (String name : names) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return null;
    }

    /**
     * The item/entry elements in document order, as a lenient reader sees them: an Atom feed's
     * entries; an RSS channel's items followed by the items beside the channel (RSS 0.90 and 1.0
     * put them there), element names in any case.
     */
    private static List<Element> itemElements(Element root) {
        List<Element> out = new ArrayList<>();
        if (root.getName().equalsIgnoreCase("feed")) {
            collect(root, "entry", out);
            return out;
        }
        for (Element channel : root.getChildren()) {
            if (channel.getName().equalsIgnoreCase("channel") && FeedText.isOwn(root, channel)) {
                collect(channel, "item", out);
            }
        }
        collect(root, "item", out);
        return out;
    }

    private static void collect(Element parent, String name, List<Element> out) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equalsIgnoreCase(name) && FeedText.isOwn(parent, child)) {
                out.add(child);
            }
        }
    }
}
