package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.instance.InstanceAddress;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a Gleaner runs on a workspace ({@code gleaner serve}, like the window), commands from other
 * processes are answered by it instead of meeting the workspace lock.
 */
class InstanceIT {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {}

    private ProcessBuilder gleaner(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.gleaner.app.Main",
                "--workspace",
                dir.resolve("ws").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        return pb;
    }

    private Result run(Path cwd, String stdin, String... args) throws Exception {
        ProcessBuilder pb = gleaner(args).directory(cwd.toFile());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gleaner " + String.join(" ", args) + " did not finish");
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void commandsStartedWhileGleanerServesAreAnsweredByIt() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(
                notes.resolve("redis.md"), "---\ntitle: Redis 분산 락\ntags: [redis]\n---\n# Redis 분산 락\n\n레디스로 락을 건다.\n");
        Result local = run(dir, "", "import", "notes");
        assertEquals(0, local.status(), local.err());
        Result searchedAlone = run(dir, "", "search", "레디스", "--format", "json");

        Process server = gleaner("serve").redirectErrorStream(true).start();
        try {
            var lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertTrue(first != null && first.startsWith("Gleaner serves"), String.valueOf(first));
            Path socket = InstanceAddress.socketOf(dir.resolve("ws"));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));

            // The same answer as without a running Gleaner, with no lock error.
            Result searched = run(dir, "", "search", "레디스", "--format", "json");
            assertEquals(0, searched.status(), searched.err());
            assertEquals(searchedAlone.out(), searched.out());
            assertFalse(searched.err().contains("in use"), searched.err());

            // Relative paths are the caller's; what it changes is searchable at once.
            Path other = Files.createDirectories(dir.resolve("elsewhere/more"));
            Files.writeString(other.resolve("kafka.md"), "# 카프카 컨슈머\n\nKafka consumer groups.\n");
            Result imported = run(dir.resolve("elsewhere"), "", "import", "more");
            assertEquals(0, imported.status(), imported.err());
            assertTrue(imported.out().contains("1 added"), imported.out());
            Result found = run(dir, "", "search", "카프카");
            assertTrue(found.out().contains("카프카 컨슈머"), found.out());

            // Exit codes and one-line errors travel too.
            Result missing = run(dir, "", "show", "404");
            assertEquals(1, missing.status());
            assertTrue(missing.err().startsWith("gleaner: "), missing.err());
            Result usage = run(dir, "", "search");
            assertEquals(2, usage.status());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
        // Once it stopped, commands run on their own again.
        Result after = run(dir, "", "list", "--limit", "5");
        assertEquals(0, after.status(), after.err());
        assertTrue(after.out().contains("카프카 컨슈머"), after.out());
    }
}
