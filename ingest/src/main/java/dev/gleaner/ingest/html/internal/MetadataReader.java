package dev.gleaner.ingest.html.internal;

import static dev.gleaner.ingest.html.internal.Candidates.clean;
import static dev.gleaner.ingest.html.internal.Candidates.first;
import static dev.gleaner.ingest.html.internal.MetaTags.absAttr;
import static dev.gleaner.ingest.html.internal.MetaTags.absMeta;
import static dev.gleaner.ingest.html.internal.MetaTags.attr;
import static dev.gleaner.ingest.html.internal.MetaTags.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.nodes.Document;

/**
 * Reads title, byline, dates, language, site, canonical URL, lead image and tags from a page.
 *
 * <p>Each field is chosen among candidates from the most to the least trusted source: the page's JSON-LD article
 * ({@link JsonLd}), its meta tags ({@link MetaTags}), then its markup ({@link PageTitle}, {@link Byline},
 * {@link PageDates}, {@link PageTags}).
 */
public final class MetadataReader {
    private final JsonLd jsonLd;

    /** Creates a reader using {@code json} for JSON-LD. */
    public MetadataReader(ObjectMapper json) {
        this.jsonLd = new JsonLd(json);
    }

    /** {@return the metadata of {@code doc}, read before any element is removed} */
    public PageMetadata read(Document doc, ZoneOffset defaultOffset) {
        JsonNode ld = jsonLd.article(doc);
        String title = PageTitle.of(doc, ld);
        String byline = Byline.of(doc, ld);
        OffsetDateTime published = PageDates.published(doc, ld, defaultOffset);
        String lang = first(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"), meta(doc, "content-language"));
        if (lang != null) {
            lang = lang.replace('_', '-').trim();
            if (lang.isEmpty()) {
                lang = null;
            }
        }
        String siteName = first(
                meta(doc, "og:site_name"),
                JsonLd.text(ld == null ? null : ld.get("publisher"), "name"),
                meta(doc, "application-name"));
        String canonical = first(absAttr(doc, "link[rel=canonical][href]", "href"), absMeta(doc, "og:url"));
        String lead = first(
                absMeta(doc, "og:image"),
                absMeta(doc, "twitter:image"),
                absMeta(doc, "twitter:image:src"),
                JsonLd.image(ld));
        return new PageMetadata(
                clean(title), clean(byline), published, lang, clean(siteName), canonical, lead, PageTags.of(doc, ld));
    }

    /** {@return {@code value} as a time with offset, assuming {@code offset} when it has none, or {@code null}} */
    public static OffsetDateTime parseDate(String value, ZoneOffset offset) {
        return PageDates.parse(value, offset);
    }
}
