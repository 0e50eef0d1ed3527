package dev.gleaner.app.library;

import dev.gleaner.app.usecase.Clipping;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.PageFetcher;
import java.util.function.Supplier;

/**
 * Clips a web page dropped on the window or added to an issue by its link: {@link Clipping#page},
 * the use case {@code gleaner clip} stores pages through too.
 */
@FunctionalInterface
public interface Clipper {
    /**
     * Clips the page at {@code url}.
     *
     * @return the stored article's id and whether it was new
     */
    SaveResult clip(String url);

    /** {@return a clipper that stores through {@code clipping}} */
    static Clipper of(Clipping clipping) {
        return clipping::page;
    }

    /** {@return a clipper on {@code library} that fetches with {@code fetcher}; the index follows the library by itself} */
    static Clipper of(Library library, Supplier<PageFetcher> fetcher) {
        return of(new Clipping(library, ArticleExtractor::new, fetcher));
    }
}
