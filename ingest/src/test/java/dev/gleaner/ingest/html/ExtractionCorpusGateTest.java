package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quality gates on the shared extraction corpus; skipped when the corpus is absent. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ExtractionCorpusGateTest {
    private static Path corpus;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleExtractor extractor = new ArticleExtractor();
    // A user waiting on a hostile page gets an answer or a clear refusal within a second.
    private final ArticleExtractor hostileExtractor = new ArticleExtractor(ArticleExtractor.DEFAULT_MAX_CHARS, 500);

    @BeforeAll
    static void findCorpus() {
        String location = System.getProperty("gleaner.corpus");
        corpus = location == null ? null : Path.of(location, "extraction");
        assumeTrue(
                corpus != null && Files.isDirectory(corpus.resolve("truth")),
                "corpus not found (set -Dgleaner.corpus): extraction gates skipped");
    }

    record Scored(ExtractionFolds.Result folds, int titles, int titled, List<String> report) {
        ShingleF1 f1() {
            return folds.all();
        }
    }

    private Scored score(String set) throws IOException {
        JsonNode truth = JSON.readTree(corpus.resolve("truth/" + set + ".json").toFile());
        ExtractionFolds.Result result = ExtractionFolds.evaluate(corpus, set, extractor);
        ObjectNode predictions = JSON.createObjectNode();
        List<String> report = new ArrayList<>();
        int titles = 0;
        int titled = 0;
        for (ExtractionFolds.Page page : result.pages()) {
            JsonNode expected = truth.get(page.id());
            predictions.putObject(page.id()).put("articleBody", page.text());
            if (expected.hasNonNull("title")) {
                titled++;
                if (expected.get("title").asText().trim().equals(page.title())) {
                    titles++;
                } else {
                    report.add("  title " + page.id() + ": " + page.title() + " != "
                            + expected.get("title").asText());
                }
            }
            report.add(String.format(Locale.ROOT, "  %.3f fold %d %s", page.f1(), page.fold() + 1, page.id()));
        }
        Path out = Path.of("target", "extraction-" + set + ".json");
        Files.createDirectories(out.getParent());
        JSON.writeValue(out.toFile(), predictions);
        System.out.println(result.summary() + String.format(Locale.ROOT, "; titles %d/%d", titles, titled));
        if (Boolean.getBoolean("gleaner.extraction.verbose")) {
            report.forEach(System.out::println);
        }
        return new Scored(result, titles, titled, report);
    }

    /** The all-in figure and every held-out fold's stay above the floor: a rule for one site cannot carry a set. */
    private static void assertFloors(Scored s, double floor, double foldFloor) {
        String name = s.folds().set();
        assertTrue(s.f1().f1() >= floor, name + " F1 " + s.f1().f1());
        assertTrue(
                s.folds().heldOutMean() >= floor,
                name + " held-out mean F1 " + s.folds().heldOutMean());
        for (int i = 0; i < s.folds().folds().size(); i++) {
            double f = s.folds().folds().get(i).f1();
            assertTrue(f >= foldFloor, name + " fold " + (i + 1) + " F1 " + f);
        }
    }

    private static String spaced(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** The expected time may be a date, or a local time; a date compares by day, a local time as UTC. */
    private static boolean sameTime(String expected, OffsetDateTime got) {
        if (got == null) {
            return false;
        }
        String v = expected.trim();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return got.toLocalDate().toString().equals(v);
        }
        try {
            return OffsetDateTime.parse(v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                    .isEqual(got);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(v.replace(' ', 'T'))
                        .atOffset(java.time.ZoneOffset.UTC)
                        .isEqual(got);
            } catch (java.time.format.DateTimeParseException again) {
                return false;
            }
        }
    }

    static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return stream.readAllBytes();
        }
    }

    @Test
    void aebBodiesMatchTheBenchmarkTruth() throws IOException {
        assertFloors(score("aeb"), AEB_FLOOR, AEB_FOLD_FLOOR);
    }

    @Test
    void readabilityPagesMatchTheirExpectedTextAndTitles() throws IOException {
        assertFloors(score("readability"), READABILITY_FLOOR, READABILITY_FOLD_FLOOR);
        JsonNode metadata;
        int titles = 0;
        int pages = 0;
        int bylines = 0;
        int bylined = 0;
        int dates = 0;
        int dated = 0;
        try (var dirs = Files.list(corpus.resolve("readability"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path expected = dir.resolve("expected-metadata.json");
                if (!Files.exists(expected)) {
                    continue;
                }
                metadata = JSON.readTree(expected.toFile());
                Extraction e =
                        extractor.extract(read(dir.resolve("source.html")), null, "http://fakehost/test/page.html");
                pages++;
                if (metadata.hasNonNull("byline")) {
                    bylined++;
                    if (spaced(metadata.get("byline").asText()).equals(spaced(e.byline()))) {
                        bylines++;
                    } else if (Boolean.getBoolean("gleaner.extraction.verbose")) {
                        System.out.println("  byline " + dir.getFileName() + ": [" + e.byline() + "]");
                    }
                }
                if (metadata.hasNonNull("publishedTime")) {
                    dated++;
                    if (sameTime(metadata.get("publishedTime").asText(), e.published())) {
                        dates++;
                    } else if (Boolean.getBoolean("gleaner.extraction.verbose")) {
                        System.out.println("  published " + dir.getFileName() + ": [" + e.published() + "]");
                    }
                }
                if (metadata.path("title").asText().trim().equals(e.title())) {
                    titles++;
                } else if (Boolean.getBoolean("gleaner.extraction.verbose")) {
                    System.out.println("  title " + dir.getFileName() + ": [" + e.title() + "] != ["
                            + metadata.path("title").asText() + "]");
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "extraction readability titles: %d/%d; bylines %d/%d; published %d/%d%n",
                titles,
                pages,
                bylines,
                bylined,
                dates,
                dated);
        assertTrue(bylines >= BYLINE_FLOOR * bylined, "bylines right on " + bylines + " of " + bylined);
        assertTrue(dates >= PUBLISHED_FLOOR * dated, "published times right on " + dates + " of " + dated);
        // Target 90%; measured 61/65 (two pages have no title at all, which an extraction always has).
        assertTrue(titles >= TITLE_FLOOR * pages, "titles right on " + titles + " of " + pages);
    }

    @Test
    void naverBlogPostsMatchTheirMarkdownTitleAndTime() throws IOException {
        Scored s = score("naver-blog");
        assertFloors(s, NAVER_FLOOR, NAVER_FOLD_FLOOR);
        assertEquals(s.titled(), s.titles(), "Naver titles: " + s.report());
        try (var dirs = Files.list(corpus.resolve("naver-blog"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String md = Files.readString(dir.resolve("expected.md"));
                String published = md.lines()
                        .filter(l -> l.startsWith("publishedAt:"))
                        .findFirst()
                        .orElseThrow()
                        .substring("publishedAt:".length())
                        .trim();
                Extraction e = extractor.extract(read(dir.resolve("source.html")), null, "https://m.blog.naver.com/");
                // The page shows the time to the minute; the expected value came from Naver's API with seconds.
                OffsetDateTime want = OffsetDateTime.parse(published).truncatedTo(ChronoUnit.MINUTES);
                assertEquals(want, e.published(), "published time of " + dir.getFileName());
            }
        }
    }

    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(공감|공감\\s*\\d+|댓글|댓글\\s*\\d+|댓글쓰기|Posted by.*|구독하기|공유하기|이 글 공유하기|Subscribe|Share|"
                    + "카테고리|분류 전체보기|Comments?|Leave a (comment|reply).*|Related posts?|관련 글|관련글|태그|Tags?)$",
            Pattern.CASE_INSENSITIVE);

    private void assertNoBoilerplate(String name, Extraction e) {
        for (String line : e.text().split("\n")) {
            assertFalse(BOILERPLATE.matcher(line.trim()).matches(), name + " keeps boilerplate line: " + line);
        }
    }

    @Test
    void tistoryPostHasNoChromeAndTheListPageIsAListing() throws IOException {
        Path dir = corpus.resolve("tistory");
        Extraction post =
                extractor.extract(read(dir.resolve("post634.html")), null, "https://ramen4598.tistory.com/634");
        assertNoBoilerplate("post634", post);
        assertFalse(post.listing(), "post634 is one post");
        assertTrue(post.text().length() > 500, "post634 keeps its text");
        Extraction list = extractor.extract(read(dir.resolve("page1.html")), null, "https://ramen4598.tistory.com/");
        assertTrue(list.listing(), "page1 is a listing");
        assertTrue(list.links().size() >= 2, "page1 links: " + list.links());
    }

    @Test
    void koreanTechBlogPagesHaveNoChrome() throws IOException {
        int pages = 0;
        try (var files = Files.list(corpus.resolve("korean-tech-blogs"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("https"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                byte[] bytes = read(file);
                if (new String(bytes, 0, Math.min(200, bytes.length), java.nio.charset.StandardCharsets.UTF_8)
                        .contains("<feed")) {
                    continue;
                }
                Extraction e = extractor.extract(bytes, null, "https://" + name.substring(5));
                assertNoBoilerplate(name, e);
                pages++;
            }
        }
        assertTrue(pages > 40, "pages read: " + pages);
    }

    @Test
    void editorFragmentsOfTheSamePostExtractToTheSameText() throws IOException {
        Path dir = corpus.resolve("editor-fragments");
        Extraction naver = extractor.extract(read(dir.resolve("test_naver_fragment.html")), null, null);
        Extraction tistory = extractor.extract(read(dir.resolve("test_tistory_fragment.html")), null, null);
        assertNoBoilerplate("naver fragment", naver);
        assertNoBoilerplate("tistory fragment", tistory);
        ShingleF1 f1 = new ShingleF1();
        double same = f1.add(naver.text(), tistory.text());
        System.out.printf(Locale.ROOT, "extraction editor-fragments: F1 between the two %.3f%n", same);
        assertTrue(same >= FRAGMENT_FLOOR, "fragments agree at " + same);
    }

    @Test
    void encodingsDecodeWithoutReplacementCharacters() throws IOException {
        Path root = corpus.getParent().resolve("encodings");
        int files = 0;
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(f -> f.toString().matches(".*\\.(html?|xml)(\\.gz)?$"))
                    .sorted()
                    .toList()) {
                if (file.toString().contains("fake-gzip")) {
                    continue;
                }
                String text = new dev.gleaner.ingest.text.TextDecoding()
                        .decode(read(file), null)
                        .text();
                assertFalse(text.indexOf('\uFFFD') >= 0, file + " decodes with U+FFFD");
                files++;
            }
        }
        assertTrue(files > 20, "files decoded: " + files);
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void hostileHtmlFinishesWithinASecondWithoutException() throws IOException {
        Path root = corpus.getParent().resolve("html-fuzz");
        int files = 0;
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("LICENSE"))
                    .sorted()
                    .toList()) {
                // "Within a second" is the extracting thread's CPU time, which a busy machine does
                // not stretch; the wall time only has to stay bounded.
                java.util.Map<Long, Long> before = extractCpuNanos();
                long start = System.nanoTime();
                try {
                    hostileExtractor.extract(read(file), null, "https://fuzz.example/");
                } catch (dev.gleaner.ingest.IngestException expected) {
                    // a clear refusal (binary, too large, too slow) is an allowed outcome
                }
                long wall = (System.nanoTime() - start) / 1_000_000;
                long cpu = 0;
                for (var e : extractCpuNanos().entrySet()) {
                    cpu += e.getValue() - before.getOrDefault(e.getKey(), 0L);
                }
                cpu /= 1_000_000;
                assertTrue(cpu < 1000, file.getFileName() + " took " + cpu + " ms of CPU");
                assertTrue(wall < 15_000, file.getFileName() + " took " + wall + " ms");
                files++;
            }
        }
        System.out.printf(Locale.ROOT, "extraction html-fuzz: %d files%n", files);
        assertTrue(files >= 50, "files: " + files);
    }

    private static java.util.Map<Long, Long> extractCpuNanos() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("extract-")) {
                long nanos = threads.getThreadCpuTime(t.threadId());
                if (nanos >= 0) {
                    cpu.put(t.threadId(), nanos);
                }
            }
        }
        return cpu;
    }

    // Measured 0.809: the rest differs in the two fragments' own text.
    static final double FRAGMENT_FLOOR = 0.80;
    // Floors for the all-in F1 and the mean of the held-out folds, set under the held-out figures
    // (AEB 0.984, Readability 0.997, Naver 0.995 mean; the fifth folds 0.985, 1.0, 1.0), not at the
    // all-in figure: the same kinds of pages that no rule was written for score lower. Every single
    // fold must also stay above the fold floor (the weakest folds: AEB 0.965, Readability 0.989, Naver
    // 0.969; AEB's holds a Japanese post whose answer key spaces words around links and a press
    // release's company profile; Naver's is a table under a merged title row, whose columns Gleaner
    // keeps while the exported truth cuts the table to its first row's width).
    static final double AEB_FLOOR = 0.975;
    static final double READABILITY_FLOOR = 0.985;
    static final double NAVER_FLOOR = 0.98;
    static final double AEB_FOLD_FLOOR = 0.955;
    static final double READABILITY_FOLD_FLOOR = 0.975;
    static final double NAVER_FOLD_FLOOR = 0.95;
    static final double TITLE_FLOOR = 0.93;
    static final double BYLINE_FLOOR = 0.88;
    static final double PUBLISHED_FLOOR = 0.99;
}
