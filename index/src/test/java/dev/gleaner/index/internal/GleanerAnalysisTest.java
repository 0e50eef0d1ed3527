package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gleaner's analysis, tested the Lucene way: exact terms and offsets, then random text. */
class GleanerAnalysisTest {
    static GleanerAnalysis analysis;

    @BeforeAll
    static void load() {
        analysis = GleanerAnalysis.load(null);
    }

    /** One token as the analyzer produced it: term, start, end, position increment. */
    record Tok(String term, int start, int end, int inc) {
        @Override
        public String toString() {
            return term + "[" + start + "," + end + ",+" + inc + "]";
        }
    }

    static List<Tok> tokens(Analyzer analyzer, String text) {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement()));
            }
            ts.end();
            assertEquals(text.length(), offset.endOffset(), "final offset of " + text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    static String terms(String text) {
        return tokens(analysis.indexAnalyzer(), text).toString();
    }

    @Test
    void userDictionaryKeepsTransliteratedTechTermsWhole() {
        assertEquals("[메소스[0,3,+1], meso[4,9,+1], 공부[11,13,+1]]", terms("메소스(mesos) 공부"));
        assertEquals("[쿠버네티스[0,5,+1], 클러스터[6,10,+1], 운영[12,14,+2]]", terms("쿠버네티스 클러스터를 운영하며"));
    }

    @Test
    void compoundTechTermsAreSplitSoBothSpellingsMeet() {
        assertEquals("[딥[0,1,+1], 러닝[1,3,+1], 딥[5,6,+2], 러닝[7,9,+1]]", terms("딥러닝과 딥 러닝"));
    }

    @Test
    void particlesEndingsAndAuxiliaryVerbsAreDroppedButNegatingPrefixesStay() {
        assertEquals("[비동기[0,3,+1], 처리[4,6,+1]]", terms("비동기 처리를 하지 않고 있었다"));
        assertTrue(terms("비정규화된 테이블").contains("비"), terms("비정규화된 테이블"));
    }

    @Test
    void latinIsLowercasedAndStemmedAndVersionsStaySearchable() {
        assertEquals(
                "[java[0,4,+1], 21[5,7,+1], http[9,13,+1], 2[14,15,+1], n[17,18,+1], 1[19,20,+1], k8s[22,25,+1], 문제[26,28,+1]]",
                terms("Java 21, HTTP/2, N+1, K8s 문제"));
        assertEquals("[distribut[0,11,+1], train[12,20,+1]]", terms("distributed training을 했다"));
    }

    @Test
    void decomposedHangulIsNormalizedWithOffsetsIntoTheOriginal() {
        String nfd = Normalizer.normalize("레디스 분산 락", Normalizer.Form.NFD);
        assertEquals("[레디스[0,6,+1], 분산[7,13,+1], 락[14,17,+1]]", terms(nfd));
    }

    @Test
    void queriesGainTheTechTermSynonyms() {
        String q = tokens(analysis.queryAnalyzer(), "카프카 컨슈머를").toString();
        assertTrue(q.contains("kafka[") && q.contains("consum["), q);
        String m = tokens(analysis.queryAnalyzer(), "메시지").toString();
        assertTrue(m.contains("메세지[") && m.contains("messag["), m);
        assertTrue(analysis.synonymRules() >= 500, "rules: " + analysis.synonymRules());
    }

    private static final String[] PIECES = {
        "레디스",
        "카프카",
        "딥러닝",
        "를",
        "은",
        "에서",
        "하지 않고",
        " ",
        "  ",
        "\n",
        ".",
        ",",
        "(",
        ")",
        "/",
        "+",
        "-",
        "Java",
        "K8s",
        "HTTP/2",
        "N+1",
        "v1.2.3",
        "distributed",
        "😀",
        "漢字",
        "é",
        "e\u0301",
        "ﾊﾝｶｸ",
        "\u0000",
        "\t"
    };

    static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(4)) {
                case 0 -> sb.append(PIECES[r.nextInt(PIECES.length)]);
                case 1 -> sb.append((char) (0xAC00 + r.nextInt(11172)));
                case 2 ->
                    sb.append(Normalizer.normalize(
                            String.valueOf((char) (0xAC00 + r.nextInt(11172))), Normalizer.Form.NFD));
                default -> sb.appendCodePoint(r.nextInt(0x3000));
            }
        }
        return sb.toString();
    }

    /** The checks BaseTokenStreamTestCase.checkRandomData makes: offsets sane, reuse consistent, threads agree. */
    @Test
    void randomTextKeepsOffsetsAndPositionsConsistent() throws Exception {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        Random r = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add(randomText(r));
        }
        for (Analyzer a : new Analyzer[] {analysis.indexAnalyzer(), analysis.queryAnalyzer()}) {
            List<List<Tok>> first = new ArrayList<>();
            for (String text : texts) {
                List<Tok> toks = checkOne(a, text, seed);
                first.add(toks);
            }
            ExecutorService pool = Executors.newFixedThreadPool(
                    2, Thread.ofPlatform().name("analysis-check-", 0).factory());
            try {
                List<Future<Boolean>> same = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    int k = i;
                    same.add(pool.submit(() -> tokens(a, texts.get(k)).equals(first.get(k))));
                }
                for (int i = 0; i < same.size(); i++) {
                    assertTrue(same.get(i).get(), "seed " + seed + ": reused analyzer differs on " + texts.get(i));
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    private static List<Tok> checkOne(Analyzer a, String text, long seed) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                String where = "seed " + seed + " text <" + text + "> token " + term;
                assertTrue(term.length() > 0, where);
                assertTrue(inc.getPositionIncrement() >= 0 && len.getPositionLength() >= 1, where);
                position += inc.getPositionIncrement();
                assertTrue(position >= 0, where + ": first token has increment 0");
                assertTrue(offset.startOffset() >= 0 && offset.startOffset() <= offset.endOffset(), where);
                assertTrue(offset.endOffset() <= text.length(), where + " end " + offset.endOffset());
                out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement()));
            }
            ts.end();
            assertEquals(text.length(), offset.endOffset(), "seed " + seed + ": final offset of <" + text + ">");
        }
        return out;
    }
}
