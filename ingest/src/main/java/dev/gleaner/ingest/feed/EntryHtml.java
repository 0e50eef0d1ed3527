package dev.gleaner.ingest.feed;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Sanitizes entry HTML (no scripts, styles, event handlers or frames) and resolves its links. */
final class EntryHtml {
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "del", "ins", "mark", "abbr")
            .addAttributes("abbr", "title");

    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    private EntryHtml() {}

    /** {@return sanitized HTML; {@code type} "text" means the value is plain text} */
    static String sanitize(String value, String type, String base) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String html = isText(type) ? "<p>" + Entities.escape(value).replace("\n\n", "</p><p>") + "</p>" : value;
        Document dirty = Jsoup.parseBodyFragment(html, base == null ? "" : base);
        Document clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** {@return the plain text of sanitized HTML} */
    static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).body().text();
    }

    /** {@return a title as text: markup removed, entities decoded} */
    static String title(String title) {
        if (title == null) {
            return null;
        }
        title = CONTROL.matcher(title).replaceAll("");
        return title.indexOf('<') >= 0 || title.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(title).body().text()
                : title.strip();
    }

    private static boolean isText(String type) {
        return type != null && (type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain"));
    }

    /** {@return {@code link} made absolute against {@code base}; as it is when that fails} */
    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        try {
            URI uri = new URI(l.replace(" ", "%20"));
            if (uri.isAbsolute() || base == null) {
                return l;
            }
            return new URI(base.strip().replace(" ", "%20")).resolve(uri).toString();
        } catch (Exception e) {
            return l;
        }
    }
}
