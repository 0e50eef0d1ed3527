package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.ingest.http.FetchOutcome;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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

    /**
     * Every gofeed expectation ({@code name.json} beside {@code name.xml}) is compared with what a
     * user's refresh makes of the file: fetched over a real local HTTP server, then parsed. A feed
     * agrees when its title, site link, item count and every item title agree. The files are also
     * split into five folds by feature family (see {@link #folds}), so that a rule that helps only
     * the files it was written against shows up as a weak fold.
     */
    @Test
    void gofeedExpectationsAgreeOverHttp() throws Exception {
        Path feeds = corpus("feeds");
        ObjectMapper json = new ObjectMapper();
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("gofeed-rss", "gofeed-atom")) {
            for (Path xml : files(feeds.resolve(dir), ".*\\.xml")) {
                if (Files.exists(expectedFile(xml))) {
                    all.add(xml);
                }
            }
        }
        Map<String, Integer> folds = folds(all);
        Map<String, int[]> tally = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int symmetricAgree = 0;
        try (TestFeedServer server = new TestFeedServer();
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults("test"))) {
            server.on("/corpus/", ex -> {
                String rel = ex.getRequestURI().getPath().substring("/corpus/".length());
                Path file = feeds.resolve(rel).normalize();
                String type = rel.startsWith("gofeed-atom") ? "application/atom+xml" : "application/rss+xml";
                TestFeedServer.send(ex, 200, type, Files.readAllBytes(file));
            });
            for (Path xml : all) {
                String family = xml.getParent().getFileName().toString();
                String url = server.url("/corpus/" + family + "/" + xml.getFileName());
                List<String> wrong = compare(json.readTree(expectedFile(xml).toFile()), fetcher, url);
                boolean ok = wrong.stream().allMatch(w -> w.startsWith(SYMMETRIC_ONLY));
                symmetricAgree += wrong.isEmpty() ? 1 : 0;
                String fold = "fold " + folds.get(stem(xml));
                for (String key : List.of("all", family, fold)) {
                    int[] t = tally.computeIfAbsent(key, k -> new int[2]);
                    t[0] += ok ? 1 : 0;
                    t[1]++;
                }
                wrong.forEach(w -> misses.add(fold + " " + family + "/" + xml.getFileName() + " " + w));
            }
        }
        tally.forEach((key, t) -> System.out.printf(
                "gofeed agreement over HTTP, %-11s %3d/%3d feeds = %.3f%n",
                key + ":", t[0], t[1], (double) t[0] / t[1]));
        System.out.printf(
                "  (%d/%d feeds also agree when Gleaner's text titles are read as HTML once more)%n",
                symmetricAgree, all.size());
        Map<Integer, List<String>> members = new TreeMap<>();
        folds.forEach((stem, fold) ->
                members.computeIfAbsent(fold, k -> new ArrayList<>()).add(stem));
        members.forEach((fold, stems) -> System.out.println(
                "  fold " + fold + " families: " + stems.stream().sorted().toList()));
        misses.forEach(m -> System.out.println("  miss " + m));
        int[] total = tally.get("all");
        double rate = (double) total[0] / total[1];
        assertTrue(total[1] >= 200, "expected the gofeed corpus, found " + total[1] + " feeds");
        assertTrue(rate >= GOFEED_FLOOR, String.format("gofeed agreement %.3f < %.2f", rate, GOFEED_FLOOR));
        tally.forEach((key, t) -> assertTrue(
                (double) t[0] / t[1] >= GOFEED_FOLD_FLOOR,
                String.format("gofeed agreement on %s %d/%d < %.2f", key, t[0], t[1], GOFEED_FOLD_FLOOR)));
    }

    private static final String SYMMETRIC_ONLY = "(as HTML again) ";

    /** The agreement floor: a little under the figure reached, so that a regression fails the build. */
    private static final double GOFEED_FLOOR = 0.97;

    /** The floor for each family and fold (about 43 feeds each: two misses stay above it). */
    private static final double GOFEED_FOLD_FLOOR = 0.93;

    private static Path expectedFile(Path xml) {
        return xml.resolveSibling(xml.getFileName().toString().replaceAll("\\.xml$", ".json"));
    }

    /** {@return what disagrees between gofeed's expectation and the feed fetched from {@code url}} */
    private List<String> compare(JsonNode expected, HttpFetcher fetcher, String url) {
        FetchOutcome outcome = fetcher.fetch(URI.create(url), null, null);
        if (!(outcome instanceof FetchOutcome.Fetched f)) {
            return List.of("not fetched: " + outcome);
        }
        ParsedFeed feed;
        try {
            feed = parser.parse(f.body(), f.contentType(), f.url().toString());
        } catch (FeedParseException e) {
            return List.of("refused: " + e.getMessage());
        }
        JsonNode items = expected.has("items") ? expected.path("items") : expected.path("entries");
        List<String[]> checks = new ArrayList<>();
        checks.add(new String[] {"title", title(expected), feed.title()});
        // gofeed reports a link as written (after xml:base); a refresh resolves it against the feed's URL.
        checks.add(new String[] {"link", EntryHtml.resolve(url, expectedLink(expected)), feed.siteUrl()});
        checks.add(new String[] {
            "count", String.valueOf(items.size()), String.valueOf(feed.entries().size())
        });
        for (int i = 0; i < items.size() && i < feed.entries().size(); i++) {
            checks.add(new String[] {
                "item title " + i, title(items.get(i)), feed.entries().get(i).title()
            });
        }
        List<String> wrong = new ArrayList<>();
        for (String[] c : checks) {
            // Gleaner's titles are text; gofeed's keep the markup they were written with, so a title
            // agrees when it is gofeed's string or the text that string shows as HTML.
            if (!Objects.equals(norm(c[1]), norm(c[2])) && !Objects.equals(visible(c[1]), norm(c[2]))) {
                wrong.add(c[0] + ": expected <" + c[1] + "> got <" + c[2] + ">");
            } else if (!Objects.equals(norm(c[1]), norm(c[2])) && !Objects.equals(visible(c[1]), visible(c[2]))) {
                // Also reading Gleaner's text as HTML would call this a miss: counted on the side.
                wrong.add(SYMMETRIC_ONLY + c[0] + ": expected <" + c[1] + "> got <" + c[2] + ">");
            }
        }
        return wrong;
    }

    private static final Pattern VARIANT = Pattern.compile(
            "_(?:cdata|escaped|naked|base64|text|html|xhtml|inline|markup|custom|multiple|mixed|xml|base|inherit"
                    + "|\\d+).*$");

    /**
     * {@return the feature family of a corpus file}: its name without the syntax prefix (atom03,
     * atom10, rss, rdf), without the feed/channel level and without the variant (cdata, escaped
     * markup, base64, xml:base ...), items and entries counting as one. So
     * rss_channel_item_title_cdata_escaped_markup and atom10_feed_entry_title_base64 are both
     * "entry_title" and always land in the same fold.
     */
    static String stem(Path xml) {
        String name = xml.getFileName().toString().replaceAll("\\.xml$", "");
        name = name.replaceFirst("^(?:atom03|atom10|rss|rdf)_", "")
                .replaceFirst("^(?:feed|channel)_", "")
                .replaceFirst("^item_", "entry_");
        name = VARIANT.matcher(name).replaceFirst("");
        String[] parts = name.split("_");
        return parts.length <= 2 ? name : parts[0] + "_" + parts[1];
    }

    /** {@return the fold (1-5) of each family: families by size, largest first, to the smallest fold} */
    static Map<String, Integer> folds(List<Path> files) {
        Map<String, Integer> sizes = new TreeMap<>();
        files.forEach(f -> sizes.merge(stem(f), 1, Integer::sum));
        List<String> order = new ArrayList<>(sizes.keySet());
        order.sort(Comparator.comparing((String s) -> -sizes.get(s)).thenComparing(s -> s));
        int[] load = new int[5];
        Map<String, Integer> fold = new HashMap<>();
        for (String s : order) {
            int min = 0;
            for (int i = 1; i < 5; i++) {
                if (load[i] < load[min]) {
                    min = i;
                }
            }
            load[min] += sizes.get(s);
            fold.put(s, min + 1);
        }
        return fold;
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

    /** {@return the title as gofeed hands it to applications: the element's, else Dublin Core's} */
    private static String title(JsonNode node) {
        String title = text(node, "title");
        JsonNode dc = node.path("dcExt").path("title");
        return norm(title) == null && dc.isArray() && !dc.isEmpty() ? dc.get(0).asText() : title;
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
