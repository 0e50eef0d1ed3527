package dev.gleaner.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A place articles come from: a feed, a clipped page, an imported folder.
 *
 * @param id the library's id
 * @param kind what kind of source it is
 * @param location the feed URL, page URL or absolute folder path
 * @param title a display title, or {@code null}
 * @param folder the user's folder for it (feeds), or {@code null}
 * @param added when it was added
 */
public record Source(long id, SourceKind kind, String location, String title, String folder, Instant added) {
    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }

    /** {@return the title when there is one, else the location} */
    public String displayName() {
        return title == null || title.isBlank() ? location : title;
    }
}
