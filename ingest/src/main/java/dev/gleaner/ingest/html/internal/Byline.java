package dev.gleaner.ingest.html.internal;

import static dev.gleaner.ingest.html.internal.Candidates.first;
import static dev.gleaner.ingest.html.internal.Candidates.nonUrl;
import static dev.gleaner.ingest.html.internal.MetaTags.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's byline: from JSON-LD, then the meta tags, then the author element in the page. */
final class Byline {
    private static final Pattern BYLINE =
            Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);

    private Byline() {}

    /** {@return the byline of {@code doc} with JSON-LD article {@code ld} (may be {@code null}), or {@code null}} */
    static String of(Document doc, JsonNode ld) {
        return first(
                JsonLd.author(ld),
                meta(doc, "dc:creator"),
                meta(doc, "author"),
                meta(doc, "parsely-author"),
                nonUrl(meta(doc, "article:author")),
                nonUrl(meta(doc, "og:article:author")),
                element(doc));
    }

    /**
     * {@return the text of the page's byline element, or {@code null}: an author link or property first, then the
     * first element whose class or id names a byline}
     */
    private static String element(Document doc) {
        for (Element e : doc.body().select(Css.of("[rel=author], [itemprop*=author]"))) {
            Element name = e.selectFirst(Css.of("[itemprop=name]"));
            String t = shortText(name != null ? name : e);
            if (t != null) {
                return t;
            }
        }
        // Pages repeat their class names: each distinct name is matched once.
        Map<String, Boolean> names = new HashMap<>();
        for (Element e : doc.body().getAllElements()) {
            if (namesByline(e.className(), names) || namesByline(e.id(), names)) {
                String t = shortText(e);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static boolean namesByline(String name, Map<String, Boolean> names) {
        return !name.isEmpty()
                && names.computeIfAbsent(name, n -> BYLINE.matcher(n).find());
    }

    /** {@return the trimmed text of {@code e} when it is not empty and shorter than a byline can be, else {@code null}} */
    private static String shortText(Element e) {
        if (!shorterThan(e, 100)) {
            return null; // its text is too long to be a byline; not worth building
        }
        String t = e.text().trim();
        return !t.isEmpty() && t.length() < 100 ? t : null;
    }

    /** {@return whether {@code e} has fewer than {@code limit} non-blank characters, which its text then may be under} */
    private static boolean shorterThan(Element e, int limit) {
        int[] count = {0};
        org.jsoup.select.NodeTraversor.filter(
                (node, depth) -> {
                    if (node instanceof org.jsoup.nodes.TextNode t) {
                        String s = t.getWholeText();
                        for (int i = 0; i < s.length() && count[0] < limit; i++) {
                            char c = s.charAt(i);
                            // Only characters text() surely keeps: not whitespace, not invisible.
                            if (!Character.isWhitespace(c)
                                    && !Character.isSpaceChar(c)
                                    && Character.getType(c) != Character.FORMAT) {
                                count[0]++;
                            }
                        }
                    }
                    return count[0] >= limit
                            ? org.jsoup.select.NodeFilter.FilterResult.STOP
                            : org.jsoup.select.NodeFilter.FilterResult.CONTINUE;
                },
                e);
        return count[0] < limit;
    }
}
