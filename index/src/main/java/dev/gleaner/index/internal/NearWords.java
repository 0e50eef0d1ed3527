package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Whether any phrase of a proximity clause (sloppy phrases, one for each combination of a query's
 * words and synonyms) could match an article, from the positions of the phrases' distinct words in
 * it, each read once.
 *
 * <p>A phrase of words {@code w[i]} at phrase positions {@code o[i]} with slop {@code s} can only
 * match where each word occurs at some position {@code p[i]} with all the {@code p[i] - o[i]}
 * within {@code s} of each other: Lucene's phrase matchers report a match only when the positions
 * they stand on are so. So an article where no phrase passes this test is one where Lucene finds no
 * match; where one passes, Lucene's own check decides (repeated words, the matcher's own rules).
 * The test never decides a match, it only spares the check of articles whose words stand apart,
 * where Lucene would check every phrase of the clause position by position.
 *
 * <p>One instance serves one rescoring on one thread, moving through the segments and, within one,
 * through increasing documents.
 */
final class NearWords {
    private final String field;
    private final BytesRef[] words;
    /** Per phrase: the index in {@link #words} of each of its words, and their phrase positions. */
    private final int[][] phraseWords;

    private final int[][] phraseOffsets;
    private final int[] slops;

    private final PostingsEnum[] postings;
    /** Per word: its frequency and positions in {@link #doc} (the first {@link #freqs} of them), once read. */
    private final int[][] positions;

    private final int[] freqs;
    private final int[] freqFor;
    private final int[] positionsFor;
    private final int[] at;
    private int doc = -1;

    private NearWords(String field, BytesRef[] words, int[][] phraseWords, int[][] phraseOffsets, int[] slops) {
        this.field = field;
        this.words = words;
        this.phraseWords = phraseWords;
        this.phraseOffsets = phraseOffsets;
        this.slops = slops;
        this.postings = new PostingsEnum[words.length];
        this.positions = new int[words.length][8];
        this.freqs = new int[words.length];
        this.freqFor = new int[words.length];
        this.positionsFor = new int[words.length];
        this.at = new int[words.length];
    }

    /**
     * {@return the test for {@code clause}, or null when it is not a disjunction of phrases on one
     * field (then every article is checked by Lucene)}
     */
    static NearWords of(Query clause) {
        List<PhraseQuery> phrases = new ArrayList<>();
        for (Query q : clauses(clause)) {
            while (q instanceof BoostQuery boost) {
                q = boost.getQuery();
            }
            if (!(q instanceof PhraseQuery phrase)) {
                return null;
            }
            phrases.add(phrase);
        }
        return phrases.isEmpty() ? null : of(phrases);
    }

    /**
     * {@return the clauses of a disjunction (a phrase alone is one), each as it stands with its
     * boost; empty when {@code clause} is something else}
     */
    static List<Query> clauses(Query clause) {
        Query q = clause;
        while (q instanceof BoostQuery boost) {
            q = boost.getQuery();
        }
        if (q instanceof BooleanQuery bq) {
            List<Query> out = new ArrayList<>();
            if (bq.getMinimumNumberShouldMatch() != 0) {
                return List.of();
            }
            for (BooleanClause c : bq.clauses()) {
                if (c.occur() != BooleanClause.Occur.SHOULD) {
                    return List.of();
                }
                out.add(c.query());
            }
            return out;
        }
        return List.of(q);
    }

