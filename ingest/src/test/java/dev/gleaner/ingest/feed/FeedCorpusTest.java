package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Quality gates on the shared corpus; skipped when it is absent. */
class FeedCorpusTest {
    private final FeedParser parser = new FeedParser();

    private static Path corpus(String sub) {
        String root = System.getProperty("gleaner.corpus");
        Path dir = root == null ? null : Path.of(root, sub);
        assumeTrue(dir != null && Files.isDirectory(dir), "corpus not found (set -Dgleaner.corpus): " + dir);
        return dir;
    }

    private static List<Path> files(Path dir, String glob) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(glob))
                    .sorted()
                    .toList();
        }
    }

    /** Parses a file: a FeedParseException is a clear refusal, anything else escaping is a bug. */
    private String process(Path file) throws IOException {
        try {
            ParsedFeed feed = parser.parse(Files.readAllBytes(file), null, null);
            return "ok " + feed.entries().size();
        } catch (FeedParseException e) {
            return "refused: " + e.getMessage();
        }
    }

    @Test
    void everyCorpusFeedIsProcessedWithoutAnEscapingException() throws IOException {
        Path feeds = corpus("feeds");
        List<Path> all = new ArrayList<>();
        for (String dir : List.of(
                "rome", "gofeed-rss", "gofeed-atom", "jsonfeed-spec", "feedparser-encoding", "feedparser-illformed")) {
            all.addAll(files(feeds.resolve(dir), ".*\\.(xml|json|rss|atom|rdf)"));
        }
        int refused = 0;
        for (Path p : all) {
            if (p.toString().contains("gofeed") && p.toString().endsWith(".json")) {
                continue;
            }
            if (process(p).startsWith("refused")) {
                refused++;
            }
        }
        System.out.printf("corpus feeds processed: %d, refused clearly: %d%n", all.size(), refused);
        assertTrue(all.size() > 300, "expected the corpus feeds, found " + all.size());
    }

    @Test
    void gofeedExpectationsAgreeAtLeast98Percent() throws IOException {
        Path feeds = corpus("feeds");
        ObjectMapper json = new ObjectMapper();
        int checks = 0;
        int agree = 0;
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (String dir : List.of("gofeed-rss", "gofeed-atom")) {
            for (Path xml : files(feeds.resolve(dir), ".*\\.xml")) {
                Path expectedFile =
                        xml.resolveSibling(xml.getFileName().toString().replaceAll("\\.xml$", ".json"));
                if (!Files.exists(expectedFile)) {
                    continue;
                }
                JsonNode expected = json.readTree(expectedFile.toFile());
                ParsedFeed feed;
                try {
                    feed = parser.parse(Files.readAllBytes(xml), null, null);
                } catch (FeedParseException e) {
                    checks++;
                    misses.add(xml.getFileName() + ": refused " + e.getMessage());
                    continue;
                }
                JsonNode items = expected.has("items") ? expected.path("items") : expected.path("entries");
                List<String[]> comparisons = new ArrayList<>();
                comparisons.add(new String[] {"title", text(expected, "title"), feed.title()});
                comparisons.add(new String[] {"link", expectedLink(expected), feed.siteUrl()});
                comparisons.add(new String[] {
                    "count",
                    String.valueOf(items.size()),
                    String.valueOf(feed.entries().size())
                });
                for (int i = 0; i < items.size() && i < feed.entries().size(); i++) {
                    comparisons.add(new String[] {
                        "item title " + i,
                        text(items.get(i), "title"),
                        feed.entries().get(i).title()
                    });
                }
                for (String[] c : comparisons) {
                    checks++;
                    if (Objects.equals(norm(c[1]), norm(c[2]))) {
                        exact++;
                        agree++;
                    } else if (Objects.equals(visible(c[1]), visible(c[2]))) {
                        // Gleaner keeps titles as text; gofeed keeps their markup. Same visible text.
                        agree++;
                    } else {
                        misses.add(xml.getParent().getFileName() + "/" + xml.getFileName() + " " + c[0] + ": expected <"
                                + c[1] + "> got <" + c[2] + ">");
                    }
                }
            }
        }
        double rate = 100.0 * agree / checks;
        System.out.printf(
                "gofeed agreement: %d/%d checks = %.2f%% as visible text (%d = %.2f%% character for character)%n",
                agree, checks, rate, exact, 100.0 * exact / checks);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(rate >= 98.0, String.format("gofeed agreement %.2f%% < 98%%", rate));
    }

    private static String expectedLink(JsonNode expected) {
        if (expected.hasNonNull("link")) {
            return expected.get("link").asText();
        }
        for (JsonNode l : expected.path("links")) {
            if (!l.has("rel") || "alternate".equals(l.path("rel").asText())) {
                return l.path("href").asText(null);
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isObject()) {
            v = v.path("value");
        }
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static String visible(String s) {
        return s == null ? null : norm(org.jsoup.Jsoup.parse(s).text());
    }

    private static String norm(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static final Pattern HEADER = Pattern.compile("Header:\\s*Content-type:\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLACEMENT = Pattern.compile("\uFFFD");

    @Test
    void feedparserEncodingFeedsDecodeWithoutReplacementCharacters() throws IOException {
        Path dir = corpus("feeds/feedparser-encoding");
        int total = 0;
        List<String> bad = new ArrayList<>();
        for (Path p : files(dir, ".*\\.xml")) {
            byte[] bytes = Files.readAllBytes(p);
            String ascii = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u0000", "");
            Matcher m = HEADER.matcher(ascii);
            String contentType = m.find() ? m.group(1).strip() : null;
            XmlCharset.Decoded decoded = XmlCharset.decode(bytes, contentType);
            total++;
            boolean expectsBozo = ascii.contains("Expect:")
                    && ascii.replaceAll("(?s).*Expect:", "").strip().startsWith("bozo");
            if (!expectsBozo && REPLACEMENT.matcher(decoded.text()).find()) {
                bad.add(p.getFileName() + " (" + decoded.charset() + " from " + decoded.from() + ")");
            }
        }
        System.out.printf("feedparser-encoding: %d files, %d with U+FFFD%n", total, bad.size());
        assertEquals(List.of(), bad);
    }

    @Test
    void koreanEucKrFeedsDecodeCleanly() throws IOException {
        Path dir = corpus("encodings/euc-kr");
        List<String> bad = new ArrayList<>();
        int total = 0;
        for (Path p : files(dir, ".*\\.(xml|rss)")) {
            total++;
            ParsedFeed feed = parser.parse(Files.readAllBytes(p), null, null);
            String all = feed.title() + feed.entries();
            if (all.contains("\uFFFD") || !feed.problems().stream().noneMatch(x -> x.contains("replaced"))) {
                bad.add(p.getFileName().toString());
            }
            assertTrue(
                    all.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL),
                    p + " has no Hangul after decoding");
        }
        assumeTrue(total > 0, "no euc-kr feeds found");
        assertEquals(List.of(), bad);
    }
}
