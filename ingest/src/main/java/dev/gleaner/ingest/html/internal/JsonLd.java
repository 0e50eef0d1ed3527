package dev.gleaner.ingest.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds a page's JSON-LD article object and reads its fields; every reader takes a {@code null} article. */
final class JsonLd {
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

    /** Creates a reader parsing with {@code json}. */
    JsonLd(ObjectMapper json) {
        this.json = json;
    }

    /** {@return the first article object in the page's JSON-LD scripts, or {@code null}} */
    JsonNode article(Document doc) {
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

    /** {@return the trimmed text of {@code node}'s field {@code field}, or {@code null} when it is missing or blank} */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().trim() : null;
    }

    /** {@return the article's author names joined by commas, or {@code null}} */
    static String author(JsonNode ld) {
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

    /** {@return the URL of the article's (first) image when it is absolute, else {@code null}} */
    static String image(JsonNode ld) {
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

    /** {@return the article's keywords, trimmed, from an array or a comma-separated text; empty when it has none} */
    static List<String> keywords(JsonNode ld) {
        List<String> out = new ArrayList<>();
        if (ld != null) {
            JsonNode keywords = ld.get("keywords");
            if (keywords != null && keywords.isArray()) {
                keywords.forEach(k -> out.add(k.asText().trim()));
            } else if (keywords != null && keywords.isTextual()) {
                for (String k : keywords.asText().split(",")) {
                    out.add(k.trim());
                }
            }
        }
        return out;
    }
}
