package dev.gleaner.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * Cross-validation of extraction over a scored corpus set, split by site so that a rule written for one
 * site's pages shows up as a gap between the all-in figure and the held-out folds: AEB by the host of the
 * truth URL, the Readability pages by page name (numbered pages of one site, {@code nytimes-1} and
 * {@code nytimes-3}, or {@code base-url} and {@code base-url-base-element-relative}, stay together), and
 * the seven Naver Blog cases one per fold. Rules are decided on the first four folds, and the fifth
 * ({@link #PROTOCOL_FOLD}) is reported before and after as the held-out check.
 *
 * <p>Run on its own with {@code java -cp ... dev.gleaner.ingest.html.ExtractionFolds CORPUS [set...] [-v]}.
 */
final class ExtractionFolds {
    /** The fold kept out while rules are decided: the fifth. */
    static final int PROTOCOL_FOLD = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page's figures. */
    record Page(String id, String group, int fold, double f1, String text, String truth, String title) {}

    /** A set's figures: all pages together, and each fold on its own. */
    record Result(String set, ShingleF1 all, List<ShingleF1> folds, List<Page> pages) {
        double heldOutMean() {
            return folds.stream().mapToDouble(ShingleF1::f1).average().orElse(0);
        }

        /** {@return the F1 over every fold but {@link #PROTOCOL_FOLD}: the pages rules are decided on} */
        double tuning() {
            ShingleF1 f = new ShingleF1();
            for (Page p : pages) {
                if (p.fold() != PROTOCOL_FOLD) {
                    f.add(p.truth(), p.text());
                }
            }
            return f.f1();
        }

        String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(
                    Locale.ROOT,
                    "extraction %s: all-in F1 %.4f (P %.4f R %.4f, %d pages); held-out folds mean %.4f [",
                    set,
                    all.f1(),
                    all.precision(),
                    all.recall(),
                    pages.size(),
                    heldOutMean()));
            for (int i = 0; i < folds.size(); i++) {
                sb.append(i == 0 ? "" : " ")
                        .append(String.format(Locale.ROOT, "%.4f", folds.get(i).f1()));
            }
            sb.append(String.format(
                    Locale.ROOT,
                    "]; folds 1-4 (tuning) %.4f, fold 5 (kept out) %.4f",
                    tuning(),
                    folds.get(PROTOCOL_FOLD).f1()));
            return sb.toString();
        }
    }

    private ExtractionFolds() {}

    /** {@return the cross-validated figures of {@code extractor} on {@code set} of the corpus folder} */
    static Result evaluate(Path extraction, String set, ArticleExtractor extractor) throws IOException {
        JsonNode truth =
                JSON.readTree(extraction.resolve("truth/" + set + ".json").toFile());
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(extraction.resolve("truth/" + set + ".tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 3) {
                rows.add(cols);
            }
        }
        Map<String, String> groups = new TreeMap<>();
        for (String[] cols : rows) {
            groups.put(cols[0], groupOf(set, cols[0], truth.get(cols[0]), rows));
        }
        Map<String, Integer> folds = assignFolds(set, new TreeSet<>(groups.values()));
        int foldCount = set.equals("naver-blog") ? folds.size() : 5;
        ShingleF1 all = new ShingleF1();
        List<ShingleF1> perFold = new ArrayList<>();
        for (int i = 0; i < foldCount; i++) {
            perFold.add(new ShingleF1());
        }
        List<Page> pages = new ArrayList<>();
        for (String[] cols : rows) {
            String expected = truth.get(cols[0]).path("articleBody").asText();
            Extraction e = extractor.extract(ExtractionCorpusGateTest.read(extraction.resolve(cols[1])), null, cols[2]);
            String group = groups.get(cols[0]);
            int fold = folds.get(group);
            double f1 = all.add(expected, e.text());
            perFold.get(fold).add(expected, e.text());
            pages.add(new Page(cols[0], group, fold, f1, e.text(), expected, e.title()));
        }
        return new Result(set, all, perFold, pages);
    }

    /** The site a page stands for: what must not be split across folds. */
    static String groupOf(String set, String id, JsonNode truth, List<String[]> rows) {
        if (set.equals("aeb")) {
            String host =
                    URI.create(truth.path("url").asText().replace(" ", "%20")).getHost();
            return host == null ? id : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
        if (set.equals("readability")) {
            String key = id.replaceFirst("-\\d+$", "");
            for (String[] other : rows) {
                String base = other[0].replaceFirst("-\\d+$", "");
                if (!base.equals(key) && key.startsWith(base + "-") && base.length() >= 4) {
                    return base;
                }
            }
            return key;
        }
        return id;
    }

    /** Groups are dealt to folds round-robin in the order of a checksum of their names: stable, and unsorted by site. */
    private static Map<String, Integer> assignFolds(String set, TreeSet<String> groups) {
        List<String> order = new ArrayList<>(groups);
        if (!set.equals("naver-blog")) {
            order.sort((a, b) -> Long.compare(crc(a), crc(b)));
        }
        Map<String, Integer> folds = new TreeMap<>();
        int n = set.equals("naver-blog") ? order.size() : 5;
        for (int i = 0; i < order.size(); i++) {
            folds.put(order.get(i), i % n);
        }
        return folds;
    }

    private static long crc(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Prints each set's figures; {@code -v} adds every page's F1 with its fold. */
    public static void main(String[] args) throws IOException {
        Path extraction =
                Path.of(args.length > 0 ? args[0] : "../shared/corpus").resolve("extraction");
        List<String> sets = new ArrayList<>();
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("-v")) {
                verbose = true;
            } else {
                sets.add(args[i]);
            }
        }
        if (sets.isEmpty()) {
            sets = List.of("aeb", "readability", "naver-blog");
        }
        ArticleExtractor extractor = new ArticleExtractor(ArticleExtractor.DEFAULT_MAX_CHARS, 60_000);
        for (String set : sets) {
            Result r = evaluate(extraction, set, extractor);
            String dump = System.getProperty("gleaner.extraction.dump");
            if (dump != null) {
                Path dir = Path.of(dump, set);
                Files.createDirectories(dir);
                for (Page p : r.pages()) {
                    Files.writeString(dir.resolve(p.id() + ".pred.txt"), p.text());
                    Files.writeString(dir.resolve(p.id() + ".true.txt"), p.truth());
                }
            }
            if (verbose) {
                for (Page p : r.pages()) {
                    System.out.printf(Locale.ROOT, "  %.3f f%d %s (%s)%n", p.f1(), p.fold() + 1, p.id(), p.group());
                }
            }
            System.out.println(r.summary());
        }
    }
}
