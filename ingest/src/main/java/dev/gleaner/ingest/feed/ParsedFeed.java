package dev.gleaner.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * A parsed feed.
 *
 * @param format the syntax it was written in
 * @param title the feed's title, or {@code null}
 * @param siteUrl the absolute URL of the site it belongs to, or {@code null}
 * @param entries its entries in document order
 * @param problems what was wrong with the document and could not be kept (empty when clean)
 */
public record ParsedFeed(
        FeedFormat format,
        String title,
        String siteUrl,
        List<FeedEntry> entries,
        List<String> problems,
        String language) {
    public ParsedFeed {
        Objects.requireNonNull(format, "format");
        language = language == null || language.isBlank() ? null : language.strip();
        title = title == null || title.isBlank() ? null : title.strip();
        siteUrl = siteUrl == null || siteUrl.isBlank() ? null : siteUrl.strip();
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** A feed that does not say its language. */
    public ParsedFeed(FeedFormat format, String title, String siteUrl, List<FeedEntry> entries, List<String> problems) {
        this(format, title, siteUrl, entries, problems, null);
    }

    /** {@return this feed with other problems} */
    public ParsedFeed withProblems(List<String> newProblems) {
        return new ParsedFeed(format, title, siteUrl, entries, newProblems, language);
    }

    /** {@return this feed read another way} */
    public ParsedFeed withFormat(FeedFormat newFormat) {
        return new ParsedFeed(newFormat, title, siteUrl, entries, problems, language);
    }
}
