package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts read from the ordinals kept in memory are those read from the doc values: over an
 * index of several segments with articles of several tags (one tag written twice), of none, without
 * a language, and deleted ones; the ordinals are kept from a segment's second count on, and let go
 * when the segments close.
 */
class FacetOrdinalsTest {
    private static final List<String> FIELDS = List.of("site", "tag", "lang", "month");
    private static final String[] TAGS = {"redis", "Redis", "kafka", "spring", "java", "회고", "독서"};

    @TempDir
    Path tmp;

    @Test
    void countsFromKeptOrdinalsAreTheDocValuesCounts() throws Exception {
        Random random = new Random(14);
        // What the counts must be: by field, by value, the live articles holding it.
        Map<String, Map<String, Integer>> all = new HashMap<>();
        Map<String, Map<String, Integer>> even = new HashMap<>();
        FIELDS.forEach(f -> {
            all.put(f, new HashMap<>());
            even.put(f, new HashMap<>());
        });
        try (FSDirectory directory = FSDirectory.open(tmp.resolve("index"))) {
            IndexWriterConfig config =
                    new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < 3_000; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                    doc.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                    Set<String> tags = new LinkedHashSet<>();
                    for (int t = random.nextInt(5); t > 0; t--) {
                        String tag = TAGS[random.nextInt(TAGS.length)];
                        tags.add(tag);
                        doc.add(new SortedSetDocValuesField("tag", new BytesRef(tag)));
                        if (t == 1) {
                            doc.add(new SortedSetDocValuesField("tag", new BytesRef(tag))); // twice
                        }
                    }
                    String lang = random.nextInt(10) == 0 ? null : random.nextBoolean() ? "ko" : "en";
                    if (lang != null) {
                        doc.add(new SortedSetDocValuesField("lang", new BytesRef(lang)));
                    }
                    String month = "2024-%02d".formatted(1 + random.nextInt(12));
                    doc.add(new SortedSetDocValuesField("month", new BytesRef(month)));
                    writer.addDocument(doc);
                    boolean deleted = i % 11 == 3;
                    if (!deleted) {
                        for (Map<String, Map<String, Integer>> expected :
                                i % 2 == 0 ? List.of(all, even) : List.of(all)) {
                            tags.forEach(tag -> expected.get("tag").merge(tag, 1, Integer::sum));
                            if (lang != null) {
                                expected.get("lang").merge(lang, 1, Integer::sum);
                            }
                            expected.get("month").merge(month, 1, Integer::sum);
                        }
                    }
                    if (i % 700 == 699) {
                        writer.commit(); // segments of their own
                    }
                }
                for (int i = 3; i < 3_000; i += 11) {
                    writer.deleteDocuments(new Term("id", Integer.toString(i)));
                }
            }
            // Tags that differ only in case count as one, under the spelling most articles use.
            for (Map<String, Map<String, Integer>> expected : List.of(all, even)) {
                expected.put("tag", FacetCounter.foldCase(expected.get("tag")));
            }
            FacetOrdinals ordinals = new FacetOrdinals(FIELDS);
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            int segments = reader.leaves().size();
            assertEquals(5, segments);
            Query evens = new TermQuery(new Term("parity", "even"));
            for (int count = 1; count <= 3; count++) {
                // The first two counts read the doc values, the third the kept ordinals.
                assertEquals(count <= 1 ? 0 : segments, ordinals.kept(), "segments kept before count " + count);
                assertEquals(
                        all, searcher.search(new MatchAllDocsQuery(), new FacetCounter(ordinals, 100, () -> false)));
                assertEquals(even, searcher.search(evens, new FacetCounter(ordinals, 100, () -> false)));
            }
            reader.close();
            assertEquals(0, ordinals.kept(), "ordinals of closed segments are let go");
        }
    }
}
