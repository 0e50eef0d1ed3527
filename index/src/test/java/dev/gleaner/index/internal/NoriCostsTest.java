package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nori's connection costs kept decoded beside the index: the same matrix, so the same words. */
class NoriCostsTest {
    /** Sentences whose split into morphemes depends on the costs (compounds, particles, endings). */
    private static final List<String> SENTENCES = List.of(
            "카프카 컨슈머 그룹의 리밸런싱은 왜 발생할까?",
            "스프링 부트에서 테스트 코드를 작성하는 방법",
            "트랜잭션 격리 수준과 동시성 제어를 정리했습니다",
            "가비지컬렉션이일어나는시점을알아보자",
            "레디스로 분산 락을 구현하면서 겪은 문제들");

    @TempDir
    Path tmp;

    @Test
    void theKeptMatrixIsNorisOwnAndSplitsSentencesTheSameWay() throws IOException {
        assumeTrue(NoriCosts.settable(), "this runtime hands Nori its own costs only");
        Path cache = tmp.resolve(NoriCosts.FILE_NAME);
        ConnectionCosts own = ConnectionCosts.getInstance();

        assertSame(own, NoriCosts.load(cache), "the first start decodes Nori's copy");
        assertTrue(Files.isRegularFile(cache), "and keeps it for the next");
        ConnectionCosts kept = NoriCosts.read(cache);
        assertNotNull(kept);
        assertNotSame(own, kept);

        // Every cost (3,822 x 2,693).
        int[] sizes = NoriCosts.sizes();
        for (int b = 0; b < sizes[1]; b++) {
            for (int f = 0; f < sizes[0]; f++) {
                if (own.get(f, b) != kept.get(f, b)) {
                    throw new AssertionError("cost " + f + "," + b + ": " + own.get(f, b) + " vs " + kept.get(f, b));
                }
            }
        }
        for (String s : SENTENCES) {
            assertEquals(morphemes(own, s), morphemes(kept, s), s);
        }
    }

    @Test
    void aDamagedOrForeignFileIsIgnoredAndWrittenAgain() throws IOException {
        assumeTrue(NoriCosts.settable(), "this runtime hands Nori its own costs only");
        Path cache = tmp.resolve(NoriCosts.FILE_NAME);
        NoriCosts.load(cache);
        long size = Files.size(cache);

        try (FileChannel ch = FileChannel.open(cache, StandardOpenOption.WRITE)) {
            ch.truncate(size / 2); // cut short, as by a full disk
        }
        assertNull(NoriCosts.read(cache));
        NoriCosts.load(cache);
        assertEquals(size, Files.size(cache));
        assertNotNull(NoriCosts.read(cache));

        Files.writeString(cache, "not a matrix of Nori's");
        assertNull(NoriCosts.read(cache));
        NoriCosts.load(cache);
        assertNotNull(NoriCosts.read(cache));
    }

    @Test
    void aWrittenFileLeavesNothingBesideItAndARebuiltIndexKeepsIt() throws IOException {
        assumeTrue(NoriCosts.settable(), "this runtime hands Nori its own costs only");
        Path dir = tmp.resolve("index");
        Files.createDirectories(dir);
        Path cache = dir.resolve(NoriCosts.FILE_NAME);
        NoriCosts.load(cache);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(cache), files.toList(), "no temporary file is left");
        }
        byte[] kept = Files.readAllBytes(cache);

        // A damaged index is cleared and rebuilt: the decoded costs do not depend on it and stay.
        Files.writeString(dir.resolve("segments_1"), "not an index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir, GleanerAnalysis.load(null))) {
            assertNotNull(index.rebuildReason());
        }
        assertTrue(java.util.Arrays.equals(kept, Files.readAllBytes(cache)));
    }

    @Test
    void withoutAFolderNorisOwnCopyIsUsed() {
        assertSame(ConnectionCosts.getInstance(), NoriCosts.load(null));
        assertSame(
                ConnectionCosts.getInstance(),
                NoriCosts.load(tmp.resolve("gone").resolve(NoriCosts.FILE_NAME)));
    }

    private static List<String> morphemes(ConnectionCosts costs, String text) {
        List<String> out = new ArrayList<>();
        try (KoreanTokenizer t = new KoreanTokenizer(
                AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                TokenInfoDictionary.getInstance(),
                UnknownDictionary.getInstance(),
                costs,
                null,
                KoreanTokenizer.DecompoundMode.DISCARD,
                false,
                true)) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            t.setReader(new StringReader(text));
            t.reset();
            while (t.incrementToken()) {
                out.add(term.toString());
            }
            t.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
