package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BoostQuery;
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
        Query rewritten = searcher.rewrite(proximity);
        Whole whole = new Whole(searcher, rewritten);
        ByPhrase byPhrase = ByPhrase.of(searcher, rewritten);
        int leaf = -1;
        int end = 0;
        LeafReaderContext context = null;
        for (ScoreDoc hit : hits) {
            while (hit.doc >= end) {
                context = leaves.get(++leaf);
                end = context.docBase + context.reader().maxDoc();
                if (byPhrase != null) {
                    byPhrase.moveTo(context);
                }
            }
            int target = hit.doc - context.docBase;
            float clause = byPhrase != null ? byPhrase.score(target) : Float.NaN;
            if (byPhrase == null || clause == ByPhrase.INEXACT) {
                clause = whole.score(context, target);
            }
            // As IndexQueries' rescoring combined them: the words' score, plus the clause's where it matches.
            if (!Float.isNaN(clause)) {
                hit.score = hit.score + clause;
            }
        }
        if (topN < hits.length) {
            ArrayUtil.select(hits, 0, hits.length, topN, BY_SCORE);
            hits = ArrayUtil.copyOfSubArray(hits, 0, topN);
        }
        Arrays.sort(hits, BY_SCORE);
        return new TopDocs(first.totalHits, hits);
    }

    /** The clause checked and scored by Lucene's weight of the whole clause, made when first needed. */
    private static final class Whole {
        private final IndexSearcher searcher;
        private final Query clause;
        private Weight weight;
        private LeafReaderContext leaf;
        private Scorer scorer;
        private DocIdSetIterator approximation;
        private TwoPhaseIterator twoPhase;

        Whole(IndexSearcher searcher, Query clause) {
            this.searcher = searcher;
            this.clause = clause;
        }

        /** {@return the clause's score on document {@code target} of {@code context}, NaN where it does not match} */
        float score(LeafReaderContext context, int target) throws IOException {
            if (weight == null) {
                weight = searcher.createWeight(clause, ScoreMode.COMPLETE, 1f);
            }
            if (context != leaf) {
                leaf = context;
                scorer = weight.scorer(context);
                twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            }
            if (scorer == null) {
                return Float.NaN;
            }
            int at = approximation.docID();
            if (at < target) {
                at = approximation.advance(target);
            }
            return at == target && (twoPhase == null || twoPhase.matches()) ? scorer.score() : Float.NaN;
        }
    }

    /**
     * The clause (a disjunction of sloppy phrases) checked phrase by phrase, each only where its
     * words stand close ({@link NearWords}). Lucene scores a disjunction as the sum, in a double
     * and in the order its queue gives, of its matching phrases' float scores, then as a float; the
     * sum here is the same whenever no addition rounds (then the order does not matter), which is
     * checked at each addition; where one rounds, the whole clause's weight scores the hit instead.
     *
     * <p>Lucene's disjunction moves every phrase to each hit, and a phrase whose words are not all
     * in the hit moves on to the next article where they are, reading postings far past it; here
     * only the phrases whose words stand close in the hit are moved there, where they stop.
     */
    private static final class ByPhrase {
        /** The score of a hit whose sum rounded: it is scored by the whole clause. */
        static final float INEXACT = Float.NEGATIVE_INFINITY;
        /** Hits a phrase's positions are tested in before its close share (4 in 5) lets Lucene check it at once. */
        private static final int TRUST_AFTER = 8;

        private final IndexSearcher searcher;
        private final List<Query> clauses;
        private final float boost;
        private final NearWords near;
        private final Weight[] weights;
        private final Scorer[] scorers;
        private final DocIdSetIterator[] approximations;
        private final TwoPhaseIterator[] twoPhases;
        private final boolean[] onLeaf;
        /** Per phrase: in how many hits its words' positions were tested, and stood close. */
        private final int[] tested;

        private final int[] close;
        private LeafReaderContext leaf;

        private ByPhrase(IndexSearcher searcher, List<Query> clauses, float boost, NearWords near) {
            this.searcher = searcher;
            this.clauses = clauses;
            this.boost = boost;
            this.near = near;
            int n = clauses.size();
            this.weights = new Weight[n];
            this.scorers = new Scorer[n];
            this.approximations = new DocIdSetIterator[n];
            this.twoPhases = new TwoPhaseIterator[n];
            this.onLeaf = new boolean[n];
            this.tested = new int[n];
            this.close = new int[n];
        }

        /** {@return the clause (rewritten) phrase by phrase, or null when it is not a disjunction of phrases on one field} */
        static ByPhrase of(IndexSearcher searcher, Query rewritten) {
            // The boost each phrase's weight gets inside the clause's: the boosts above it, in order.
            float boost = 1f;
            Query q = rewritten;
            while (q instanceof BoostQuery b) {
                boost = boost * b.getBoost();
                q = b.getQuery();
            }
            NearWords near = NearWords.of(rewritten);
            List<Query> clauses = NearWords.clauses(rewritten);
            if (near == null || clauses.isEmpty() || near.phrases() != clauses.size()) {
                return null;
            }
            // Each phrase's weight is made as the clause's weight makes it: from the query as it stands
            // in the disjunction (or under the boosts, a phrase alone), with the boosts above it.
            return new ByPhrase(searcher, clauses, boost, near);
        }

        void moveTo(LeafReaderContext context) throws IOException {
            leaf = context;
            near.moveTo(context.reader());
            Arrays.fill(onLeaf, false);
        }

        /** {@return the clause's score on {@code target}, NaN where it does not match, {@link #INEXACT} where the sum rounds} */
        float score(int target) throws IOException {
            near.at(target);
            double sum = 0;
            boolean matched = false;
            for (int p = 0; p < weights.length; p++) {
                // A phrase whose words are not all in the hit does not match; one whose words stand
                // close in most hits so far is checked by Lucene at once (its positions read once).
                if (!near.present(p)) {
                    continue;
                }
                if (tested[p] < TRUST_AFTER || close[p] * 5 < tested[p] * 4) {
                    tested[p]++;
                    if (!near.close(p)) {
                        continue;
                    }
                    close[p]++;
                }
                if (!onLeaf[p]) {
                    if (weights[p] == null) {
                        weights[p] = searcher.createWeight(clauses.get(p), ScoreMode.COMPLETE, boost);
                    }
                    Scorer scorer = weights[p].scorer(leaf);
                    scorers[p] = scorer;
                    twoPhases[p] = scorer == null ? null : scorer.twoPhaseIterator();
                    approximations[p] = scorer == null
                            ? null
                            : twoPhases[p] == null ? scorer.iterator() : twoPhases[p].approximation();
                    onLeaf[p] = true;
                }
                Scorer scorer = scorers[p];
                if (scorer == null) {
                    continue;
                }
                int at = approximations[p].docID();
                if (at < target) {
                    at = approximations[p].advance(target);
                }
                if (at != target || (twoPhases[p] != null && !twoPhases[p].matches())) {
                    continue;
                }
                float score = scorer.score();
                double next = sum + score;
                // The addition's rounding error (Knuth's two-sum): zero when it is exact.
                double back = next - sum;
                if ((sum - (next - back)) + (score - back) != 0) {
                    return INEXACT;
                }
                sum = next;
                matched = true;
            }
            return matched ? (float) sum : Float.NaN;
        }
    }
}
