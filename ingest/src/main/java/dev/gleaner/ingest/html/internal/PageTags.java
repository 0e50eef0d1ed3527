package dev.gleaner.ingest.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's tags: article tag and section meta tags and JSON-LD keywords, else the page's tag links. */
final class PageTags {
    private PageTags() {}

    /** {@return at most 30 distinct tags of {@code doc} with JSON-LD article {@code ld} (may be {@code null})} */
    static List<String> of(Document doc, JsonNode ld) {
        Set<String> tags = new LinkedHashSet<>();
        for (Element m : doc.select(Css.of("meta[property=article:tag], meta[property=article:section]"))) {
            tags.add(m.attr("content").trim());
        }
        tags.addAll(JsonLd.keywords(ld));
        if (tags.isEmpty()) {
            for (Element a : doc.select(Css.of("a[rel=tag], a.p-category, .tags a, .post-tags a, .tag_label a"))) {
                tags.add(a.text().replaceFirst("^#", "").trim());
            }
        }
        tags.removeIf(t -> t.isEmpty() || t.length() > 60);
        return tags.stream().limit(30).toList();
    }
}
