package dev.gleaner.ingest;

import dev.gleaner.core.GleanerException;

/** Ingesting a feed, page or file failed; the message names the input. */
public class IngestException extends GleanerException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public IngestException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and its cause. */
    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
