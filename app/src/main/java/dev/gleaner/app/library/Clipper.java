package dev.gleaner.app.library;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.html.ExtractingHtmlReader.ExtractionDrafts;
import dev.gleaner.ingest.html.Extraction;
import dev.gleaner.ingest.html.PageFetcher;
import java.io.IOException;
import java.util.function.Supplier;

/** Clips a web page dropped on the window: fetches it, extracts its article and stores it, like {@code gleaner clip URL}. */
@FunctionalInterface
public interface Clipper {
    /**
     * Clips the page at {@code url}.
     *
     * @return the stored article's id and whether it was new
     */
    SaveResult clip(String url);

    /** {@return a clipper on {@code library} that fetches with {@code fetcher}; the index follows the library by itself} */
    static Clipper of(Library library, Supplier<PageFetcher> fetcher) {
        return url -> {
            if (!(url.startsWith("http://") || url.startsWith("https://"))) {
                throw new IngestException("Only web pages (http or https) can be clipped: " + url);
            }
            Extraction page;
            try {
                page = fetcher.get().fetchAndExtract(url);
            } catch (IOException e) {
                throw new IngestException("Cannot fetch " + url + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IngestException("Clipping " + url + " was interrupted.", e);
            }
            long source =
                    library.addSource(SourceKind.PAGE, url, page.title(), null).id();
            String canonical = ExtractionDrafts.address(page, url);
            return library.save(ExtractionDrafts.toDraft(page, canonical, null, page.sourceHtml()), source);
        };
    }
}
