package dev.gleaner.index.internal;

import java.util.Arrays;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores the snippets' candidate passages exactly as Lucene's {@link PassageScorer} does (the same
 * formula, the same terms in the same order, so the same float), without its per-passage hash of
 * the matched terms: that hash takes a 32 KB block for every passage with a match, which for an
 * article that names the searched word in every paragraph was most of what a search allocated.
 *
 * <p>One scorer serves one highlighting call on one thread (it keeps its counts between passages).
 */
final class SnippetPassageScorer extends PassageScorer {
    /** The passage's distinct matched terms, in the order they are first matched. */
    private BytesRef[] distinct = new BytesRef[8];

    private int[] inPassage = new int[8];
    private int[] inDoc = new int[8];

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int size = 0;
        for (int i = 0; i < matches; i++) {
            BytesRef term = terms[i];
            int at = 0;
            while (at < size && !distinct[at].bytesEquals(term)) {
                at++;
            }
            if (at == size) {
                if (size == distinct.length) {
                    distinct = Arrays.copyOf(distinct, size * 2);
                    inPassage = Arrays.copyOf(inPassage, size * 2);
                    inDoc = Arrays.copyOf(inDoc, size * 2);
                }
                distinct[size] = term;
                inPassage[size] = 0;
                // As Lucene's: the frequency in the document of the term's first match.
                inDoc[size] = freqsInDoc[i];
                size++;
            }
            inPassage[at]++;
        }
        double score = 0d;
        for (int i = 0; i < size; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        Arrays.fill(distinct, 0, size, null);
        return (float) score;
    }
}
