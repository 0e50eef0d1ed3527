package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The snippets' passages are scored to the bit as Lucene's scorer scores them, so the passage a
 * snippet shows is the same: passages with one word, a word matched many times, many distinct
 * words (more than the scorer first makes room for), words that differ only in their bytes' source
 * array, the first match of a word giving its frequency in the article, and one scorer reused across passages as the highlighter reuses it.
 */
class SnippetPassageScorerTest {
    private static final String[] WORDS = {
        "redis", "레디스", "kafka", "카프카", "consum", "컨슈머", "group", "그룹", "rebal", "리밸런싱", "spring", "스프링", "boot", "부트"
    };

    @Test
    void scoresEveryPassageAsLucene() {
        PassageScorer lucene = new PassageScorer();
        SnippetPassageScorer ours = new SnippetPassageScorer();
        Random random = new Random(14);
        for (int n = 0; n < 5_000; n++) {
            Passage passage = new Passage();
            int start = random.nextInt(50_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 100 + random.nextInt(300));
            int distinct = 1 + random.nextInt(n % 3 == 0 ? WORDS.length : 3);
            int matches = random.nextInt(n % 5 == 0 ? 60 : 6);
            for (int m = 0; m < matches; m++) {
                String word = WORDS[random.nextInt(distinct)];
                // A new array for each match: terms are equal by their bytes, not by identity.
                BytesRef term = new BytesRef(word);
                passage.addMatch(start + m, start + m + 1, term, 1 + random.nextInt(30));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(50_000);
            assertEquals(
                    Float.floatToIntBits(lucene.score(passage, contentLength)),
                    Float.floatToIntBits(ours.score(passage, contentLength)),
                    () -> "passage " + passage);
        }
    }
}
