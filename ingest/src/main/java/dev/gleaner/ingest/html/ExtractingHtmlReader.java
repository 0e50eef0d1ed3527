package dev.gleaner.ingest.html;

import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.local.HtmlFileReader;
import dev.gleaner.ingest.safety.SafeDrafts;
import dev.gleaner.ingest.safety.SafeUrl;
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
                e,
                SafeUrl.absolute(e.canonicalUrl(), null).orElse(null),
                file.toAbsolutePath().toString(),
                e.sourceHtml());
    }

    /** Builds library drafts from extractions. */
    public static final class ExtractionDrafts {
        private ExtractionDrafts() {}

        /**
         * {@return the address to store a page under: its canonical URL when that is an http(s) URL,
         * else the address it was fetched from}
         */
        public static String address(Extraction e, String fetched) {
            return SafeUrl.absolute(e.canonicalUrl(), fetched).orElse(fetched);
        }

        /**
         * {@return a draft for {@code e} with the given URL, source path and raw HTML (any may be
         * null), its links and images made safe by {@link SafeDrafts}}
         */
        public static ArticleDraft toDraft(Extraction e, String url, String sourcePath, String rawHtml) {
            return SafeDrafts.clean(draft(e, url, sourcePath, rawHtml), url).draft();
        }

        private static ArticleDraft draft(Extraction e, String url, String sourcePath, String rawHtml) {
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
