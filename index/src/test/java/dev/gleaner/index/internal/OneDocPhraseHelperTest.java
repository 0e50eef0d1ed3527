package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets' phrase matches found from each article's own words mark exactly the offsets
 * Lucene's helper marks, article by article, for queries with synonyms, multi-word synonyms, quoted
 * phrases and a proximity clause, over an index of several segments.
 */
class OneDocPhraseHelperTest {
    private static final List<String> QUERIES = List.of(
            "카프카 컨슈머",
            "kafka consumer group rebalance",
            "스프링 부트 테스트 코드 작성",
            "Redis 분산 락 구현",
            "\"컨슈머 그룹\" 리밸런싱",
            "\"spring boot\" -레디스",
            "컨슈머 그룹 OR 분산 락",
            "레디스");

    @TempDir
    static Path tmp;

    static GleanerAnalysis analysis;
    static FSDirectory directory;

    @BeforeAll
    static void index() throws Exception {
        analysis = GleanerAnalysis.load(null);
        String[] words = {
            "카프카",
            "컨슈머",
            "그룹",
            "리밸런싱",
            "kafka",
            "consumer",
            "group",
            "rebalance",
            "스프링",
            "부트",
            "테스트",
            "코드",
            "작성",
            "spring",
            "boot",
            "redis",
            "레디스",
            "분산",
            "락",
            "분산락",
            "구현",
            "distributed",
            "lock",
            "배포",
            "설정을",
            "바꿨다",
            "문제가",
            "있었다",
            "\n\n"
        };
        Random random = new Random(41);
        directory = FSDirectory.open(tmp.resolve("index"));
        FieldType text = new FieldType(TextField.TYPE_NOT_STORED);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.freeze();
        IndexWriterConfig config =
                new IndexWriterConfig(analysis.indexAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 300; i++) {
                StringBuilder body = new StringBuilder();
                int length = 10 + random.nextInt(120);
                for (int w = 0; w < length; w++) {
                    body.append(words[random.nextInt(words.length)]).append(' ');
                }
                if (i % 5 == 0) {
                    body.append(" 카프카 컨슈머 그룹 리밸런싱이 일어났다. kafka consumer group rebalance, 스프링 부트 테스트 코드를 작성했다");
                }
                Document doc = new Document();
                doc.add(new Field(ArticleDocuments.TEXT, body.toString(), text));
                writer.addDocument(doc);
                if (i % 100 == 99) {
                    writer.commit(); // segments of their own
                }
            }
        }
    }

    @Test
    void marksTheSameOffsetsAsLucenesPhraseHelperInEveryArticle() throws Exception {
        QueryLanguage language = new QueryLanguage(analysis.queryAnalyzer());
        String field = ArticleDocuments.TEXT;
        Predicate<String> sameField = field::equals;
        int marked = 0;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertTrue(reader.leaves().size() > 1, "several segments");
            for (String q : QUERIES) {
                Query query = language.parse(q).query();
                PhraseHelper lucenes = new PhraseHelper(query, field, sameField, sq -> null, x -> null, true);
                PhraseHelper ours = new OneDocPhraseHelper(query, field, sameField, sq -> null, x -> null, true);
                assertEquals(lucenes.getSpanQueries(), ours.getSpanQueries(), q);
                for (LeafReaderContext leaf : reader.leaves()) {
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        List<String> expected = offsets(lucenes, leaf, doc);
                        assertEquals(expected, offsets(ours, leaf, doc), q + ", article " + (leaf.docBase + doc));
                        marked += expected.size();
                    }
                }
            }
        }
        assertTrue(marked > 1000, "phrase words marked: " + marked);
    }

    /** {@return each collected word's offsets and frequency, in the order the helper gave them} */
    private static List<String> offsets(PhraseHelper helper, LeafReaderContext leaf, int doc) throws Exception {
        List<OffsetsEnum> enums = new ArrayList<>();
        helper.createOffsetsEnumsForSpans(leaf.reader(), doc, enums);
        List<String> out = new ArrayList<>();
        for (OffsetsEnum e : enums) {
            StringBuilder s = new StringBuilder(e.getTerm().utf8ToString())
                    .append(" x")
                    .append(e.freq())
                    .append(':');
            while (e.nextPosition()) {
                s.append(' ').append(e.startOffset()).append('-').append(e.endOffset());
            }
            out.add(s.toString());
        }
        return out;
    }
}
