package dev.gleaner.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file the user owns (an exported post, an OPML list) so that a reader never sees half of
 * it: the bytes go to a hidden file beside it, which then replaces the target in one move.
 *
 * <p>The new file gets the permissions any program would give it ({@code 0666} less the umask,
 * usually {@code 0644}), not the owner-only mode of a temporary file: Hugo, a web server or a
 * colleague must be able to read an export. A file that exists keeps the permissions its owner gave it.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Replaces {@code target} with {@code bytes} in one move; creates its folder when missing. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Set<PosixFilePermission> kept = existingPermissions(absolute);
        Path temp = createSibling(dir, absolute.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            if (kept != null) {
                Files.setPosixFilePermissions(temp, kept);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Set<PosixFilePermission> existingPermissions(Path target) throws IOException {
        if (!Files.isRegularFile(target) || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.getPosixFilePermissions(target);
    }

    private static Path createSibling(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                // No permission attribute: the system applies the umask as for any new file.
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }
}
