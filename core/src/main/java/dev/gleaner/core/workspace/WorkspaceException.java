package dev.gleaner.core.workspace;

import dev.gleaner.core.GleanerException;

/** The workspace folder cannot be used: missing, read-only, or owned by another process. */
public final class WorkspaceException extends GleanerException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public WorkspaceException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and its cause. */
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
