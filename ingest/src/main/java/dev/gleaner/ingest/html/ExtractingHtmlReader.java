package dev.gleaner.ingest.html;

import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.local.HtmlFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Reads a local HTML file with the article extractor, so saved pages import as clean articles. */
public final class ExtractingHtmlReader implements HtmlFileReader {
    private final ArticleExtractor extractor;

    /** Creates a reader that uses {@code extractor}. */
    public ExtractingHtmlReader(ArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public ArticleDraft read(Path file, String html) {
        Extraction e = extractor.extract(html, file.toAbsolutePath().toUri().toString());
        return ExtractionDrafts.toDraft(
                e, e.canonicalUrl(), file.toAbsolutePath().toString(), null);
    }

    /** Builds library drafts from extractions. */
    public static final class ExtractionDrafts {
        private ExtractionDrafts() {}

        /** {@return a draft for {@code e} with the given URL, source path and raw HTML (any may be null)} */
        public static ArticleDraft toDraft(Extraction e, String url, String sourcePath, String rawHtml) {
            return new ArticleDraft(
                    url,
                    e.title(),
                    e.byline() == null ? List.of() : List.of(e.byline()),
                    e.published(),
                    e.lang(),
                    e.siteName(),
                    e.tags(),
                    e.markdown(),
                    e.text(),
                    sourcePath,
                    e.leadImage(),
                    rawHtml);
        }
    }
}
