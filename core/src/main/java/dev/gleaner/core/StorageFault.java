package dev.gleaner.core;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways writing to the disk fails that a user fixes outside Gleaner: a full disk, a read-only
 * file system, a missing permission. Recognised from any exception (SQLite's result codes, the
 * JDK's file exceptions, the operating system's messages) so that every command says the same
 * sentence instead of a stack trace.
 */
public enum StorageFault {
    /** The disk (or quota) is full: {@code SQLITE_FULL}, {@code ENOSPC}, {@code EDQUOT}. */
    DISK_FULL("the disk is full", "Free some space and try again."),
    /** The file system or file is read-only: {@code SQLITE_READONLY}, {@code EROFS}. */
    READ_ONLY("the disk or folder is read-only", "Make it writable, or choose another workspace with --workspace DIR."),
    /** The operating system refused access: {@code EACCES}, {@code EPERM}, {@code SQLITE_PERM}. */
    PERMISSION_DENIED("permission denied", "Check the permissions of the file and its folder, then try again.");

    private final String what;
    private final String advice;

    StorageFault(String what, String advice) {
        this.what = what;
        this.advice = advice;
    }

    /**
     * {@return the fault behind {@code error}, looking through its causes and suppressed
     * exceptions, or empty when it is not one of these}
     */
    public static Optional<StorageFault> of(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 16; t = t.getCause(), depth++) {
            Optional<StorageFault> f = classify(t);
            if (f.isPresent()) {
                return f;
            }
            for (Throwable s : t.getSuppressed()) {
                f = classify(s);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<StorageFault> classify(Throwable t) {
        if (t instanceof ReadOnlyFileSystemException) {
            return Optional.of(READ_ONLY);
        }
        String m = String.valueOf(t.getMessage());
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            m = fs.getReason() + " " + m;
        }
        String lower = m.toLowerCase(Locale.ROOT);
        if (m.contains("SQLITE_FULL")
                || lower.contains("no space left on device")
                || lower.contains("disk quota exceeded")
                || lower.contains("database or disk is full")
                || m.contains("ENOSPC")
                || m.contains("EDQUOT")) {
            return Optional.of(DISK_FULL);
        }
        if (m.contains("SQLITE_READONLY")
                || lower.contains("read-only file system")
                || lower.contains("attempt to write a readonly database")
                || m.contains("EROFS")) {
            return Optional.of(READ_ONLY);
        }
        if (t instanceof AccessDeniedException
                || m.contains("SQLITE_PERM")
                || m.contains("SQLITE_AUTH")
                || lower.contains("permission denied")
                || lower.contains("operation not permitted")) {
            return Optional.of(PERMISSION_DENIED);
        }
        return Optional.empty();
    }

    /**
     * {@return one sentence for a user: what could not be written, why, and what to do}, e.g.
     * "Cannot write the library /x/library.db: the disk is full. Free some space and try again."
     *
     * @param target what was being written, e.g. "the library /x/library.db"
     */
    public String sentence(String target) {
        return "Cannot write " + target + ": " + what + ". " + advice;
    }

    /** {@return a short phrase for the fault, e.g. "the disk is full"} */
    public String what() {
        return what;
    }
}
