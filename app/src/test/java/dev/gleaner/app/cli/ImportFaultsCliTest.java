package dev.gleaner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner import} over bad files and a full disk: one line each, never a stack trace. */
class ImportFaultsCliTest {
    @TempDir
    Path dir;

    private static CliRun run(Path workspace, String... args) {
        return CliRun.run(workspace, args);
    }

    private static void assertNoTrace(CliRun run) {
        String all = run.out() + run.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception") || all.contains("Error:"), all);
    }

    @Test
    void badFilesGetOneFailedLineEachAndTheGoodOnesAreStored() throws Exception {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes.resolve("x.md"));
        Files.writeString(notes.resolve("x.md/inside.md"), "# Inside\n");
        Files.writeString(
                notes.resolve("good.md"), "# Good\n\n[bad](javascript:alert(1)) and [ok](https://ok.example/)\n");
        Files.writeString(notes.resolve("line\nbreak.md"), "# Newline name\n");
        Files.write(notes.resolve("junk.md"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Files.createSymbolicLink(notes.resolve("loop"), notes);
        Files.createSymbolicLink(notes.resolve("dangling.md"), notes.resolve("gone.md"));

        CliRun run = run(dir.resolve("ws"), "import", notes.toString());
        assertEquals(1, run.status(), run.out() + run.err());
        assertNoTrace(run);
        List<String> failed =
                run.out().lines().filter(l -> l.startsWith("failed ")).toList();
        assertEquals(3, failed.size(), run.out());
        for (String name : List.of("junk.md", "loop", "dangling.md")) {
            assertTrue(failed.stream().anyMatch(l -> l.contains(name)), name + " not reported: " + run.out());
        }
        assertTrue(run.out().contains("3 added, 0 updated, 0 unchanged, 3 failed"), run.out());
        assertTrue(run.out().contains("line\\nbreak.md"), "a file name stays on one line: " + run.out());

        CliRun show = run(dir.resolve("ws"), "list", "--format", "json");
        assertTrue(show.out().contains("inside.md") && show.out().contains("good.md"), show.out());
        CliRun good = run(dir.resolve("ws"), "search", "Good", "--format", "json");
        assertEquals(0, good.status(), good.err());
    }

    /** {@return whether the command ran and succeeded} */
    private static boolean exec(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@return a folder with a 3 MB tmpfs mounted on it (Linux, as root); the test is skipped elsewhere} */
    private Path smallDisk(String name) throws IOException {
        assumeTrue(
                System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"), "needs Linux");
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small disk needs root");
        Path disk = Files.createDirectories(dir.resolve(name));
        assumeTrue(
                exec("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()), "tmpfs could not be mounted");
        return disk;
    }

    private static void unmount(Path at) {
        if (!exec("umount", at.toString())) {
            exec("umount", "-l", at.toString());
        }
    }

    @Test
    void aFullDiskGivesOneLineExitOneAndKeepsTheLibraryAsItWas() throws Exception {
        Path disk = smallDisk("disk");
        try {
            Path ws = disk.resolve("ws");
            Path first = Files.createDirectories(dir.resolve("first"));
            Files.writeString(first.resolve("kept.md"), "# Kept before the disk filled\n\nRedis 분산 락.\n");
            CliRun before = run(ws, "import", first.toString());
            assertEquals(0, before.status(), before.out() + before.err());

            // Fill the disk to the last byte, then give back a little room: less than the notes need.
            Path filler = disk.resolve("filler");
            try (java.nio.channels.FileChannel o = java.nio.channels.FileChannel.open(
                    filler, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(16 * 1024);
                try {
                    while (true) {
                        block.clear();
                        o.write(block);
                    }
                } catch (IOException diskFull) {
                    o.truncate(Math.max(0, o.size() - 512 * 1024));
                }
            }
            long free = Files.getFileStore(disk).getUsableSpace();
            Path notes = Files.createDirectories(dir.resolve("notes"));
            // Notes of random syllables: compressed, the 40 still need several times the room left.
            java.util.Random random = new java.util.Random(3);
            for (int i = 0; i < 40; i++) {
                StringBuilder body = new StringBuilder();
                for (int line = 0; line < 400; line++) {
                    for (int c = 0; c < 12; c++) {
                        body.append((char) ('가' + random.nextInt(11_172)));
                    }
                    body.append(line % 2 == 0 ? " 레디스 분산 락.\n" : "\n");
                }
                Files.writeString(notes.resolve("note-%02d.md".formatted(i)), "# Note " + i + "\n\n" + body);
            }
            CliRun full = run(ws, "import", notes.toString());
            assertEquals(1, full.status(), full.out() + full.err());
            assertNoTrace(full);
            List<String> errLines = full.err().strip().lines().toList();
            assertEquals(1, errLines.size(), full.err());
            assertTrue(
                    errLines.getFirst().contains("the disk is full"),
                    full.err() + "\n" + full.out() + "\nfree before: " + free);
            assertTrue(errLines.getFirst().contains("note-"), "the line names the file: " + full.err());
            long added = full.out().lines().filter(l -> l.startsWith("added ")).count();
            assertTrue(added >= 1 && added < 40, full.out());

            Files.delete(filler);
            CliRun list = run(ws, "list", "--format", "json", "--limit", "100");
            assertEquals(0, list.status(), list.err());
            long stored = list.out().split("\"title\"", -1).length - 1;
            assertEquals(1 + added, stored, "the library holds what was stored before the failed file: " + list.out());
            CliRun doctor = run(ws, "doctor");
            assertEquals(0, doctor.status(), doctor.out() + doctor.err());
            System.out.printf("full disk: %d of 40 notes stored, then: %s%n", added, errLines.getFirst());
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aReadOnlyDiskGivesOneLineAndExitOne() throws Exception {
        Path disk = smallDisk("ro-disk");
        try {
            Path ws = disk.resolve("ws");
            Path notes = Files.createDirectories(dir.resolve("ro-notes"));
            Files.writeString(notes.resolve("a.md"), "# A\n");
            // The workspace is made elsewhere and copied in, so that no file on the disk is open for writing.
            Path made = dir.resolve("ws-made");
            assertEquals(0, run(made, "import", notes.toString()).status());
            try (var files = Files.walk(made)) {
                for (Path f : files.toList()) {
                    Files.copy(f, ws.resolve(made.relativize(f).toString()));
                }
            }
            assumeTrue(exec("mount", "-o", "remount,ro", disk.toString()), "the disk could not be made read-only");
            Files.writeString(notes.resolve("b.md"), "# B\n");
            CliRun run = run(ws, "import", notes.toString());
            assertEquals(1, run.status(), run.out() + run.err());
            assertNoTrace(run);
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains("read-only"), run.err());
        } finally {
            unmount(disk);
        }
    }
}
