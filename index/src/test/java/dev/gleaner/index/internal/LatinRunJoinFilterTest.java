package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.junit.jupiter.api.Test;

/**
 * Latin letters and digits that touch are joined into one token (K8s, Java21, utf8mb4), and every
 * attribute of every token (term, offsets, positions, part of speech, reading) is what joining with
 * captured states gives, on Korean and English text with joins and lookaheads at every place.
 */
class LatinRunJoinFilterTest {
    /** The join as first written, with Lucene's captured states: the reference. */
    private static final class StatesJoin extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);
        private State lookahead;

        StatesJoin(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (lookahead != null) {
                restoreState(lookahead);
                lookahead = null;
            } else if (!input.incrementToken()) {
                return false;
            }
            if (!LatinRunJoinFilter.isLatinOrDigits(term) || positionLength.getPositionLength() != 1) {
                return true;
            }
            State first = captureState();
            StringBuilder joined = new StringBuilder().append(term);
            int start = offset.startOffset();
            int end = offset.endOffset();
            boolean extended = false;
            while (input.incrementToken()) {
                if (offset.startOffset() == end
                        && LatinRunJoinFilter.isLatinOrDigits(term)
                        && positionLength.getPositionLength() == 1) {
                    joined.append(term);
                    end = offset.endOffset();
                    extended = true;
                } else {
                    lookahead = captureState();
                    break;
                }
            }
            restoreState(first);
            if (extended) {
                term.setEmpty().append(joined);
                offset.setOffset(start, end);
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            lookahead = null;
        }
    }

    private static List<String> tokens(boolean reference, List<String> texts) throws IOException {
        Tokenizer tokenizer = new KoreanTokenizer(
                AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                TokenInfoDictionary.getInstance(),
                UnknownDictionary.getInstance(),
                GleanerAnalysis.connectionCosts(),
                null,
                KoreanTokenizer.DecompoundMode.DISCARD,
                false,
                true);
        TokenStream stopped = new KoreanPartOfSpeechStopFilter(tokenizer, GleanerAnalysis.STOP_TAGS);
        TokenStream stream = reference ? new StatesJoin(stopped) : new LatinRunJoinFilter(stopped);
        List<String> out = new ArrayList<>();
        // One stream for every text, as an index writer reuses it from document to document.
        for (String text : texts) {
            tokenizer.setReader(new StringReader(text));
            stream.reset();
            while (stream.incrementToken()) {
                out.add(stream.reflectAsString(false));
            }
            stream.end();
            out.add("end " + stream.reflectAsString(false));
            stream.close();
        }
        return out;
    }

    @Test
    void joinedTokensAndTheTokensAroundThemKeepEveryAttribute() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "K8s 클러스터에서 Java21 가상 스레드를 켰다",
                "utf8mb4 문자셋, HTTP/2, N+1 문제와 Spring Boot 3.2",
                "끝이 라틴 글자 abc",
                "x86_64 ARM64 v1beta1 3D 프린터 2024년",
                "레디스만 있는 글",
                ""));
        Random random = new Random(11);
        String[] pieces = {"K", "8", "s", "Java", "21", " ", "/", ".", "레디스", "를", "쓰다", "ab", "12", "\n", "카프카"};
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }

        List<String> expected = tokens(true, texts);
        assertEquals(expected, tokens(false, texts));
        assertTrue(
                expected.stream().anyMatch(t -> t.contains("term=K8s,")), "a join happened: " + expected.subList(0, 8));
        assertTrue(expected.stream().anyMatch(t -> t.contains("term=Java21,")));
    }
}