    /** {@return the test for these phrases (numbered in this order), or null when they are not on one field} */
    static NearWords of(List<PhraseQuery> phrases) {
        String field = phrases.getFirst().getField();
        List<BytesRef> distinct = new ArrayList<>();
        int[][] phraseWords = new int[phrases.size()][];
        int[][] phraseOffsets = new int[phrases.size()][];
        int[] slops = new int[phrases.size()];
        for (int p = 0; p < phrases.size(); p++) {
            PhraseQuery phrase = phrases.get(p);
            Term[] terms = phrase.getTerms();
            if (!field.equals(phrase.getField()) || terms.length == 0) {
                return null;
            }
            phraseWords[p] = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                int w = distinct.indexOf(terms[i].bytes());
                if (w < 0) {
                    w = distinct.size();
                    distinct.add(terms[i].bytes());
                }
                phraseWords[p][i] = w;
            }
            phraseOffsets[p] = phrase.getPositions().clone();
            slops[p] = phrase.getSlop();
        }
        return new NearWords(field, distinct.toArray(BytesRef[]::new), phraseWords, phraseOffsets, slops);
    }

    /** Reads the documents of {@code reader} from now on, from its first. */
    void moveTo(LeafReader reader) throws IOException {
        Terms terms = reader.terms(field);
        TermsEnum termsEnum = terms == null ? null : terms.iterator();
        for (int w = 0; w < words.length; w++) {
            postings[w] = termsEnum != null && termsEnum.seekExact(words[w])
                    ? termsEnum.postings(null, PostingsEnum.POSITIONS)
                    : null;
        }
        Arrays.fill(freqFor, -1);
        Arrays.fill(positionsFor, -1);
        doc = -1;
    }

    /**
     * {@return false when no phrase can match document {@code target} of the current segment (its
     * words do not stand close enough); true when one may}. Targets must not decrease.
     */
    boolean mayMatch(int target) throws IOException {
        at(target);
        for (int p = 0; p < phraseWords.length; p++) {
            if (close(p)) {
                return true;
            }
        }
        return false;
    }

    /** Tests document {@code target} of the current segment from now on; targets must not decrease. */
    void at(int target) {
        doc = target;
    }

    /** {@return how many phrases there are} */
    int phrases() {
        return phraseWords.length;
    }

    /**
     * {@return whether phrase {@code p}'s words occur in the document tested with their shifted
     * positions within its slop}: false means the phrase does not match there.
     */
    boolean close(int p) throws IOException {
        if (!present(p)) {
            return false;
        }
        int[] ws = phraseWords[p];
        int[] offsets = phraseOffsets[p];
        for (int i = 0; i < ws.length; i++) {
            readPositions(ws[i]);
            at[i] = 0;
        }
        // The smallest range holding a shifted position of each word, found by moving the lowest.
        while (true) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            int lowest = -1;
            for (int i = 0; i < ws.length; i++) {
                int shifted = positions[ws[i]][at[i]] - offsets[i];
                if (shifted < min) {
                    min = shifted;
                    lowest = i;
                }
                max = Math.max(max, shifted);
            }
            if ((long) max - min <= slops[p]) {
                return true;
            }
            if (++at[lowest] == freqs[ws[lowest]]) {
                return false;
            }
        }
    }

    /**
     * {@return whether all of phrase {@code p}'s words occur in the document tested}: false means
     * the phrase does not match there (found without reading positions).
     */
    boolean present(int p) throws IOException {
        for (int w : phraseWords[p]) {
            if (freq(w) == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@return how often word {@code w} occurs in {@link #doc}} */
    private int freq(int w) throws IOException {
        if (freqFor[w] == doc) {
            return freqs[w];
        }
        freqFor[w] = doc;
        freqs[w] = 0;
        PostingsEnum p = postings[w];
        if (p == null) {
            return 0;
        }
        int current = p.docID();
        if (current < doc) {
            current = p.advance(doc);
        }
        if (current == doc) {
            freqs[w] = p.freq();
        }
        return freqs[w];
    }

    /** Reads the positions of word {@code w} (present) in {@link #doc} into {@link #positions}, once. */
    private void readPositions(int w) throws IOException {
        if (positionsFor[w] == doc) {
            return;
        }
        positionsFor[w] = doc;
        int freq = freqs[w];
        if (positions[w].length < freq) {
            positions[w] = new int[Math.max(freq, positions[w].length * 2)];
        }
        PostingsEnum p = postings[w];
        for (int i = 0; i < freq; i++) {
            positions[w][i] = p.nextPosition();
        }
    }
}
