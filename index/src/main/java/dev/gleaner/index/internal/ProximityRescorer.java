package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.ArrayUtil;

/**
 * Ranks the best hits by their words again with the proximity clause's score added, as Lucene's
 * {@code QueryRescorer} does (the same scores, the same order), but checking the clause only on
 * those hits. {@code QueryRescorer} moves the clause's scorer to each hit with {@code advance}, which
 * on a hit where the words do not stand close goes on to the next article where they do: with a
 * clause of sloppy phrases (one for each combination of a long query's synonyms) that checked the
 * positions of every candidate between two hits, most of a long query's search. Here the clause's
 * cheap approximation is moved to the hit and the positions of that hit alone are checked.
 */
final class ProximityRescorer {
    private static final Comparator<ScoreDoc> BY_DOC = (a, b) -> a.doc - b.doc;
    private static final Comparator<ScoreDoc> BY_SCORE = (a, b) -> {
        if (a.score > b.score) {
            return -1;
        } else if (a.score < b.score) {
            return 1;
        } else {
            return a.doc - b.doc;
        }
    };

    private ProximityRescorer() {}

    /** {@return the best {@code topN} of {@code first}, each scored by its words plus {@code proximity} where it matches} */
    static TopDocs rescore(IndexSearcher searcher, TopDocs first, Query proximity, int topN) throws IOException {
        ScoreDoc[] hits = first.scoreDocs.clone();
        Arrays.sort(hits, BY_DOC);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        // Made when a hit first needs Lucene's check: for the 20 phrases of a long query's clause
        // that is 80 words looked up in every segment, spared where no hit has its words close.
        Weight weight = null;
        NearWords near = NearWords.of(proximity);
        int checked = 0;
        int close = 0;
        int leaf = -1;
        int end = 0;
        int base = 0;
        LeafReaderContext context = null;
        boolean nearOnLeaf = false;
        boolean scorerOnLeaf = false;
        Scorer scorer = null;
        DocIdSetIterator approximation = null;
        TwoPhaseIterator twoPhase = null;
        for (ScoreDoc hit : hits) {
            while (hit.doc >= end) {
                context = leaves.get(++leaf);
                end = context.docBase + context.reader().maxDoc();
                base = context.docBase;
                nearOnLeaf = false;
                scorerOnLeaf = false;
            }
            int target = hit.doc - base;
            if (near != null) {
                // Where no phrase's words stand close enough in the hit, Lucene's check cannot
                // match: it is left out (most of the best hits of a long query have their words
                // apart). Where most hits have them close, the test only adds work and stops.
                if (!nearOnLeaf) {
                    near.moveTo(context.reader());
                    nearOnLeaf = true;
                }
                boolean mayMatch = near.mayMatch(target);
                checked++;
                close += mayMatch ? 1 : 0;
                if (checked >= 8 && close * 2 > checked) {
                    near = null;
                }
                if (!mayMatch) {
                    continue;
                }
            }
            if (!scorerOnLeaf) {
                if (weight == null) {
                    weight = searcher.createWeight(searcher.rewrite(proximity), ScoreMode.COMPLETE, 1f);
                }
                scorer = weight.scorer(context);
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
                scorerOnLeaf = true;
            }
            boolean matches = false;
            if (scorer != null) {
                int at = approximation.docID();
                if (at < target) {
                    at = approximation.advance(target);
                }
                matches = at == target && (twoPhase == null || twoPhase.matches());
            }
            // As IndexQueries' rescoring combined them: the words' score, plus the clause's where it matches.
            if (matches) {
                hit.score = hit.score + scorer.score();
            }
        }
        if (topN < hits.length) {
            ArrayUtil.select(hits, 0, hits.length, topN, BY_SCORE);
            hits = ArrayUtil.copyOfSubArray(hits, 0, topN);
        }
        Arrays.sort(hits, BY_SCORE);
        return new TopDocs(first.totalHits, hits);
    }
}
