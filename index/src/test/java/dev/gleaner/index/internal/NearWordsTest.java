package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test of whether a proximity clause's words stand close never rules out an article that
 * Lucene's phrase check matches: over articles where the words stand together, a few words apart,
 * far apart, repeated, or written as their synonyms, in several segments. It rules out most of the
 * articles whose words stand far apart, which is what it is for.
 */
class NearWordsTest {
    private static final List<String> QUERIES = List.of(
            "kafka consumer group rebalance",
            "스프링 부트 테스트 코드 작성",
            "Redis 분산 락 구현",
            "트랜잭션 격리 수준",
            "spring boot",
            "컨슈머 그룹 리밸런싱");

    /** The queries' words as they stand in articles; a multi-word synonym ("consumer group") stays whole. */
    private static final List<String[]> SENTENCES = List.of(
            new String[] {"kafka", "consumer group", "rebalance"},
            new String[] {"카프카", "컨슈머 그룹", "리밸런싱"},
            new String[] {"스프링 부트", "테스트", "코드", "작성"},
            new String[] {"spring boot", "test", "코드", "작성"},
            new String[] {"redis", "분산 락", "구현"},
            new String[] {"레디스", "distributed lock", "구현"},
            new String[] {"트랜잭션", "격리 수준"});

    @TempDir
    Path tmp;

    @Test
    void neverRulesOutAnArticleLuceneMatches() throws Exception {
        GleanerAnalysis analysis = GleanerAnalysis.load(null);
        String[] words = {
            "카프카",
            "kafka",
            "컨슈머",
            "consumer",
            "그룹",
            "group",
            "리밸런싱",
            "rebalance",
            "스프링",
            "spring",
            "부트",
            "boot",
            "테스트",
            "test",
            "코드",
            "작성",
            "redis",
            "레디스",
            "분산",
            "락",
            "lock",
            "구현",
            "트랜잭션",
            "격리",
            "수준",
            "isolation",
            "level"
        };
        String[] filler = {"배포", "모니터링", "파이프라인", "설정을", "바꿨다", "정리했다", "문제가", "있었다", "the", "and", "deploy", "log"};
        Random random = new Random(14);
        FieldType text = new FieldType(TextField.TYPE_NOT_STORED);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.freeze();
        try (FSDirectory directory = FSDirectory.open(tmp.resolve("index"))) {
            IndexWriterConfig config =
                    new IndexWriterConfig(analysis.indexAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < 600; i++) {
                    StringBuilder body = new StringBuilder();
                    for (int w = random.nextInt(30); w > 0; w--) {
                        body.append(filler[random.nextInt(filler.length)]).append(' ');
                    }
                    // One query's words (or their synonyms) in order, with 0 to 11 other words
                    // between each two: together, within the slop, just beyond it, far apart.
                    String[] sentence = SENTENCES.get(i % SENTENCES.size());
                    int gap = random.nextInt(12);
                    for (String word : sentence) {
                        body.append(word).append(' ');
                        for (int g = 0; g < gap; g++) {
                            body.append(filler[random.nextInt(filler.length)]).append(' ');
                        }
                    }
                    // Some words again elsewhere, close to nothing or to each other.
                    for (int w = random.nextInt(40); w > 0; w--) {
                        String[] from = random.nextInt(6) == 0 ? words : filler;
                        body.append(from[random.nextInt(from.length)]).append(' ');
                    }
                    Document doc = new Document();
                    doc.add(new Field(ArticleDocuments.TEXT, body.toString(), text));
                    writer.addDocument(doc);
                    if (i % 200 == 199) {
                        writer.commit();
                    }
                }
            }
            QueryLanguage language = new QueryLanguage(analysis.queryAnalyzer());
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int tested = 0;
                int matched = 0;
                int ruledOut = 0;
                int withAllWords = 0;
                for (String q : QUERIES) {
                    QueryLanguage.Parsed parsed = language.parse(q);
                    NearWords near = NearWords.of(parsed.proximity());
                    assertNotNull(near, q);
                    Weight weight = searcher.createWeight(searcher.rewrite(parsed.proximity()), ScoreMode.COMPLETE, 1f);
                    Weight allWords =
                            searcher.createWeight(searcher.rewrite(parsed.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
                    for (LeafReaderContext leaf : reader.leaves()) {
                        near.moveTo(leaf.reader());
                        Scorer scorer = weight.scorer(leaf);
                        Scorer all = allWords.scorer(leaf);
                        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                            boolean lucene = matches(scorer, doc);
                            boolean mayMatch = near.mayMatch(doc);
                            assertTrue(!lucene || mayMatch, q + ": article " + (leaf.docBase + doc) + " ruled out");
                            tested++;
                            matched += lucene ? 1 : 0;
                            if (matches(all, doc)) {
                                withAllWords++;
                                ruledOut += mayMatch ? 0 : 1;
                            }
                        }
                    }
                }
                assertTrue(matched > 100, "articles the clause matches: " + matched + " of " + tested);
                // Of the articles with all the words, those with the words apart are ruled out.
                assertTrue(ruledOut > withAllWords / 3, "ruled out " + ruledOut + " of " + withAllWords);
            }
        }
    }

    /** {@return whether the scorer's query matches {@code doc}}; docs are asked in increasing order */
    private static boolean matches(Scorer scorer, int doc) throws java.io.IOException {
        if (scorer == null) {
            return false;
        }
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        int at = approximation.docID();
        if (at < doc) {
            at = approximation.advance(doc);
        }
        return at == doc && (twoPhase == null || twoPhase.matches());
    }
}
