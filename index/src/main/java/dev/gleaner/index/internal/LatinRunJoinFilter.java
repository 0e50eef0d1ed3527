package dev.gleaner.index.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Joins Latin letters and digits that touch in the text back into one token, so that Nori's split
 * of {@code K8s} into K, 8, s or {@code Java21} into Java, 21 is indexed as {@code K8s} and
 * {@code Java21}; tokens separated by anything (space, slash, dot) stay apart.
 */
final class LatinRunJoinFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);
    private State lookahead;

    LatinRunJoinFilter(TokenStream input) {
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
        if (!isLatinOrDigits(term) || positionLength.getPositionLength() != 1) {
            return true;
        }
        State first = captureState();
        StringBuilder joined = new StringBuilder().append(term);
        int start = offset.startOffset();
        int end = offset.endOffset();
        boolean extended = false;
        while (input.incrementToken()) {
            if (offset.startOffset() == end && isLatinOrDigits(term) && positionLength.getPositionLength() == 1) {
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

    static boolean isLatinOrDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lookahead = null;
    }
}
