package dev.gleaner.index;

import dev.gleaner.core.GleanerException;

/** The search index failed; the library is untouched and the index can be rebuilt. */
public class IndexException extends GleanerException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public IndexException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and its cause. */
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
