package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code gleaner} command as a separate process: exit codes, output, and nothing on stderr when all is well. */
class ProcessIT {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {}

    private Result gleaner(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.gleaner.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("GLEANER_HOME", dir.resolve("default-ws").toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gleaner " + String.join(" ", args) + " did not finish");
        return new Result(
                p.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelpWork() throws Exception {
        Result version = gleaner("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("Gleaner "), version.out());
        Result help = gleaner("--help");
        assertEquals(0, help.status());
        for (String command : List.of("import", "list", "show", "doctor")) {
            assertTrue(help.out().contains("  " + command + " "), help.out());
        }
    }

    @Test
    void gleanerHomeChoosesTheWorkspaceAndErrorsExitWithOne() throws Exception {
        Path note = dir.resolve("note.md");
        Files.writeString(note, "# 메시지 큐\n\n메세지 큐 정리\n");
        Result imported = gleaner("import", note.toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(Files.exists(dir.resolve("default-ws/library.db")));
        Result missing = gleaner("show", "404");
        assertEquals(1, missing.status());
        assertEquals(
                "gleaner: There is no article 404 in the library: see the ids with 'gleaner list'.",
                missing.err().strip());
        Result usage = gleaner("list", "--limit", "many");
        assertEquals(2, usage.status());
    }

    @Test
    void theWindowWithoutADisplaySaysSoInOneLineAndCommandsStillParse() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("linux"),
                "the display check is about Linux sessions");
        Path ws = dir.resolve("ws");
        for (String[] args : List.of(
                new String[] {}, new String[] {"--workspace", ws.toString()}, new String[] {"--workspace=" + ws})) {
            Result window = gleaner(args);
            assertEquals(1, window.status(), window.err());
            assertEquals(
                    "gleaner: Gleaner cannot open its window: there is no display (DISPLAY is not set). Start it in a desktop session, or use a command: gleaner --help",
                    window.err().strip());
        }
        assertTrue(!Files.exists(ws.resolve("library.db")), "no window, so no workspace was opened");
        Result list = gleaner("--workspace", ws.toString(), "list");
        assertEquals(0, list.status(), list.err());
        Result missingValue = gleaner("--workspace");
        assertEquals(2, missingValue.status(), missingValue.err());
    }

    @Test
    void anInterruptedRefreshListsWhatItDidAndSumsUpWhatIsStored() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean slow = new java.util.concurrent.atomic.AtomicBoolean();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        for (String name : List.of("fast", "slow")) {
            server.createContext("/" + name + ".xml", ex -> {
                if (name.equals("slow") && slow.get()) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] body = ("<rss version=\"2.0\"><channel><title>" + name + "</title><link>https://" + name
                                + ".example/</link><item><title>" + name + " post</title><link>https://" + name
                                + ".example/1</link><description>본문</description></item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
        }
        server.start();
        try {
            Path ws = dir.resolve("ws");
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals(0, CliRun.run(ws, "feed", "add", base + "/fast.xml").status());
            assertEquals(0, CliRun.run(ws, "feed", "add", base + "/slow.xml").status());
            slow.set(true);
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.gleaner.app.Main",
                    "--workspace",
                    ws.toString(),
                    "refresh"));
            Process p = new ProcessBuilder(cmd)
                    .redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectError(dir.resolve("err.txt").toFile())
                    .start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(dir.resolve("out.txt")).contains("fast:") && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            String out = Files.readString(dir.resolve("out.txt"));
            assertTrue(
                    out.matches("(?s)\\s*\\d+  fast: \\d+ new, 0 updated\\s*"), "the fast feed's line, alone: " + out);
            p.destroy(); // what Ctrl+C or a logout sends: the JVM runs its shutdown hooks
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "refresh did not stop");
            String err = Files.readString(dir.resolve("err.txt"));
            assertTrue(err.contains("Interrupted after 1 of 2 feeds"), err);
        } finally {
            server.stop(0);
        }
    }
}
