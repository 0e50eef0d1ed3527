package dev.gleaner.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewExportIsReadableAsAnyNewFileIsNotOwnerOnly() throws Exception {
        Path plain = dir.resolve("plain.md");
        Files.writeString(plain, "x"); // what the umask gives any new file here
        Path post = dir.resolve("content/posts/article-weekly-25.md");
        AtomicFiles.write(post, "본문\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("본문\n", Files.readString(post));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(post));
        assertTrue(
                Files.getPosixFilePermissions(post).size() > 2,
                "an export is not owner-only: " + Files.getPosixFilePermissions(post));
    }

    @Test
    void aRewriteKeepsThePermissionsTheOwnerGaveAndLeavesNoTemporaryFile() throws Exception {
        Path post = dir.resolve("issue.md");
        AtomicFiles.write(post, "one".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(post, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(post, "two".getBytes(StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(post));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(post)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left beside the export");
        }
    }
}
