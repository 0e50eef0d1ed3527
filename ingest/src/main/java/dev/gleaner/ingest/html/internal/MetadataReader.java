package dev.gleaner.ingest.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.ingest.text.LenientDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, byline, dates, language, site, canonical URL, lead image and tags from a page. */
public final class MetadataReader {
    static final Pattern SEPARATORS = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern BYLINE =
            Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|]]>\\s*$");
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "blogposting",
            "newsarticle",
            "reportagenewsarticle",
            "techarticle",
            "scholarlyarticle",
            "socialmediaposting",
            "webpage",
            "posting",
            "analysisnewsarticle",
            "opinionnewsarticle");

    private final ObjectMapper json;

    /** Creates a reader using {@code json} for JSON-LD. */
    public MetadataReader(ObjectMapper json) {
        this.json = json;
    }

    /** {@return the metadata of {@code doc}, read before any element is removed} */
    public PageMetadata read(Document doc, ZoneOffset defaultOffset) {
        JsonNode ld = articleJsonLd(doc);
        String title = first(
                titleOf(ld, doc),
                meta(doc, "dc:title"),
                meta(doc, "dcterm:title"),
                meta(doc, "og:title"),
                meta(doc, "title"),
                meta(doc, "twitter:title"),
                meta(doc, "parsely-title"));
        if (title == null) {
            title = titleFromDocument(doc);
        }
        String byline = first(
                authorOf(ld),
                meta(doc, "dc:creator"),
                meta(doc, "author"),
                meta(doc, "parsely-author"),
                nonUrl(meta(doc, "article:author")),
                nonUrl(meta(doc, "og:article:author")),
                bylineElement(doc));
        OffsetDateTime published = firstDate(
                defaultOffset,
                text(ld, "datePublished"),
                meta(doc, "article:published_time"),
                meta(doc, "og:article:published_time"),
                meta(doc, "parsely-pub-date"),
                meta(doc, "date"),
                meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"),
                meta(doc, "pubdate"),
                attr(
                        doc,
                        "time[datetime].published, time[datetime][itemprop=datePublished], .dt-published[datetime], time[pubdate][datetime]",
                        "datetime"),
                attr(doc, "[itemprop=datePublished][content]", "content"),
                attr(doc, "time[datetime]", "datetime"));
        String lang = first(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"), meta(doc, "content-language"));
        if (lang != null) {
            lang = lang.replace('_', '-').trim();
            if (lang.isEmpty()) {
                lang = null;
            }
        }
        String siteName = first(
                meta(doc, "og:site_name"),
                text(ld == null ? null : ld.get("publisher"), "name"),
                meta(doc, "application-name"));
        String canonical = first(absAttr(doc, "link[rel=canonical][href]", "href"), absMeta(doc, "og:url"));
        String lead = first(
                absMeta(doc, "og:image"),
                absMeta(doc, "twitter:image"),
                absMeta(doc, "twitter:image:src"),
                imageOf(ld));
        List<String> tags = tags(doc, ld);
        return new PageMetadata(clean(title), clean(byline), published, lang, clean(siteName), canonical, lead, tags);
    }

    /**
     * {@return the JSON-LD title: {@code name} and {@code headline} should agree, but some sites put their own
     * name in one of them, so the one resembling the document's title wins, {@code name} by default}
     */
    private static String titleOf(JsonNode ld, Document doc) {
        String name = text(ld, "name");
        String headline = text(ld, "headline");
        if (name != null && headline != null && !name.equals(headline)) {
            String documentTitle = titleFromDocument(doc);
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

    private JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select(Css.of("script[type=application/ld+json]"))) {
            try {
                JsonNode root = json.readTree(CDATA.matcher(script.data()).replaceAll(""));
                JsonNode found = findArticle(root, 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.isObject()) {
            JsonNode type = node.get("@type");
            List<String> types = new ArrayList<>();
            if (type != null && type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else if (type != null) {
                types.add(type.asText());
            }
            for (String t : types) {
                if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)) && !t.equalsIgnoreCase("webpage")) {
                    return node;
                }
            }
            return findArticle(node.get("@graph"), depth + 1);
        }
        return null;
    }

    private static String authorOf(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode author = ld.get("author");
        if (author == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(
                    a -> names.add(a.isTextual() ? a.asText() : a.path("name").asText("")));
        } else {
            names.add(author.isTextual() ? author.asText() : author.path("name").asText(""));
        }
        names.removeIf(String::isBlank);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String imageOf(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode image = ld.get("image");
        if (image == null) {
            return null;
        }
        if (image.isArray() && !image.isEmpty()) {
            image = image.get(0);
        }
        String url = image.isTextual() ? image.asText() : image.path("url").asText("");
        return url.startsWith("http") ? url : null;
    }

    private static List<String> tags(Document doc, JsonNode ld) {
        Set<String> tags = new LinkedHashSet<>();
        for (Element m : doc.select(Css.of("meta[property=article:tag], meta[property=article:section]"))) {
            tags.add(m.attr("content").trim());
        }
        if (ld != null) {
            JsonNode keywords = ld.get("keywords");
            if (keywords != null && keywords.isArray()) {
                keywords.forEach(k -> tags.add(k.asText().trim()));
            } else if (keywords != null && keywords.isTextual()) {
                for (String k : keywords.asText().split(",")) {
                    tags.add(k.trim());
                }
            }
        }
        if (tags.isEmpty()) {
            for (Element a : doc.select(Css.of("a[rel=tag], a.p-category, .tags a, .post-tags a, .tag_label a"))) {
                tags.add(a.text().replaceFirst("^#", "").trim());
            }
        }
        tags.removeIf(t -> t.isEmpty() || t.length() > 60);
        return tags.stream().limit(30).toList();
    }

    /** {@return the title from {@code <title>} with site-name parts dropped, after Readability} */
    static String titleFromDocument(Document doc) {
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

    /** {@return the content of the meta tag named {@code name}, else of one named so with dots ("dc.title" for "dc:title")} */
    static String meta(Document doc, String name) {
        Metas metas = metas(doc);
        String key = name.toLowerCase(Locale.ROOT);
        String exact = metas.exact().get(key);
        return exact != null ? exact : metas.dotted().get(key);
    }

    private static final String METAS = "/gleaner.metas";

    /** The first non-empty content of each meta key, as written and with dots read as colons. */
    private record Metas(Map<String, String> exact, Map<String, String> dotted) {}

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

    private static String absMeta(Document doc, String name) {
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

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(Css.of(css));
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).trim();
    }

    private static String absAttr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(Css.of(css));
        if (e == null) {
            return null;
        }
        String v = e.absUrl(attr);
        return v.isEmpty() ? null : v;
    }

    /**
     * {@return the text of the page's byline element, or {@code null}: an author link or property first, then the
     * first element whose class or id names a byline}
     */
    private static String bylineElement(Document doc) {
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

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().trim() : null;
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false)
                .replaceAll("\\s+", " ")
                .trim();
        return t.isEmpty() ? null : t;
    }

    private static OffsetDateTime firstDate(ZoneOffset offset, String... values) {
        for (String v : values) {
            OffsetDateTime d = parseDate(v, offset);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** {@return {@code value} as a time with offset, assuming {@code offset} when it has none, or {@code null}} */
    public static OffsetDateTime parseDate(String value, ZoneOffset offset) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(
                    v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replace(' ', 'T'));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v.replace(' ', 'T')).atOffset(offset);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v)
                    .atStartOfDay()
                    .atOffset(offset);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        return LenientDates.pages(offset).parse(v).orElse(null);
    }
}
