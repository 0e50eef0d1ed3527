package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quality gates on the shared extraction corpus; skipped when the corpus is absent. */
class ExtractionCorpusGateTest {
    private static Path corpus;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @BeforeAll
    static void findCorpus() {
        String location = System.getProperty("gleaner.corpus");
        corpus = location == null ? null : Path.of(location, "extraction");
        assumeTrue(
                corpus != null && Files.isDirectory(corpus.resolve("truth")),
                "corpus not found (set -Dgleaner.corpus): extraction gates skipped");
    }

    record Scored(ShingleF1 f1, int titles, int titled, int pages, List<String> report) {}

    private Scored score(String set) throws IOException {
        JsonNode truth = JSON.readTree(corpus.resolve("truth/" + set + ".json").toFile());
        ShingleF1 f1 = new ShingleF1();
        ObjectNode predictions = JSON.createObjectNode();
        List<String> report = new ArrayList<>();
        int titles = 0;
        int titled = 0;
        int pages = 0;
        for (String line : Files.readAllLines(corpus.resolve("truth/" + set + ".tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                continue;
            }
            Extraction e = extractor.extract(read(corpus.resolve(cols[1])), null, cols[2]);
            JsonNode expected = truth.get(cols[0]);
            double page = f1.add(expected.path("articleBody").asText(), e.text());
            predictions.putObject(cols[0]).put("articleBody", e.text());
            pages++;
            if (expected.hasNonNull("title")) {
                titled++;
                if (expected.get("title").asText().trim().equals(e.title())) {
                    titles++;
                } else {
                    report.add("  title " + cols[0] + ": " + e.title() + " != "
                            + expected.get("title").asText());
                }
            }
            report.add(String.format(Locale.ROOT, "  %.3f %s", page, cols[0]));
        }
        Path out = Path.of("target", "extraction-" + set + ".json");
        Files.createDirectories(out.getParent());
        JSON.writeValue(out.toFile(), predictions);
        System.out.printf(
                Locale.ROOT,
                "extraction %s: F1 %.4f (P %.4f R %.4f) over %d pages; titles %d/%d%n",
                set,
                f1.f1(),
                f1.precision(),
                f1.recall(),
                pages,
                titles,
                titled);
        if (Boolean.getBoolean("gleaner.extraction.verbose")) {
            report.forEach(System.out::println);
        }
        return new Scored(f1, titles, titled, pages, report);
    }

    static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return stream.readAllBytes();
        }
    }

    @Test
    void aebBodiesMatchTheBenchmarkTruth() throws IOException {
        Scored s = score("aeb");
        assertTrue(s.f1().f1() >= AEB_FLOOR, "AEB F1 " + s.f1().f1());
    }

    @Test
    void readabilityPagesMatchTheirExpectedTextAndTitles() throws IOException {
        Scored s = score("readability");
        assertTrue(s.f1().f1() >= READABILITY_FLOOR, "Readability F1 " + s.f1().f1());
    }

    @Test
    void naverBlogPostsMatchTheirMarkdownTitleAndTime() throws IOException {
        Scored s = score("naver-blog");
        assertTrue(s.f1().f1() >= NAVER_FLOOR, "Naver F1 " + s.f1().f1());
        assertEquals(s.titled(), s.titles(), "Naver titles: " + s.report());
    }

    static final double AEB_FLOOR = 0.0;
    static final double READABILITY_FLOOR = 0.0;
    static final double NAVER_FLOOR = 0.0;
}
