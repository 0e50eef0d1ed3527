package dev.gleaner.ingest.local;

import dev.gleaner.ingest.safety.SafeMarkdown;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the CPU time that reading a Markdown post costs on one thread, the old way and the new:
 * the front matter, the cleaning, the plain text and the link check. The old way reads the front
 * matter twice and renders the Markdown to HTML and parses that with jsoup for the plain text, then
 * parses the Markdown again for the links; the new way parses it once. Prints ms of CPU per post for
 * each of four rounds (the first warms the JIT). Run with {@code ./build.sh -q -pl ingest -am
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.gleaner.ingest.local.MarkdownReadBenchmark -Dexec.args="DIR 3000"} over a
 * folder of posts (e.g. the scale benchmark's).
 */
public final class MarkdownReadBenchmark {
    private MarkdownReadBenchmark() {}

    /** Runs the benchmark: args are the folder of Markdown posts and how many to read. */
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        int n = Math.min(files.size(), args.length > 1 ? Integer.parseInt(args[1]) : 3000);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 4; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                Path file = files.get(i);
                FrontMatter.parse(texts.get(i), file);
                String body =
                        MarkdownText.clean(FrontMatter.parse(texts.get(i), file).body());
                sink += HtmlPlainText.plainText(body).length();
                sink += SafeMarkdown.clean(body, null).markdown().length();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                String body = MarkdownText.clean(
                        FrontMatter.parse(texts.get(i), files.get(i)).body());
                var parsed = MarkdownText.parse(body);
                sink += MarkdownText.plainText(parsed).length();
                sink += SafeMarkdown.clean(body, null, parsed).markdown().length();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink += MarkdownText.clean(
                                FrontMatter.parse(texts.get(i), files.get(i)).body())
                        .length();
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            System.out.printf(
                    Locale.ROOT,
                    "round %d, %d posts: old %.2f ms of CPU per post, new %.2f (of which front matter and cleaning %.2f)%n",
                    round,
                    n,
                    (t1 - t0) / 1e6 / n,
                    (t2 - t1) / 1e6 / n,
                    (t3 - t2) / 1e6 / n);
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
