package dev.gleaner.index.internal;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Normalizes text to NFC before the tokenizer, so decomposed (NFD) Hangul such as macOS file names
 * produce syllables Nori understands, and corrects offsets back to the original text.
 */
final class NfcCharFilter extends BaseCharFilter {
    private String normalized;
    private int position;

    NfcCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (normalized == null) {
            normalized = normalize(readAll(input));
        }
        if (position >= normalized.length()) {
            return -1;
        }
        int n = Math.min(len, normalized.length() - position);
        normalized.getChars(position, position + n, cbuf, off);
        position += n;
        return n;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) != -1) {
            all.append(buffer, 0, n);
        }
        return all.toString();
    }

    private String normalize(String s) {
        if (Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int cumulative = 0;
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            while (j < s.length() && continues(s.charAt(j))) {
                j++;
            }
            String segment = s.substring(i, j);
            String composed = Normalizer.normalize(segment, Normalizer.Form.NFC);
            out.append(composed);
            if (composed.length() != segment.length()) {
                cumulative += segment.length() - composed.length();
                addOffCorrectMap(out.length(), cumulative);
            }
            i = j;
        }
        return out.toString();
    }

    /** {@return whether this char combines with the one before it (jamo vowels/finals, marks)} */
    private static boolean continues(char c) {
        if ((c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF) || Character.isLowSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
