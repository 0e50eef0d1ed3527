package dev.gleaner.ingest.html;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.feed.FullTextFetcher;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The full text of an excerpt entry: its page fetched and extracted. The feed's own title, date,
 * authors and tags win over what the page says, since the feed is the author's own metadata.
 */
public final class PageFullText implements FullTextFetcher {
    private static final Logger LOG = Logger.getLogger(PageFullText.class.getName());

    private final PageFetcher pages;

    /** Creates a full-text fetcher that fetches and extracts pages with {@code pages}, which its owner closes. */
    public PageFullText(PageFetcher pages) {
        this.pages = java.util.Objects.requireNonNull(pages, "pages");
    }

    @Override
    public Optional<ArticleDraft> fullText(ArticleDraft excerpt) {
        if (excerpt.url() == null) {
            return Optional.empty();
        }
        try {
            Extraction page = pages.fetchAndExtract(excerpt.url());
            if (page.listing()
                    || page.text().strip().length() <= excerpt.text().strip().length()) {
                return Optional.empty();
            }
            return Optional.of(new ArticleDraft(
                    excerpt.url(),
                    excerpt.title(),
                    excerpt.authors().isEmpty() && page.byline() != null
                            ? java.util.List.of(page.byline())
                            : excerpt.authors(),
                    excerpt.published() != null ? excerpt.published() : page.published(),
                    excerpt.lang() != null ? excerpt.lang() : page.lang(),
                    excerpt.siteName() != null ? excerpt.siteName() : page.siteName(),
                    excerpt.tags().isEmpty() ? page.tags() : excerpt.tags(),
                    page.markdown(),
                    page.text(),
                    null,
                    page.leadImage(),
                    page.sourceHtml()));
        } catch (IOException | GleanerException e) {
            LOG.log(Level.INFO, "Full text of " + excerpt.url() + " not fetched: " + e.getMessage(), e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
