package dev.gleaner.core;

/**
 * A failure the user can act on: its message is one sentence that names the input and says what
 * to do. Every module's exception family extends it; anything else reaching the user is a bug.
 */
public class GleanerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception whose message is shown to the user as it is. */
    public GleanerException(String message) {
        super(message);
    }

    /** Creates an exception whose message is shown to the user, keeping the cause for the log. */
    public GleanerException(String message, Throwable cause) {
        super(message, cause);
    }
}
