package dev.gleaner.index.internal;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Closes the position gaps left by removed tokens (for parsing synonym rules only). */
final class CloseHolesFilter extends TokenFilter {
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    CloseHolesFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (increment.getPositionIncrement() > 1) {
            increment.setPositionIncrement(1);
        }
        return true;
    }
}
