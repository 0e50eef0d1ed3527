package dev.gleaner.ingest.html;

import dev.gleaner.ingest.text.Languages;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * A page served as plain text or Markdown ({@code text/plain}, {@code text/markdown}): its lines are
 * the author's, so they are kept as they are, and its title is its first line (a Markdown heading
 * without its marks), not the start of a paragraph run together.
 */
final class PlainTextPage {
    private static final int TITLE_MAX = 100;

    private PlainTextPage() {}

    /** {@return whether a {@code Content-Type} says the body is text rather than markup} */
    static boolean isPlainText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return type.equals("text/plain") || type.equals("text/markdown") || type.equals("text/x-markdown");
    }

    /** {@return the page's text as an extraction, its line breaks kept} */
    static Extraction extract(String text, String url) {
        String body = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[ \\t]+\n", "\n")
                .strip();
        String title = body.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.matches("[-=*_#`~]+"))
                .findFirst()
                .map(l -> l.replaceFirst("^#+\\s*", "").replaceFirst("\\s*#+$", ""))
                .map(PlainTextPage::shorten)
                .orElse(url == null ? "Untitled" : url);
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.split("\n{2,}")) {
            html.append("<p>")
                    .append(Entities.escape(paragraph).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        return new Extraction(
                title,
                null,
                null,
                language(body),
                null,
                null,
                null,
                List.of(),
                html.toString(),
                body + "\n",
                body,
                false,
                List.of());
    }

    private static String shorten(String title) {
        if (title.length() <= TITLE_MAX) {
            return title;
        }
        int cut = title.lastIndexOf(' ', TITLE_MAX);
        return title.substring(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX) + "…";
    }

    private static String language(String text) {
        return Languages.guess(text);
    }
}
