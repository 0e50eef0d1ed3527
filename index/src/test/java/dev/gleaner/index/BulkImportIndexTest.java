package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index during a large import: it follows as the posts are stored, and a crash costs little. */
class BulkImportIndexTest {
    @TempDir
    Path tmp;

    @Test
    void aPostStoredAtTheStartOfAnImportWithoutPausesIsSearchableBeforeTheImportEnds() {
        try (Library library = Library.open(tmp.resolve("library.db"));
                SearchIndex index = SearchIndex.open(tmp.resolve("index"), null)) {
            index.catchUp(library);
            try (IndexFollower follower =
                    IndexFollower.start(library, () -> index, Duration.ofHours(1), Duration.ofMillis(100))) {
                TestLibraries.add(library, "https://a.example/first", "도커 이미지 줄이기", "멀티 스테이지 빌드");
                // One post after another with no pause, as an import stores them: the follower
                // must get its turn at the library between two of them.
                int stored = 0;
                while (index.search(SearchRequest.of("도커", 5)).total() == 0 && stored < 20_000) {
                    TestLibraries.add(library, "https://a.example/" + stored, "쿠버네티스 운영기 " + stored, "파드 " + stored);
                    stored++;
                }
                assertEquals(
                        1,
                        index.search(SearchRequest.of("도커", 5)).total(),
                        "the first post was not searchable after " + stored + " more were stored");
            }
        }
    }

    @Test
    void anArticleChangedWhileTheIndexIsRebuiltIsIndexedOnce() {
        try (Library library = Library.open(tmp.resolve("library.db"));
                SearchIndex index = SearchIndex.open(tmp.resolve("index"), null)) {
            for (int i = 0; i < 1200; i++) {
                TestLibraries.add(library, "https://a.example/" + i, "카프카 컨슈머 " + i, "컨슈머 랙 " + i + "번째 메모");
            }
            AtomicBoolean edited = new AtomicBoolean();
            index.rebuild(library, (done, total) -> {
                if (done > 0 && edited.compareAndSet(false, true)) {
                    // An import goes on meanwhile and changes an article the rebuild already added.
                    library.save(
                            ArticleDraft.of("https://a.example/0", null, "레디스 분산 락", "Redlock 알고리즘", "Redlock 알고리즘"),
                            null);
                }
            });
            assertTrue(edited.get());
            index.catchUp(library);
            assertEquals(1200, index.documentCount());
            assertEquals(1, index.search(SearchRequest.of("redlock", 5)).total());
            assertEquals(1199, index.search(SearchRequest.of("컨슈머", 5)).total());
        }
    }

    @Test
    void aLongRebuildCommitsAsItGoesSoThatACrashCostsLittle() {
        try (Library library = Library.open(tmp.resolve("library.db"));
                SearchIndex index = SearchIndex.open(tmp.resolve("index"), null)) {
            int posts = 21_000; // more than one commit's worth of changes
            for (int i = 0; i < posts; i++) {
                TestLibraries.add(library, "https://a.example/" + i, "카프카 " + i, "컨슈머 " + i);
            }
            // What a process that died now would find on disk: the sequence and the documents of
            // the last commit.
            AtomicLong committedSeq = new AtomicLong();
            AtomicLong committedDocs = new AtomicLong();
            index.rebuild(library, (done, total) -> {
                if (done == total) {
                    return;
                }
                try (var dir = FSDirectory.open(tmp.resolve("index"));
                        var reader = DirectoryReader.open(dir)) {
                    long seq = Long.parseLong(
                            SegmentInfos.readLatestCommit(dir).getUserData().getOrDefault("library.sequence", "0"));
                    if (seq > committedSeq.get()) {
                        committedSeq.set(seq);
                        committedDocs.set(reader.numDocs());
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(committedSeq.get() > 0, "nothing was committed before the rebuild ended");
            // Every change was one post: the commit holds exactly the posts up to its sequence.
            assertEquals(committedSeq.get(), committedDocs.get());
            assertEquals(posts, index.documentCount());
        }
    }

    /**
     * The child process: stores posts while its follower indexes them, waits until the index has
     * committed some, stores more and dies before the index commits those.
     */
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        Library library = Library.open(root.resolve("library.db"));
        SearchIndex index = SearchIndex.open(root.resolve("index"), null);
        index.catchUp(library);
        IndexFollower follower = IndexFollower.start(library, () -> index);
        for (int i = 0; i < 300; i++) {
            TestLibraries.add(library, "https://a.example/" + i, "스프링 배치 청크 " + i, "청크 지향 처리 " + i);
        }
        follower.awaitCaughtUp(); // a search in the middle of the import
        for (int i = 300; i < 900; i++) {
            TestLibraries.add(library, "https://a.example/" + i, "스프링 배치 청크 " + i, "청크 지향 처리 " + i);
        }
        System.out.println("library committed");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }

    @Test
    void aCrashInTheMiddleOfAnImportLeavesTheIndexCatchingUpFromItsLastCommit() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        BulkImportIndexTest.class.getName(),
                        tmp.toString()))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile())
                .start();
        assertTrue(child.waitFor(300, TimeUnit.SECONDS), "the child process did not finish");
        String log = Files.readString(tmp.resolve("child.log"));
        assertEquals(137, child.exitValue(), log);
        assertTrue(log.contains("library committed"), log);

        try (Library library = Library.open(tmp.resolve("library.db"));
                SearchIndex index = SearchIndex.open(tmp.resolve("index"), null)) {
            long committed = index.indexedSequence();
            assertTrue(committed >= 300, "the index had committed up to " + committed);
            // Every change was one new post: the last commit holds exactly the posts up to it.
            assertEquals(committed, index.documentCount());
            RepairResult result = index.catchUp(library);
            assertTrue(result instanceof RepairResult.CaughtUp c && c.fromSequence() == committed, result.describe());
            assertEquals(900, index.documentCount());
            assertEquals(900, index.search(SearchRequest.of("청크", 5)).total());
        }
    }
}
