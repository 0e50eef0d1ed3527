package dev.gleaner.ingest.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a folder of the kind real note folders are: normal posts mixed with files and folders that
 * break naive importers. Small and generated at test time from a seed; every case is named so that
 * a failing assertion says which one.
 */
final class HostileFolder {
    /** A file that must be stored. */
    record Normal(Path file, String title) {}

    /**
     * An entry that must be reported, never stop the import.
     *
     * @param kind what is hostile about it
     * @param mustFail whether it must be reported as failed (else it may be stored)
     */
    record Hostile(String kind, Path file, boolean mustFail) {}

    final Path root;
    final List<Normal> normals = new ArrayList<>();
    final List<Hostile> hostiles = new ArrayList<>();
    private final Random random;

    HostileFolder(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** Writes {@code normalPosts} posts and every kind of hostile entry, {@code fuzzed} of the fuzzed kinds. */
    HostileFolder write(int normalPosts, int fuzzed) throws IOException {
        Files.createDirectories(root);
        for (int i = 0; i < normalPosts; i++) {
            Path dir = root.resolve(i % 3 == 0 ? "posts/2024" : i % 3 == 1 ? "notes" : "");
            String title = (i % 2 == 0 ? "레디스 분산 락 " : "Kafka consumer notes ") + i;
            normal(dir.resolve("post-" + i + (i % 5 == 4 ? ".txt" : ".md")), title, i % 5 == 4);
        }
        oddNames();
        structure();
        for (int i = 0; i < fuzzed; i++) {
            fuzzedHtml(root.resolve("fuzz/page-" + i + ".html"));
            binary(root.resolve("junk/blob-" + i + ".md"), i % 2 == 0);
        }
        pathological();
        return this;
    }

    private void normal(Path file, String title, boolean plain) throws IOException {
        Files.createDirectories(file.getParent());
        String body = plain
                ? title + "\n\n컨슈머 그룹과 리밸런싱. Partitions and offsets.\n"
                : "---\ntitle: \"" + title + "\"\ntags: [redis, kafka]\n---\n# " + title
                        + "\n\n본문 [링크](https://example.com/a) 와 텍스트.\n";
        Files.writeString(file, body);
        normals.add(new Normal(file, title));
    }

    /** File names that are legal but odd: their posts are normal and must be stored. */
    private void oddNames() throws IOException {
        Path odd = root.resolve("odd names");
        normal(odd.resolve("with spaces and 한글 이름.md"), "spaces", false);
        normal(odd.resolve("line\nbreak.md"), "newline", false);
        normal(odd.resolve("tab\tand\u0001control.md"), "control", false);
        normal(odd.resolve("-starts-with-dash.md"), "dash", false);
        normal(odd.resolve("quote'\"and\\backslash.md"), "quotes", false);
        normal(odd.resolve("가".repeat(80) + ".md"), "long Korean name", false);
        normal(odd.resolve("x".repeat(250) + ".md"), "long name", false);
        normal(odd.resolve("UPPER.MD"), "upper case extension", false);
        // A name with bytes that are not UTF-8 cannot be made from a Java string: the shell makes it.
        if (shell("printf '# invalid bytes\\n\\nbody\\n' > \"$(printf 'odd names/bad\\377\\376name.md')\"")) {
            try (var files = Files.list(odd)) {
                Path bad = files.filter(p -> p.getFileName().toString().startsWith("bad"))
                        .findFirst()
                        .orElseThrow();
                normals.add(new Normal(bad, "invalid bytes"));
            }
        }
    }

    /** Folders and links that must not stop or trap the walk. */
    private void structure() throws IOException {
        // A folder with a Markdown name is a folder: what is inside it is imported.
        normal(root.resolve("folder.md/inside.md"), "inside a folder named .md", false);
        Path deep = root.resolve("deep");
        for (int i = 0; i < FolderWalk.MAX_DEPTH + 6; i++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("bottom.md"), "# bottom\n");
        Path capped = root.resolve("deep");
        for (int i = 1; i < FolderWalk.MAX_DEPTH; i++) {
            capped = capped.resolve("d");
        }
        hostiles.add(new Hostile("nesting deeper than the cap", capped, true));
        Path loops = root.resolve("links");
        Files.createDirectories(loops);
        Files.createSymbolicLink(loops.resolve("back-to-root"), root);
        hostiles.add(new Hostile("symbolic link loop to an ancestor", loops.resolve("back-to-root"), true));
        Files.createSymbolicLink(loops.resolve("self.md"), loops.resolve("self.md"));
        hostiles.add(new Hostile("symbolic link to itself", loops.resolve("self.md"), true));
        Files.createSymbolicLink(loops.resolve("a.md"), loops.resolve("b.md"));
        Files.createSymbolicLink(loops.resolve("b.md"), loops.resolve("a.md"));
        hostiles.add(new Hostile("two symbolic links to each other", loops.resolve("a.md"), true));
        hostiles.add(new Hostile("two symbolic links to each other", loops.resolve("b.md"), true));
        Files.createSymbolicLink(loops.resolve("broken.md"), loops.resolve("nowhere.md"));
        hostiles.add(new Hostile("symbolic link to nothing", loops.resolve("broken.md"), true));
        if (shell("mkfifo 'links/pipe.md'")) {
            hostiles.add(new Hostile("a pipe named .md (reading it would block)", loops.resolve("pipe.md"), true));
        }
    }

    private void pathological() throws IOException {
        Path p = root.resolve("pathological");
        Files.createDirectories(p);
        Path huge = p.resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(LocalImporter.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        hostiles.add(new Hostile("larger than the size cap", huge, true));
        Path utf16 = p.resolve("utf16-without-bom.md");
        Files.write(utf16, "# 제목\n본문\n".getBytes(StandardCharsets.UTF_16LE));
        hostiles.add(new Hostile("UTF-16 without a byte order mark", utf16, true));
        Path quotes = p.resolve("nested-quotes.md");
        Files.writeString(quotes, ">".repeat(50_000) + " deep\n" + "[".repeat(20_000) + "x" + "]".repeat(20_000));
        hostiles.add(new Hostile("Markdown nested 50,000 deep", quotes, false));
        Path yamlBomb = p.resolve("yaml-bomb.md");
        StringBuilder y = new StringBuilder(
                "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            y.append("]\n");
        }
        y.append("title: bomb\n---\nbody\n");
        Files.writeString(yamlBomb, y);
        hostiles.add(new Hostile("front matter with a billion-laughs alias bomb", yamlBomb, false));
        Path divs = p.resolve("deep-divs.html");
        Files.writeString(divs, "<html><body>" + "<div>".repeat(100_000) + "text</body></html>");
        hostiles.add(new Hostile("HTML nested 100,000 deep", divs, false));
        Path empty = p.resolve("empty.md");
        Files.write(empty, new byte[0]);
        hostiles.add(new Hostile("an empty file", empty, false));
    }

    private void fuzzedHtml(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String[] parts = {
            "<div>",
            "</div>",
            "<p>",
            "<a href=\"javascript:alert(1)\">",
            "</a>",
            "<img src=x onerror=alert(1)>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "&#0;",
            "&#x110000;",
            "&amp",
            "<table><tr><td>",
            "<svg><foreignObject>",
            "<math><mi>",
            "<iframe src=//evil>",
            "<base href=\"file:///etc/\">",
            "<meta charset=\"utf-7\">",
            "\uFFFD",
            "레디스",
            "text ",
            "<title>",
            "</title>",
            "<h1>",
            "<article>",
            "<",
            ">",
            "\"",
            "'",
            "=",
        };
        StringBuilder b = new StringBuilder(random.nextBoolean() ? "<!doctype html>" : "");
        int n = 200 + random.nextInt(2_000);
        for (int i = 0; i < n; i++) {
            b.append(parts[random.nextInt(parts.length)]);
            if (random.nextInt(20) == 0) {
                b.append((char) (0x20 + random.nextInt(0x3000)));
            }
        }
        Files.writeString(file, b.toString());
        hostiles.add(new Hostile("fuzzed HTML", file, false));
    }

    private void binary(Path file, boolean withNul) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[1_000 + random.nextInt(20_000)];
        random.nextBytes(bytes);
        if (!withNul) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    bytes[i] = 1;
                }
            }
        }
        Files.write(file, bytes);
        hostiles.add(new Hostile(withNul ? "binary junk" : "binary junk without a NUL byte", file, true));
    }

    /** {@return whether {@code script} ran in the folder and succeeded} */
    private boolean shell(String script) {
        try {
            Process p = new ProcessBuilder("sh", "-c", script)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@return how many cases of each kind were written} */
    Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        kinds.put("normal posts (including odd names)", normals.size());
        hostiles.forEach(h -> kinds.merge(h.kind(), 1, Integer::sum));
        return kinds;
    }
}
