package dev.gleaner.ingest.html.internal;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes out what heads an article without being its text, as Readability does before scoring: the first
 * heading that repeats the title (the title is shown apart), and, when the page's metadata names no author,
 * the first short element marked as a byline (the byline is shown apart too).
 */
final class Headers {
    private static final Pattern BYLINE =
            Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);

    private Headers() {}

    /** Removes the repeated headline and the byline from {@code doc}'s body. */
    static void remove(Document doc, String title) {
        Element byline = null;
        Element headline = null;
        boolean lookForByline = !declaresAuthor(doc);
        boolean lookForHeadline = title != null && !title.isBlank();
        for (Element e : doc.body().getAllElements()) {
            if (lookForByline && byline == null && isByline(e)) {
                byline = e;
                continue;
            }
            String tag = e.normalName();
            if (lookForHeadline
                    && headline == null
                    && (tag.equals("h1") || tag.equals("h2"))
                    && !inside(e, byline)
                    && PageTitle.similarity(title, e.text()) > 0.75) {
                headline = e;
            }
            if ((byline != null || !lookForByline) && (headline != null || !lookForHeadline)) {
                break;
            }
        }
        if (byline != null) {
            byline.remove();
        }
        if (headline != null && headline.parent() != null) {
            headline.remove();
        }
    }

    private static boolean inside(Element e, Element ancestor) {
        if (ancestor == null) {
            return false;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean isByline(Element e) {
        String rel = e.attr("rel");
        String itemprop = e.attr("itemprop");
        boolean marked = rel.equals("author")
                || itemprop.contains("author")
                || BYLINE.matcher(e.className() + " " + e.id()).find();
        if (!marked) {
            return false;
        }
        String text = e.text().strip();
        return !text.isEmpty() && text.length() < 100;
    }

    /** {@return whether the page's metadata names its author, where Readability looks for one} */
    static boolean declaresAuthor(Document doc) {
        for (Element meta : doc.select("meta[name][content]")) {
            String name = meta.attr("name").trim().toLowerCase(java.util.Locale.ROOT);
            if ((name.equals("author")
                            || name.equals("dc.creator")
                            || name.equals("dc:creator")
                            || name.equals("dcterm:creator")
                            || name.equals("dcterm.creator")
                            || name.equals("parsely-author"))
                    && !meta.attr("content").isBlank()) {
                return true;
            }
        }
        for (Element meta : doc.select("meta[property][content]")) {
            String p = meta.attr("property").trim().toLowerCase(java.util.Locale.ROOT);
            if ((p.equals("dc:creator") || p.equals("dcterm:creator"))
                    && !meta.attr("content").isBlank()) {
                return true;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.contains("\"author\"") && data.contains("\"name\"") && data.contains("schema.org")) {
                return true;
            }
        }
        return false;
    }
}
