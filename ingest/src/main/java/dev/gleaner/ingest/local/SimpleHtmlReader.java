package dev.gleaner.ingest.local;

import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Keeps a page's title and visible text; the article extractor does better. */
public final class SimpleHtmlReader implements HtmlFileReader {
    @Override
    public ArticleDraft read(Path file, String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, object, embed, form")
                .remove();
        String text = doc.body() == null
                ? ""
                : doc.body()
                        .wholeText()
                        .replaceAll("[ \\t]+\\n", "\n")
                        .replaceAll("\\n{3,}", "\n\n")
                        .strip();
        String title = doc.title().isBlank()
                ? MarkdownText.firstLine(text)
                : doc.title().strip();
        if (title == null || title.isBlank()) {
            title = file.getFileName().toString();
        }
        return new ArticleDraft(
                null,
                title,
                List.of(),
                null,
                LocalImporter.guessLanguage(text),
                null,
                List.of(),
                text,
                text,
                file.toString(),
                null,
                html);
    }
}
