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
        Weight weight = searcher.createWeight(searcher.rewrite(proximity), ScoreMode.COMPLETE, 1f);
        int leaf = -1;
        int end = 0;
        int base = 0;
        Scorer scorer = null;
        DocIdSetIterator approximation = null;
        TwoPhaseIterator twoPhase = null;
        for (ScoreDoc hit : hits) {
            LeafReaderContext context = null;
            while (hit.doc >= end) {
                context = leaves.get(++leaf);
                end = context.docBase + context.reader().maxDoc();
            }
            if (context != null) {
                base = context.docBase;
                scorer = weight.scorer(context);
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            }
            boolean matches = false;
            if (scorer != null) {
                int target = hit.doc - base;
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
