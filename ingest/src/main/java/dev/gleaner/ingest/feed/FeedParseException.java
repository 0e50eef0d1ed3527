package dev.gleaner.ingest.feed;

import dev.gleaner.ingest.IngestException;

/** The input is not a feed (an HTML page, garbage, an empty or truncated file) or cannot be read as one. */
public final class FeedParseException extends IngestException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the input. */
    public FeedParseException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming the input and the cause. */
    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
