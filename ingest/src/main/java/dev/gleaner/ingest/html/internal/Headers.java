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
        boolean bylineKnown = declaresAuthor(doc);
        boolean headlineFound = title == null || title.isBlank();
        for (Element e : doc.body().getAllElements()) {
            if (e.parent() == null || !attached(e, doc)) {
                continue;
            }
            if (!bylineKnown && isByline(e)) {
                e.remove();
                bylineKnown = true;
                continue;
            }
            String tag = e.normalName();
            if (!headlineFound
                    && (tag.equals("h1") || tag.equals("h2"))
                    && PageTitle.similarity(title, e.text()) > 0.75) {
                e.remove();
                headlineFound = true;
            }
        }
    }

    private static boolean attached(Element e, Document doc) {
        Element p = e;
        while (p.parent() != null) {
            p = p.parent();
        }
        return p == doc;
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
