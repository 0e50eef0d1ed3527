package dev.gleaner.ingest.feed;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.text.Languages;
import java.util.regex.Pattern;

/** Turns feed entries into article drafts and tells excerpts from full posts. Thread-safe. */
public final class EntryDrafts {
    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)(read more|continue reading|keep reading|more\\s*»|\\[(…|\\.\\.\\.)\\]|…\\s*$|\\.\\.\\.\\s*$"
                    + "|더\\s*보기|더\\s*읽기|계속\\s*읽기|전체\\s*보기|자세히\\s*보기)\\s*[»›>→]?\\s*$");
    private static final int SHORT_TEXT = 400;

    private final FlexmarkHtmlConverter markdown =
            FlexmarkHtmlConverter.builder().build();

    /** {@return the entry as a draft, or {@code null} when it has no link to identify it} */
    public ArticleDraft draft(FeedEntry entry, ParsedFeed feed) {
        if (entry.link() == null) {
            return null;
        }
        String html = entry.bodyHtml();
        // One parse serves both the text and the Markdown conversion.
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        String text = doc.body().text();
        String title = entry.title();
        if (title == null) {
            title = text.isBlank() ? entry.link() : text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }
        String md = html.isEmpty() ? "" : markdown.convert(doc).strip();
        return new ArticleDraft(
                entry.link(),
                title,
                entry.authors(),
                entry.published(),
                language(feed, text),
                feed.title(),
                entry.categories(),
                md,
                text,
                null,
                entry.enclosures().stream()
                        .filter(e -> e.type() != null && e.type().startsWith("image/"))
                        .map(Enclosure::url)
                        .findFirst()
                        .orElse(null),
                null);
    }

    /** {@return the language the feed declares, else the one its text is written in} */
    private static String language(ParsedFeed feed, String text) {
        String declared = Languages.declared(feed.language());
        return declared != null ? declared : Languages.guess(text);
    }

    /**
     * {@return whether the entry carries only an excerpt of its page}: no full content and a short
     * summary, or a body that ends in a "read more" link or an ellipsis.
     */
    public static boolean isExcerpt(FeedEntry entry) {
        return isExcerpt(entry, EntryHtml.text(entry.bodyHtml()));
    }

    /** {@return whether the entry, whose body text is {@code bodyText}, is only an excerpt} */
    static boolean isExcerpt(FeedEntry entry, String bodyText) {
        String text = bodyText.strip();
        // The marker sits at the end; matching only the tail keeps long posts cheap.
        String tail = text.length() > 120 ? text.substring(text.length() - 120) : text;
        if (READ_MORE.matcher(tail).find()) {
            return true;
        }
        return entry.contentHtml() == null && text.length() < SHORT_TEXT;
    }
}
