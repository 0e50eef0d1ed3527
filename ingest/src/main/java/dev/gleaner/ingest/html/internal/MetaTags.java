package dev.gleaner.ingest.html.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's meta tags (OpenGraph, Twitter, Dublin Core, Parse.ly, plain names) and link attributes. */
final class MetaTags {
    private static final String METAS = "/gleaner.metas";

    /** The first non-empty content of each meta key, as written and with dots read as colons. */
    private record Metas(Map<String, String> exact, Map<String, String> dotted) {}

    private MetaTags() {}

    /** {@return the content of the meta tag named {@code name}, else of one named so with dots ("dc.title" for "dc:title")} */
    static String meta(Document doc, String name) {
        Metas metas = metas(doc);
        String key = name.toLowerCase(Locale.ROOT);
        String exact = metas.exact().get(key);
        return exact != null ? exact : metas.dotted().get(key);
    }

    /** {@return the meta contents of {@code doc}, read once per document} */
    private static Metas metas(Document doc) {
        if (doc.attributes().userData(METAS) instanceof Metas cached) {
            return cached;
        }
        Metas metas = new Metas(new HashMap<>(), new HashMap<>());
        // Parsers move meta elements that follow body content out of the head, so the whole page counts.
        for (Element m : doc.getElementsByTag("meta")) {
            if (!m.hasAttr("content")) {
                continue;
            }
            String key = m.hasAttr("property")
                    ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.isEmpty()) {
                key = m.attr("http-equiv");
            }
            String v = m.attr("content").trim();
            if (v.isEmpty()) {
                continue;
            }
            for (String k : key.trim().split("\\s+")) {
                String lower = k.toLowerCase(Locale.ROOT);
                metas.exact().putIfAbsent(lower, v);
                metas.dotted().putIfAbsent(lower.replace('.', ':'), v);
            }
        }
        doc.attributes().userData(METAS, metas);
        return metas;
    }

    /** {@return the meta tag named {@code name} as an absolute URL against the page's location, or {@code null}} */
    static String absMeta(Document doc, String name) {
        String v = meta(doc, name);
        if (v == null) {
            return null;
        }
        try {
            if (doc.location().isEmpty()) {
                return v.startsWith("http") ? v : null;
            }
            return java.net
                    .URI
                    .create(doc.location().replace(" ", "%20"))
                    .resolve(v.replace(" ", "%20"))
                    .toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@return the trimmed attribute {@code attr} of the first element matching {@code css}, or {@code null} when blank} */
    static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(Css.of(css));
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).trim();
    }

    /** {@return the attribute {@code attr} of the first element matching {@code css} as an absolute URL, or {@code null}} */
    static String absAttr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(Css.of(css));
        if (e == null) {
            return null;
        }
        String v = e.absUrl(attr);
        return v.isEmpty() ? null : v;
    }
}
