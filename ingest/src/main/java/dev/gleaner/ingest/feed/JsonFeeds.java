package dev.gleaner.ingest.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.ingest.text.LenientDates;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Feed 1.0 and 1.1 with Jackson. */
final class JsonFeeds {
    private static final LenientDates DATES = LenientDates.feeds();

    private JsonFeeds() {}

    static ParsedFeed parse(ObjectMapper json, String text, String feedUrl, String name) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            throw new FeedParseException(
                    name + " is not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr() + ")")
                            + ": check that the URL points to a feed.",
                    e);
        }
        if (root == null || !root.isObject() || !root.path("items").isArray()) {
            throw new FeedParseException(name + " is JSON but not a JSON Feed (no \"items\"): check the feed URL.");
        }
        List<String> problems = new ArrayList<>();
        String version = root.path("version").asText("");
        if (!version.contains("jsonfeed.org/version/1")) {
            problems.add("unknown JSON Feed version '" + version + "', read as 1.1");
        }
        String siteUrl = EntryHtml.resolve(feedUrl, text(root, "home_page_url"));
        String base = feedUrl != null ? feedUrl : siteUrl;
        List<String> feedAuthors = authors(root);
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = text(item, "url");
            if (link == null) {
                link = text(item, "external_url");
            }
            String content = EntryHtml.sanitize(text(item, "content_html"), "html", base);
            if (content == null) {
                content = EntryHtml.sanitize(text(item, "content_text"), "text", base);
            }
            List<String> authors = authors(item);
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(t -> tags.add(t.asText()));
            List<Enclosure> attachments = new ArrayList<>();
            for (JsonNode a : item.path("attachments")) {
                String url = text(a, "url");
                if (url != null) {
                    attachments.add(new Enclosure(
                            EntryHtml.resolve(base, url),
                            text(a, "mime_type"),
                            a.path("size_in_bytes").asLong(-1)));
                }
            }
            var published = DATES.parse(text(item, "date_published")).orElse(null);
            var updated = DATES.parse(text(item, "date_modified")).orElse(null);
            entries.add(new FeedEntry(
                    text(item, "id"),
                    EntryHtml.title(text(item, "title")),
                    EntryHtml.resolve(base, link),
                    authors.isEmpty() ? feedAuthors : authors,
                    published != null ? published : updated,
                    updated,
                    EntryHtml.sanitize(text(item, "summary"), "text", base),
                    content,
                    tags,
                    attachments));
        }
        return new ParsedFeed(FeedFormat.JSON, text(root, "title"), siteUrl, entries, problems, text(root, "language"));
    }

    private static List<String> authors(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : node.path("authors")) {
            if (text(a, "name") != null) {
                out.add(text(a, "name"));
            }
        }
        if (out.isEmpty() && text(node.path("author"), "name") != null) {
            out.add(text(node.path("author"), "name"));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        String s = v.isValueNode() ? v.asText() : null;
        return s == null || s.isBlank() ? null : s.strip();
    }
}
