package dev.gleaner.core.library;

import dev.gleaner.core.GleanerException;

/** The library store could not do what was asked; nothing that was stored before is lost. */
public final class LibraryException extends GleanerException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public LibraryException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and its cause. */
    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
