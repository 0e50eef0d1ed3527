package dev.gleaner.exporter;

import dev.gleaner.core.GleanerException;

/** Exporting or importing an issue failed; the message names the file. */
public class ExportException extends GleanerException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public ExportException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and its cause. */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
