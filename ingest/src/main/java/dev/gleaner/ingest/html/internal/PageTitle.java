package dev.gleaner.ingest.html.internal;

import static dev.gleaner.ingest.html.internal.Candidates.first;
import static dev.gleaner.ingest.html.internal.MetaTags.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's title: from JSON-LD, then the meta tags, then {@code <title>} without the site name. */
final class PageTitle {
    static final Pattern SEPARATORS = Pattern.compile(" [|\\-–—\\\\/>»] ");
    static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    private PageTitle() {}

    /** {@return the title of {@code doc} with JSON-LD article {@code ld} (may be {@code null}), or {@code null}} */
    static String of(Document doc, JsonNode ld) {
        String title = first(
                fromJsonLd(ld, doc),
                meta(doc, "dc:title"),
                meta(doc, "dcterm:title"),
                meta(doc, "og:title"),
                meta(doc, "title"),
                meta(doc, "twitter:title"),
                meta(doc, "parsely-title"));
        if (title == null) {
            title = fromDocument(doc);
        }
        return title;
    }

    /**
     * {@return the JSON-LD title: {@code name} and {@code headline} should agree, but some sites put their own
     * name in one of them, so the one resembling the document's title wins, {@code name} by default}
     */
    private static String fromJsonLd(JsonNode ld, Document doc) {
        String name = JsonLd.text(ld, "name");
        String headline = JsonLd.text(ld, "headline");
        if (name != null && headline != null && !name.equals(headline)) {
            String documentTitle = fromDocument(doc);
            if (documentTitle != null
                    && similarity(headline, documentTitle) > 0.75
                    && similarity(name, documentTitle) <= 0.75) {
                return headline;
            }
            return name;
        }
        return name != null ? name : headline;
    }

    /** {@return how much of {@code b}'s word text also occurs in {@code a}, in [0, 1]} */
    static double similarity(String a, String b) {
        Set<String> tokensA = new LinkedHashSet<>(tokens(a));
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        List<String> unique = tokensB.stream().filter(t -> !tokensA.contains(t)).toList();
        double distance = (double) String.join(" ", unique).length()
                / String.join(" ", tokensB).length();
        return 1 - distance;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@return the title from {@code <title>} with site-name parts dropped, after Readability} */
    static String fromDocument(Document doc) {
        String orig = doc.title().trim();
        // A page whose only h1 is the title with the site name cut off names itself by that h1.
        var onlyH1 = doc.select("h1");
        if (onlyH1.size() == 1) {
            String h1 = onlyH1.first().text().trim();
            if (h1.length() >= 3
                    && orig.startsWith(h1)
                    && SEPARATORS.matcher(orig.substring(h1.length()) + " ").lookingAt()) {
                return h1;
            }
        }
        String cur = orig;
        boolean hierarchical = false;
        Matcher separator = SEPARATORS.matcher(cur);
        if (separator.find()) {
            hierarchical = Pattern.compile(" [\\\\/>»] ").matcher(cur).find();
            int last = separator.start();
            while (separator.find()) {
                last = separator.start();
            }
            cur = orig.substring(0, last);
            if (wordCount(cur) < 3) {
                cur = orig.replaceFirst("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]", "");
            }
        } else if (cur.contains(": ")) {
            boolean matchesHeading = false;
            for (Element h : doc.select("h1, h2")) {
                if (h.text().trim().equals(cur)) {
                    matchesHeading = true;
                }
            }
            if (!matchesHeading) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (wordCount(cur) < 3) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (wordCount(orig.substring(0, orig.indexOf(':'))) > 5) {
                    cur = orig;
                }
            }
        } else if (cur.length() > 150 || cur.length() < 15) {
            var h1s = doc.select("h1");
            if (h1s.size() == 1) {
                cur = h1s.first().text();
            }
        }
        cur = cur.trim().replaceAll("\\s{2,}", " ");
        int words = wordCount(cur);
        if (words <= 4
                && (!hierarchical || words != wordCount(SEPARATORS.matcher(orig).replaceAll(" ")) - 1)) {
            cur = orig;
        }
        return cur.isBlank() ? null : cur;
    }

    private static int wordCount(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
