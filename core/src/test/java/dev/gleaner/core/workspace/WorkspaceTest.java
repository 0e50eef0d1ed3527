package dev.gleaner.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void createsItsFoldersAndLibrary() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            assertTrue(Files.isDirectory(ws.logsDir()));
            ws.library();
            assertTrue(Files.exists(ws.libraryFile()));
        }
    }

    @Test
    void aSecondOwnerIsToldWhichProcessHoldsIt() {
        try (Workspace ws = Workspace.open(dir)) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(dir));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertTrue(
                    e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
        }
        Workspace.open(dir).close();
    }

    @Test
    void aReadOnlyFolderGetsAClearMessage() throws Exception {
        Path ro = dir.resolve("ro");
        Files.createDirectories(ro);
        ro.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(
                    Files.isWritable(ro), "running as a user who can write anywhere");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(ro));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void defaultLocationFollowsGleanerHomeThenXdgThenThePlatform() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/data/g"), Workspace.defaultLocation(Map.of("GLEANER_HOME", "/data/g"), "Linux", home));
        assertEquals(Path.of("/x/gleaner"), Workspace.defaultLocation(Map.of("XDG_DATA_HOME", "/x"), "Linux", home));
        assertEquals(Path.of("/home/u/.local/share/gleaner"), Workspace.defaultLocation(Map.of(), "Linux", home));
        assertEquals(
                Path.of("/home/u/Library/Application Support/Gleaner"),
                Workspace.defaultLocation(Map.of(), "Mac OS X", home));
    }
}
