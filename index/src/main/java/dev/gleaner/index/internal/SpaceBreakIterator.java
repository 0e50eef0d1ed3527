package dev.gleaner.index.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Word boundaries for snippets where the text changes between space and non-space, plus a forced
 * boundary every {@link #LONGEST_RUN} characters in a run without spaces (Chinese or Japanese text,
 * a long URL). The snippets only need passages that do not cut a word; the JDK's word instance
 * applies the full Unicode rules to every character of the text, which was the largest part of the
 * time spent marking snippets.
 */
final class SpaceBreakIterator extends BreakIterator {
    /** A run without spaces is cut at this length so that a passage stays near its goal. */
    static final int LONGEST_RUN = 40;

    private CharacterIterator text = new StringCharacterIterator("");
    private CharSequence chars = "";
    private int begin;
    private int end;
    private int current;

    @Override
    public int first() {
        current = begin;
        return current;
    }

    @Override
    public int last() {
        current = end;
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        while (n > 0) {
            result = next();
            n--;
        }
        while (n < 0) {
            result = previous();
            n++;
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= end) {
            return DONE;
        }
        current = nextBoundary(current);
        return current;
    }

    @Override
    public int previous() {
        if (current <= begin) {
            return DONE;
        }
        current = previousBoundary(current);
        return current;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset >= end) {
            current = end;
            return DONE;
        }
        current = nextBoundary(offset);
        return current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= begin) {
            current = begin;
            return DONE;
        }
        current = previousBoundary(offset);
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        current = offset;
        return offset == begin || offset == end || changes(offset);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        begin = newText.getBeginIndex();
        end = newText.getEndIndex();
        current = begin;
        StringBuilder copy = new StringBuilder(end - begin);
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        chars = copy;
        newText.first();
    }

    @Override
    public void setText(String newText) {
        text = new StringCharacterIterator(newText);
        chars = newText;
        begin = 0;
        end = newText.length();
        current = 0;
    }

    /** {@return the first boundary after {@code offset}} */
    private int nextBoundary(int offset) {
        int i = offset + 1;
        int run = 1;
        while (i < end && !changes(i)) {
            if (++run > LONGEST_RUN && !Character.isWhitespace(charAt(i)) && !Character.isLowSurrogate(charAt(i))) {
                return i;
            }
            i++;
        }
        return Math.min(i, end);
    }

    /** {@return the last boundary before {@code offset}} */
    private int previousBoundary(int offset) {
        int i = offset - 1;
        int run = 1;
        while (i > begin && !changes(i)) {
            if (++run > LONGEST_RUN && !Character.isWhitespace(charAt(i)) && !Character.isLowSurrogate(charAt(i))) {
                return i;
            }
            i--;
        }
        return Math.max(i, begin);
    }

    /** {@return whether space ends or starts at {@code offset}, strictly inside the text} */
    private boolean changes(int offset) {
        return Character.isWhitespace(charAt(offset - 1)) != Character.isWhitespace(charAt(offset));
    }

    private char charAt(int offset) {
        return chars.charAt(offset - begin);
    }

    private void checkOffset(int offset) {
        if (offset < begin || offset > end) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text " + begin + ".." + end);
        }
    }

    @Override
    public Object clone() {
        SpaceBreakIterator copy = (SpaceBreakIterator) super.clone();
        copy.text = (CharacterIterator) text.clone();
        return copy;
    }
}
