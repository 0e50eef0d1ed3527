package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking the best hits again by proximity gives exactly Lucene's {@code QueryRescorer} order and
 * scores, over an index of several segments where the words stand together in some articles, apart
 * in most, and some are written as their synonyms.
 */
class ProximityRescorerTest {
    private static final List<String> QUERIES = List.of(
            "카프카 컨슈머", "kafka consumer group rebalance", "스프링 부트 테스트 코드 작성", "Redis 분산 락 구현", "컨슈머 그룹 리밸런싱", "레디스");

    @TempDir
    static Path tmp;

    static GleanerAnalysis analysis;
    static FSDirectory directory;

    @BeforeAll
    static void index() throws Exception {
        analysis = GleanerAnalysis.load(null);
        String[] words = {
            "카프카", "컨슈머", "그룹", "리밸런싱", "kafka", "consumer", "group", "rebalance", "스프링", "부트", "테스트", "코드", "작성",
            "redis", "레디스", "분산", "락", "구현", "배포", "모니터링", "파이프라인", "설정을", "바꿨다", "정리했다", "문제가", "있었다"
        };
        Random random = new Random(14);
        directory = FSDirectory.open(tmp.resolve("index"));
        FieldType text = new FieldType(TextField.TYPE_NOT_STORED);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.freeze();
        IndexWriterConfig config =
                new IndexWriterConfig(analysis.indexAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 900; i++) {
                StringBuilder body = new StringBuilder();
                int length = 20 + random.nextInt(200);
                for (int w = 0; w < length; w++) {
                    body.append(words[random.nextInt(words.length)]).append(' ');
                }
                if (i % 7 == 0) {
                    body.append(" 카프카 컨슈머 그룹 리밸런싱이 일어났다. kafka consumer group rebalance");
                }
                Document doc = new Document();
                doc.add(new Field(ArticleDocuments.TEXT, body.toString(), text));
                writer.addDocument(doc);
                if (i % 300 == 299) {
                    writer.commit(); // segments of their own, so hits span several leaves
                }
            }
        }
    }

    @Test
    void theBestHitsAreRankedAgainExactlyAsLucenesRescorerRanksThem() throws Exception {
        QueryLanguage language = new QueryLanguage(analysis.queryAnalyzer());
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertTrue(reader.leaves().size() > 1, "several segments");
            IndexSearcher searcher = new IndexSearcher(reader);
            int rescored = 0;
            for (String q : QUERIES) {
                QueryLanguage.Parsed parsed = language.parse(q);
                if (parsed.proximity() == null) {
                    continue;
                }
                Query matching = without((BooleanQuery) parsed.query(), parsed.proximity());
                for (int window : new int[] {5, 100, 1000}) {
                    TopDocs first = searcher.search(matching, window);
                    for (int limit : new int[] {1, 10, window + 3}) {
                        TopDocs expected = new QueryRescorer(parsed.proximity()) {
                            @Override
                            protected float combine(float firstPass, boolean matches, float secondPass) {
                                return matches ? firstPass + secondPass : firstPass;
                            }
                        }.rescore(searcher, copy(first), limit);
                        TopDocs actual = ProximityRescorer.rescore(searcher, copy(first), parsed.proximity(), limit);
                        assertEquals(render(expected), render(actual), q + ", window " + window + ", limit " + limit);
                        rescored++;
                    }
                }
            }
            assertTrue(rescored >= 9, "queries with a proximity clause: " + rescored);
        }
    }

    private static Query without(BooleanQuery query, Query clause) {
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(query.getMinimumNumberShouldMatch());
        for (BooleanClause c : query.clauses()) {
            if (!(c.occur() == BooleanClause.Occur.SHOULD && c.query().equals(clause))) {
                b.add(c);
            }
        }
        return b.build();
    }

    /** The rescorers change the scores of the hits they are given: each gets its own copy. */
    private static TopDocs copy(TopDocs top) {
        ScoreDoc[] docs = new ScoreDoc[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new ScoreDoc(top.scoreDocs[i].doc, top.scoreDocs[i].score);
        }
        return new TopDocs(top.totalHits, docs);
    }

    private static List<String> render(TopDocs top) {
        assertNotNull(top);
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            out.add(d.doc + ":" + d.score);
        }
        return out;
    }
}
