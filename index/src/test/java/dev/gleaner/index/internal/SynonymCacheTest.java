package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synonym map kept between starts: queries expand exactly as when the rules are parsed anew. */
class SynonymCacheTest {
    /** Queries through the shipped rules (Hangul and English, one and several words) and the user's. */
    private static final List<String> QUERIES =
            List.of("레디스 클러스터", "redis sentinel", "메시지 큐", "카프카 컨슈머", "쿠버네티스 파드", "재고 관리", "inventory", "그냥 문장입니다");

    @TempDir
    Path tmp;

    private static String expanded(GleanerAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        for (String q : QUERIES) {
            out.append(q)
                    .append(" -> ")
                    .append(GleanerAnalysisTest.tokens(analysis.queryAnalyzer(), q))
                    .append('\n');
        }
        return out.toString();
    }

    @Test
    void aSecondStartReadsTheKeptMapAndExpandsQueriesAsTheFirst() throws IOException {
        Path user = tmp.resolve("synonyms.txt");
        Files.writeString(user, "재고, appletree\n");
        Path cache = tmp.resolve(SynonymCache.FILE_NAME);
        String parsed = expanded(GleanerAnalysis.load(user));

        GleanerAnalysis first = GleanerAnalysis.load(user, cache);
        assertTrue(Files.isRegularFile(cache), "the map is kept after the first start");
        byte[] kept = Files.readAllBytes(cache);
        GleanerAnalysis second = GleanerAnalysis.load(user, cache);

        assertEquals(parsed, expanded(first));
        assertEquals(parsed, expanded(second));
        assertTrue(expanded(second).contains("appletre"), expanded(second));
        assertEquals(first.synonymRules(), second.synonymRules());
        assertArrayEquals(kept, Files.readAllBytes(cache), "a map read back is not written again");
    }

    @Test
    void anEditedUserFileTakesEffectAtTheNextStart() throws IOException {
        Path user = tmp.resolve("synonyms.txt");
        Path cache = tmp.resolve(SynonymCache.FILE_NAME);
        GleanerAnalysis before = GleanerAnalysis.load(user, cache); // no file of the user's yet
        assertFalse(expanded(before).contains("appletre"));

        Files.writeString(user, "재고, appletree\n");
        GleanerAnalysis after = GleanerAnalysis.load(user, cache);

        assertEquals(expanded(GleanerAnalysis.load(user)), expanded(after));
        assertTrue(expanded(after).contains("appletre"), expanded(after));
        assertEquals(before.synonymRules() + 1, after.synonymRules());

        Files.delete(user);
        assertEquals(expanded(before), expanded(GleanerAnalysis.load(user, cache)));
    }

    @Test
    void theSkippedLinesOfTheUsersFileAreStillReportedFromTheKeptMap() throws IOException {
        Path user = tmp.resolve("synonyms.txt");
        Files.writeString(user, "재고, appletree\n을, 를\n");
        Path cache = tmp.resolve(SynonymCache.FILE_NAME);
        List<String> parsed = GleanerAnalysis.load(user).warnings();
        assertFalse(parsed.isEmpty(), "the broken rule is reported");

        GleanerAnalysis.load(user, cache);
        assertEquals(parsed, GleanerAnalysis.load(user, cache).warnings());
    }

    @Test
    void aDamagedMapIsIgnoredAndWrittenAgain() throws IOException {
        Path cache = tmp.resolve(SynonymCache.FILE_NAME);
        String parsed = expanded(GleanerAnalysis.load(null));
        GleanerAnalysis.load(null, cache);
        byte[] good = Files.readAllBytes(cache);
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        Files.write(cache, cut);

        assertEquals(parsed, expanded(GleanerAnalysis.load(null, cache)));
        assertArrayEquals(good, Files.readAllBytes(cache), "the damaged file is replaced");

        Files.writeString(cache, "not a synonym map", StandardCharsets.UTF_8);
        assertEquals(parsed, expanded(GleanerAnalysis.load(null, cache)));
        assertArrayEquals(good, Files.readAllBytes(cache));
    }

    @Test
    void aUserFileThatIsNotUtf8IsRefusedAsBefore() throws IOException {
        Path user = tmp.resolve("synonyms.txt");
        Files.write(user, new byte[] {(byte) 0xC0, (byte) 0xE7, (byte) 0xB0, (byte) 0xED, ',', ' ', 'x', '\n'});
        Path cache = tmp.resolve(SynonymCache.FILE_NAME);
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.gleaner.index.IndexException.class, () -> GleanerAnalysis.load(user, cache));
        assertTrue(e.getMessage().contains(user.toString()), e.getMessage());
        assertNotEquals(null, e.getMessage());
    }
}
