package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.AttributeImpl;

/**
 * Joins Latin letters and digits that touch in the text back into one token, so that Nori's split
 * of {@code K8s} into K, 8, s or {@code Java21} into Java, 21 is indexed as {@code K8s} and
 * {@code Java21}; tokens separated by anything (space, slash, dot) stay apart.
 */
final class LatinRunJoinFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);

    /*
     * The token being joined and the token read past it are kept in copies of the stream's
     * attributes made once per document, not in captured states: a Latin word is most tokens of
     * an English post, and capturing and restoring states (a clone of every attribute, then a look-up
     * of each by its class) for each was a twentieth of the analysis.
     */
    private AttributeImpl[] live = new AttributeImpl[0];
    private AttributeImpl[] first = live;
    private AttributeImpl[] ahead = live;
    private boolean hasAhead;
    private final StringBuilder joined = new StringBuilder();

    LatinRunJoinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (hasAhead) {
            copy(ahead, live);
            hasAhead = false;
        } else if (!input.incrementToken()) {
            return false;
        }
        if (!isLatinOrDigits(term) || positionLength.getPositionLength() != 1) {
            return true;
        }
        copy(live, first);
        joined.setLength(0);
        joined.append(term);
        boolean extended = false;
        int start = offset.startOffset();
        int end = offset.endOffset();
        while (input.incrementToken()) {
            if (offset.startOffset() == end && isLatinOrDigits(term) && positionLength.getPositionLength() == 1) {
                joined.append(term);
                end = offset.endOffset();
                extended = true;
            } else {
                copy(live, ahead);
                hasAhead = true;
                break;
            }
        }
        copy(first, live);
        if (extended) {
            term.setEmpty().append(joined);
            offset.setOffset(start, end);
        }
        return true;
    }

    private static void copy(AttributeImpl[] from, AttributeImpl[] to) {
        for (int i = 0; i < from.length; i++) {
            from[i].copyTo(to[i]);
        }
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
        hasAhead = false;
        // Every attribute of the chain is added before a stream is first reset.
        List<AttributeImpl> impls = new ArrayList<>();
        getAttributeImplsIterator().forEachRemaining(impls::add);
        if (!same(impls, live)) {
            live = impls.toArray(AttributeImpl[]::new);
            first = clones(live);
            ahead = clones(live);
        }
    }

    private static boolean same(List<AttributeImpl> impls, AttributeImpl[] known) {
        if (impls.size() != known.length) {
            return false;
        }
        for (int i = 0; i < known.length; i++) {
            if (impls.get(i) != known[i]) {
                return false;
            }
        }
        return true;
    }

    private static AttributeImpl[] clones(AttributeImpl[] impls) {
        AttributeImpl[] copies = new AttributeImpl[impls.length];
        for (int i = 0; i < impls.length; i++) {
            copies[i] = impls[i].clone();
        }
        return copies;
    }
}
