package dev.gleaner.app.reader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How long the reader takes to show real Korean blog posts (the corpus's {@code kblogs/} Markdown)
 * and a 100 KB article made of them: the rendering off the UI thread (parse and build nodes) and
 * the UI thread's part (style and lay out). Prints figures and writes a snapshot of the window to
 * {@code target/reader-snapshot.png}; asserts nothing. Run it by name:
 * {@code ./build.sh -q -pl app -am test -Dtest=ReaderRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReaderRenderBenchmark {
    @BeforeAll
    static void startFx() throws Exception {
        ReaderRenderingFxTest.startFx();
    }

    private static List<String> posts() throws Exception {
        Path corpus = Path.of(System.getProperty("gleaner.corpus", "../shared/corpus"));
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of("..").resolve(corpus);
        }
        Path kblogs = corpus.resolve("kblogs");
        Assumptions.assumeTrue(Files.isDirectory(kblogs), "no corpus at " + kblogs.toAbsolutePath());
        try (Stream<Path> files = Files.walk(kblogs)) {
            List<String> out = new ArrayList<>();
            for (Path p :
                    files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String s = Files.readString(p);
                // Front matter is not part of the body the reader shows.
                if (s.startsWith("---")) {
                    int end = s.indexOf("\n---", 3);
                    s = end < 0 ? s : s.substring(end + 4);
                }
                out.add(s);
            }
            return out;
        }
    }

    @Test
    void renderingRealPostsAndAHundredKilobyteArticle() throws Exception {
        List<String> posts = posts();
        MarkdownRenderer.Images none = (uri, show, failed) -> {};
        // Warm up the parser and the JIT.
        for (int i = 0; i < Math.min(40, posts.size()); i++) {
            new MarkdownRenderer(null, false, "", "", u -> {}, none).render(posts.get(i));
        }
        List<double[]> timings = new ArrayList<>();
        long bytes = 0;
        java.util.regex.Pattern rawTag = java.util.regex.Pattern.compile(
                "</?(script|style|div|span|p|br|img|a|iframe|b|i|strong|em|table|td|tr|center|font|sup|sub)\\b[^>]*>",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        int withRawTags = 0;
        List<String> examples = new ArrayList<>();
        for (String post : posts) {
            long t0 = System.nanoTime();
            VBox nodes = new MarkdownRenderer(
                            java.net.URI.create("https://blog.example/p/"), false, "", "", u -> {}, none)
                    .render(post);
            timings.add(new double[] {(System.nanoTime() - t0) / 1e6, post.length()});
            StringBuilder prose = new StringBuilder();
            prose(nodes, prose);
            var m = rawTag.matcher(prose);
            if (m.find()) {
                withRawTags++;
                if (examples.size() < 5) {
                    examples.add(prose.substring(Math.max(0, m.start() - 40), Math.min(prose.length(), m.end() + 40))
                            .replace('\n', ' '));
                }
            }
            bytes += post.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        timings.sort(Comparator.comparingDouble(t -> t[0]));
        System.out.printf(
                "reader: %d kblogs posts (%.1f MB): render off the UI thread p50 %.2f ms, p95 %.2f ms, max %.2f ms"
                        + " (%.0f chars)%n",
                posts.size(),
                bytes / 1e6,
                timings.get(timings.size() / 2)[0],
                timings.get(timings.size() * 95 / 100)[0],
                timings.getLast()[0],
                timings.getLast()[1]);

        System.out.printf(
                "reader: %d of %d posts show text that looks like an HTML tag outside code%s%n",
                withRawTags, posts.size(), examples.isEmpty() ? "" : ", e.g. " + examples);

        StringBuilder big = new StringBuilder();
        for (int i = 0; big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 100_000; i++) {
            big.append(posts.get(i % posts.size())).append("\n\n");
        }
        String article = big.toString();
        int size = article.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (int r = 0; r < 5; r++) {
            int round = r;
            long t0 = System.nanoTime();
            VBox nodes = new MarkdownRenderer(null, false, "", "", u -> {}, none).render(article);
            long rendered = System.nanoTime();
            List<javafx.scene.Node> blocks = new ArrayList<>(nodes.getChildren());
            nodes.getChildren().clear();
            double[] fx = ReaderRenderingFxTest.onFx(() -> {
                VBox page = new VBox(10);
                page.setStyle("-fx-padding: 20 28 20 28;");
                ScrollPane scroll = new ScrollPane(page);
                scroll.setFitToWidth(true);
                Scene scene = new Scene(scroll, 760, 900);
                scene.getStylesheets()
                        .add(ReaderView.class.getResource("reader.css").toExternalForm());
                scene.getStylesheets()
                        .add(dev.gleaner.app.ui.MainWindow.class
                                .getResource("gleaner.css")
                                .toExternalForm());
                double first = 0;
                double max = 0;
                double total = 0;
                // As the reader attaches them: a slice of blocks, styled and laid out, at a time.
                for (int from = 0; from < blocks.size(); ) {
                    long s0 = System.nanoTime();
                    int to = Math.min(
                            blocks.size(), from + (from == 0 ? ReaderView.FIRST_SLICE : ReaderView.BLOCKS_PER_SLICE));
                    page.getChildren().addAll(blocks.subList(from, to));
                    scroll.applyCss();
                    scroll.layout();
                    double ms = (System.nanoTime() - s0) / 1e6;
                    first = from == 0 ? ms : first;
                    max = Math.max(max, ms);
                    total += ms;
                    from = to;
                }
                if (round == 0) {
                    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
                    count(page, counts);
                    System.out.println("reader: nodes " + counts);
                    png(scene.snapshot(null), Path.of("target", "reader-snapshot.png"));
                }
                return new double[] {first, max, total, blocks.size()};
            });
            System.out.printf(
                    "reader: %,d-byte article, %.0f blocks: render off the UI thread %.1f ms; UI thread: first"
                            + " slice (the top shows) %.1f ms, longest slice %.1f ms, all slices %.1f ms%n",
                    size, fx[3], (rendered - t0) / 1e6, fx[0], fx[1], fx[2]);
        }
    }

    /** Collects the words shown outside code blocks and inline code. */
    private static void prose(javafx.scene.Node n, StringBuilder into) {
        if (n.getStyleClass().contains("md-code") || n.getStyleClass().contains("md-inline-code")) {
            return;
        }
        if (n instanceof javafx.scene.text.Text t) {
            into.append(t.getText());
        } else if (n instanceof javafx.scene.control.Labeled l) {
            into.append(l.getText());
        } else if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> prose(c, into));
            into.append('\n');
        }
    }

    private static void count(javafx.scene.Node n, java.util.Map<String, Integer> counts) {
        counts.merge(n.getClass().getSimpleName(), 1, Integer::sum);
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> count(c, counts));
        }
    }

    /** Writes {@code image} as a PNG file. */
    static void png(javafx.scene.image.Image image, Path file) throws java.io.IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
