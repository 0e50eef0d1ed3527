package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import org.junit.jupiter.api.Test;

class SpaceBreakIteratorTest {

    @Test
    void boundariesFallWhereSpaceStartsAndEnds() {
        BreakIterator it = new SpaceBreakIterator();
        it.setText("카프카 컨슈머  그룹");
        assertEquals(0, it.first());
        assertEquals(3, it.next());
        assertEquals(4, it.next());
        assertEquals(7, it.next());
        assertEquals(9, it.next());
        assertEquals(11, it.next());
        assertEquals(BreakIterator.DONE, it.next());
        assertEquals(4, it.following(3));
        assertEquals(7, it.following(5));
        assertEquals(4, it.preceding(6));
        assertEquals(0, it.preceding(2));
        assertEquals(BreakIterator.DONE, it.following(11));
        assertEquals(BreakIterator.DONE, it.preceding(0));
    }

    @Test
    void aLongRunWithoutSpaceIsCutSoThatAPassageStaysNearItsGoal() {
        BreakIterator it = new SpaceBreakIterator();
        String text = "日本語".repeat(50);
        it.setText(text);
        int next = it.following(10);
        assertTrue(next > 10 && next <= 10 + SpaceBreakIterator.LONGEST_RUN, "boundary at " + next);
        int before = it.preceding(100);
        assertTrue(before < 100 && before >= 100 - SpaceBreakIterator.LONGEST_RUN, "boundary at " + before);
    }

    @Test
    void aRunIsNeverCutBetweenTheTwoHalvesOfACharacter() {
        BreakIterator it = new SpaceBreakIterator();
        String text = "😀".repeat(60);
        it.setText(text);
        for (int at = 0; at < text.length(); at++) {
            int b = it.following(at);
            assertTrue(
                    b == BreakIterator.DONE
                            || !Character.isLowSurrogate(text.charAt(Math.min(b, text.length() - 1)))
                            || b == text.length(),
                    "cut at " + b);
        }
    }

    @Test
    void aCharacterIteratorOverPartOfATextKeepsItsOffsets() {
        BreakIterator it = new SpaceBreakIterator();
        it.setText(new StringCharacterIterator("xx 레디스 캐시 yy", 3, 10, 3));
        assertEquals(3, it.first());
        assertEquals(6, it.next());
        assertEquals(7, it.next());
        assertEquals(10, it.last());
    }
}
