package dev.gleaner.app.usecase;

import dev.gleaner.core.GleanerException;

/** Nothing has the id asked for (removed meanwhile, or a typo); the message says where to look. */
public class NotFound extends GleanerException {
    private static final long serialVersionUID = 1L;
    private final long id;

    NotFound(long id, String message) {
        super(message);
        this.id = id;
    }

    /** {@return the id that names nothing} */
    public long id() {
        return id;
    }
}
