package dev.gleaner.index.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Stems (Porter) only tokens made of Latin letters; Hangul, Hanja and numbers pass unchanged. */
final class LatinStemFilter extends ConditionalTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LatinStemFilter(TokenStream input) {
        super(input, PorterStemFilter::new);
    }

    @Override
    protected boolean shouldFilter() throws IOException {
        if (term.length() < 3) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
