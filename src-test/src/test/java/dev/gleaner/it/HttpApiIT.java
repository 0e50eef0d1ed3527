package dev.gleaner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gleaner serve --http} as a user starts it: a process whose API a script calls. */
class HttpApiIT {
    private static final Pattern ADDRESS =
            Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/api/); send the token in (\\S+) ");

    @TempDir
    Path dir;

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
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        return pb;
    }

    @Test
    void aScriptReadsTheLibraryOfARunningGleanerWithItsToken() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(
                notes.resolve("redis.md"), "---\ntitle: Redis 분산 락\ntags: [redis]\n---\n# Redis 분산 락\n\n레디스로 락을 건다.\n");
        Process imported = gleaner("import", "notes").redirectErrorStream(true).start();
        imported.getInputStream().readAllBytes();
        assertEquals(0, imported.waitFor());

        Process server = gleaner("serve", "--http", "--port", "0")
                .redirectErrorStream(true)
                .start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            var lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertTrue(first != null && first.startsWith("Gleaner serves"), String.valueOf(first));
            String second = lines.readLine();
            Matcher m = ADDRESS.matcher(String.valueOf(second));
            assertTrue(m.find(), second);
            String api = m.group(1);
            Path tokenFile = Path.of(m.group(2));
            assertEquals(dir.resolve("ws").resolve("api-token"), tokenFile);
            String token = Files.readString(tokenFile).strip();

            HttpResponse<String> found = client.send(
                    HttpRequest.newBuilder(
                                    URI.create(api + "search?q=" + URLEncoder.encode("레디스", StandardCharsets.UTF_8)))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains("\"title\" : \"Redis 분산 락\""), found.body());

            HttpResponse<String> refused = client.send(
                    HttpRequest.newBuilder(URI.create(api + "articles")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(401, refused.statusCode());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aPortInUseIsSaidInOneLine() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process p = gleaner("serve", "--http", "--port", Integer.toString(taken.getLocalPort()))
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, p.exitValue(), out);
            assertEquals(
                    "gleaner: Port " + taken.getLocalPort() + " on 127.0.0.1 is in use: choose another with --port N.",
                    out.strip());
        }
    }
}
