package dev.gleaner.app.library;

import dev.gleaner.app.usecase.Clipping;
import dev.gleaner.core.model.SaveResult;

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
}
