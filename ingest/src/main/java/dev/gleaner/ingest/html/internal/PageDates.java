package dev.gleaner.ingest.html.internal;

import static dev.gleaner.ingest.html.internal.MetaTags.attr;
import static dev.gleaner.ingest.html.internal.MetaTags.meta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gleaner.ingest.text.LenientDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jsoup.nodes.Document;

/** Reads a page's publication date: from JSON-LD, then the meta tags, then the time elements in the page. */
final class PageDates {
    private PageDates() {}

    /**
     * {@return when {@code doc} was published, with JSON-LD article {@code ld} (may be {@code null}), assuming
     * {@code offset} for a time without one, or {@code null}}
     */
    static OffsetDateTime published(Document doc, JsonNode ld, ZoneOffset offset) {
        return firstDate(
                offset,
                JsonLd.text(ld, "datePublished"),
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
    }

    private static OffsetDateTime firstDate(ZoneOffset offset, String... values) {
        for (String v : values) {
            OffsetDateTime d = parse(v, offset);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** {@return {@code value} as a time with offset, assuming {@code offset} when it has none, or {@code null}} */
    static OffsetDateTime parse(String value, ZoneOffset offset) {
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
