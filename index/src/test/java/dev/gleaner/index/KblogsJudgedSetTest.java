package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.library.Library;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged query set over kblogs: nDCG@10 and Recall@20 for Gleaner and for SQLite FTS5
 * (unicode61 and trigram tokenizers) on the same posts, printed; Gleaner must beat both on nDCG@10.
 */
class KblogsJudgedSetTest {
    @TempDir
    Path tmp;

    record Judged(String query, String kind, Set<String> relevant) {}

    static List<Judged> judged() throws Exception {
        List<Judged> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                KblogsJudgedSetTest.class.getResourceAsStream("kblogs-judged.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Judged(f[0], f[1], Set.of(f[2].split(";"))));
            }
        }
        return out;
    }

    static double ndcg10(List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return dcg / ideal;
    }

    static double recall20(List<String> ranked, Set<String> relevant) {
        long found = ranked.stream().limit(20).filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    interface Engine {
        List<String> top20(String query) throws Exception;
    }

    @Test
    void gleanerBeatsSqliteFts5OnTheJudgedSet() throws Exception {
        Path corpus = TestLibraries.corpus();
        Path kblogs = corpus == null ? null : corpus.resolve("kblogs");
        assumeTrue(kblogs != null && Files.isDirectory(kblogs), "the kblogs corpus is absent; skipping");
        List<KblogsCorpus.Post> posts = KblogsCorpus.read(kblogs);
        List<Judged> queries = judged();
        assertTrue(queries.size() >= 40);

        Map<Long, String> pathOf = new HashMap<>();
        try (Library library = Library.open(tmp.resolve("library.db"));
                SearchIndex index = SearchIndex.open(tmp.resolve("index"), null);
                Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("fts.db"))) {
            for (KblogsCorpus.Post p : posts) {
                pathOf.put(library.save(p.draft(), null).id(), p.path());
            }
            index.catchUp(library);
            try (Statement s = db.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE uni USING fts5(path UNINDEXED, title, body, tokenize='unicode61')");
                s.execute("CREATE VIRTUAL TABLE tri USING fts5(path UNINDEXED, title, body, tokenize='trigram')");
            }
            db.setAutoCommit(false);
            for (String table : List.of("uni", "tri")) {
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?)")) {
                    for (KblogsCorpus.Post p : posts) {
                        ps.setString(1, p.path());
                        ps.setString(2, p.draft().title());
                        ps.setString(3, p.draft().text());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            db.commit();

            Map<String, Engine> engines = new LinkedHashMap<>();
            engines.put(
                    "gleaner",
                    q -> index.search(SearchRequest.of(q, 20)).hits().stream()
                            .map(h -> pathOf.get(h.id()))
                            .toList());
            engines.put("fts5-unicode61", q -> fts(db, "uni", q));
            engines.put("fts5-trigram", q -> fts(db, "tri", q));

            Map<String, double[]> totals = new LinkedHashMap<>();
            StringBuilder report = new StringBuilder("\nquery\tkind");
            engines.keySet().forEach(e -> report.append('\t').append(e).append(" nDCG@10/R@20"));
            report.append('\n');
            Map<String, Map<String, double[]>> byKind = new LinkedHashMap<>();
            for (Judged j : queries) {
                report.append(j.query()).append('\t').append(j.kind());
                for (Map.Entry<String, Engine> e : engines.entrySet()) {
                    List<String> ranked = e.getValue().top20(j.query());
                    double n = ndcg10(ranked, j.relevant());
                    double r = recall20(ranked, j.relevant());
                    double[] t = totals.computeIfAbsent(e.getKey(), k -> new double[2]);
                    t[0] += n;
                    t[1] += r;
                    double[] k = byKind.computeIfAbsent(j.kind(), x -> new LinkedHashMap<>())
                            .computeIfAbsent(e.getKey(), x -> new double[3]);
                    k[0] += n;
                    k[1] += r;
                    k[2]++;
                    report.append(String.format("\t%.3f/%.3f", n, r));
                }
                report.append('\n');
            }
            report.append(String.format("%nMEAN over %d queries, %d posts:%n", queries.size(), posts.size()));
            totals.forEach((e, t) -> report.append(String.format(
                    "  %-16s nDCG@10 %.3f  Recall@20 %.3f%n", e, t[0] / queries.size(), t[1] / queries.size())));
            byKind.forEach((kind, m) -> m.forEach((e, k) -> report.append(String.format(
                    "  %-6s %-16s nDCG@10 %.3f  Recall@20 %.3f  (%d queries)%n",
                    kind, e, k[0] / k[2], k[1] / k[2], (int) k[2]))));
            System.out.println(report);
            double gleaner = totals.get("gleaner")[0];
            assertTrue(gleaner > totals.get("fts5-unicode61")[0], report.toString());
            assertTrue(gleaner > totals.get("fts5-trigram")[0], report.toString());
        }
    }

    /** FTS5 with its own defaults: all words (implicit AND), else any word; bm25 with the title weighted 3. */
    static List<String> fts(Connection db, String table, String query) throws SQLException {
        List<String> words = new ArrayList<>();
        for (String w : query.strip().split("\\s+")) {
            words.add("\"" + w.replace("\"", "\"\"") + "\"");
        }
        List<String> out = ftsRun(db, table, String.join(" ", words));
        if (out.isEmpty() && words.size() > 1) {
            out = ftsRun(db, table, String.join(" OR ", words));
        }
        return out;
    }

    private static List<String> ftsRun(Connection db, String table, String match) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT path FROM " + table + " WHERE " + table
                + " MATCH ? ORDER BY bm25(" + table + ", 0.0, 3.0, 1.0) LIMIT 20")) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
