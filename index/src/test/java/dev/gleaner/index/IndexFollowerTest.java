package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the library by itself: debounced, coalesced, flushed on close. */
class IndexFollowerTest {
    /** Long enough that the follower only runs when it is asked to or closed. */
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path tmp;

    Library library;
    SearchIndex index;

    @BeforeEach
    void open() {
        library = Library.open(tmp.resolve("library.db"));
        index = SearchIndex.open(tmp.resolve("index"), null);
        index.catchUp(library);
    }

    @AfterEach
    void close() {
        index.close();
        library.close();
    }

    private long hits(String query) {
        return index.search(SearchRequest.of(query, 10)).total();
    }

    private long commits() throws IOException {
        try (var dir = FSDirectory.open(tmp.resolve("index"))) {
            return SegmentInfos.readLatestCommit(dir).getGeneration();
        }
    }

    /** Polls without asking anything to catch up; false when {@code timeout} passed first. */
    private static boolean eventually(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void aSavedArticleBecomesSearchableWithoutAnyoneAsking() throws InterruptedException {
        try (IndexFollower follower = IndexFollower.start(library, () -> index)) {
            TestLibraries.add(library, "https://a.example/1", "레디스 분산 락", "Redlock 알고리즘으로 분산 락을 구현했다");
            assertTrue(eventually(() -> hits("redlock") == 1, Duration.ofSeconds(10)), "never indexed");
            assertEquals(library.changeSequence(), index.indexedSequence());
        }
    }

    @Test
    void aBurstOfAThousandSavesIsIndexedInFewCommitsAndEndsCaughtUp() throws IOException {
        long commitsBefore = commits();
        long started = System.nanoTime();
        IndexFollower follower = IndexFollower.start(library, () -> index);
        for (int i = 0; i < 1000; i++) {
            TestLibraries.add(library, "https://a.example/" + i, "카프카 컨슈머 " + i, "컨슈머 랙 " + i + "번째 메모");
        }
        long burstMillis = (System.nanoTime() - started) / 1_000_000;
        follower.close();
        long commits = commits() - commitsBefore;
        System.out.printf(
                "IndexFollower: 1000 saves in %d ms -> %d catch-ups, %d index commits%n",
                burstMillis, follower.catchUps(), commits);
        assertEquals(library.changeSequence(), index.indexedSequence(), "caught up after close");
        assertEquals(1000, index.documentCount());
        assertEquals(1000, hits("컨슈머"));
        // One commit per save would be 1000; the follower commits once per catch-up (each at most
        // every second during a burst) plus one per 500 changes.
        assertTrue(commits <= 50, commits + " commits for 1000 saves");
    }

    @Test
    void aLongBurstIsSearchableWhileItGoesOn() throws InterruptedException {
        try (IndexFollower follower = IndexFollower.start(library, () -> index, NEVER, Duration.ofMillis(200))) {
            TestLibraries.add(library, "https://a.example/first", "도커 이미지 줄이기", "멀티 스테이지 빌드");
            // The library is never quiet for long: only the longest lag lets the index follow.
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int n = 0;
            while (hits("도커") == 0 && System.nanoTime() < end) {
                TestLibraries.add(library, "https://a.example/" + n, "쿠버네티스 운영기 " + n, "파드 " + n);
                n++;
                Thread.sleep(5);
            }
            assertEquals(1, hits("도커"), "the first article of a burst waited for the burst to end");
        }
    }

    @Test
    void aBulkWriteHoldsIndexingBackUntilItEndsButASearchStillFindsWhatIsStored() throws Exception {
        try (IndexFollower follower = IndexFollower.start(library, () -> index, Duration.ZERO, Duration.ZERO)) {
            AutoCloseable hold = follower.holdBack();
            TestLibraries.add(library, "https://a.example/1", "레디스 분산 락", "Redlock 알고리즘");
            TestLibraries.add(library, "https://a.example/2", "카프카 컨슈머", "컨슈머 랙");
            // Without the hold a catch-up would start at once (no quiet time, no lag).
            Thread.sleep(300);
            assertEquals(0, follower.catchUps(), "nothing indexed while the bulk write holds it back");
            assertEquals(0, hits("redlock"));

            // A search between two batches waits for the index, hold or not.
            follower.awaitCaughtUp();
            assertEquals(1, hits("redlock"));
            assertEquals(1, follower.catchUps());

            TestLibraries.add(library, "https://a.example/3", "도커 이미지 줄이기", "멀티 스테이지 빌드");
            Thread.sleep(300);
            assertEquals(0, hits("도커"), "still held");
            hold.close();
            assertTrue(eventually(() -> hits("도커") == 1, Duration.ofSeconds(10)), "indexed once the hold ends");
        }
    }

    @Test
    void aSearchRightAfterAWriteWaitsForItAndFindsIt() {
        try (IndexFollower follower = IndexFollower.start(library, () -> index, NEVER, NEVER)) {
            TestLibraries.add(library, "https://a.example/1", "레디스 분산 락", "Redlock 알고리즘");
            follower.awaitCaughtUp();
            assertEquals(1, hits("redlock"));
            long rounds = follower.catchUps();
            follower.awaitCaughtUp();
            assertEquals(rounds, follower.catchUps(), "a caught-up index does not catch up again");
        }
    }

    @Test
    void closingAppliesWhatIsStillPending() {
        IndexFollower follower = IndexFollower.start(library, () -> index, NEVER, NEVER);
        TestLibraries.add(library, "https://a.example/1", "레디스 분산 락", "Redlock 알고리즘");
        assertEquals(0, hits("redlock"));
        follower.close();
        assertEquals(1, hits("redlock"));
        assertEquals(library.changeSequence(), index.indexedSequence());
    }

    @Test
    void aSearchIsToldWhenTheIndexCannotCatchUp() {
        try (IndexFollower follower = IndexFollower.start(
                library,
                () -> {
                    throw new IndexException("Cannot update the search index: disk full.");
                },
                NEVER,
                NEVER)) {
            TestLibraries.add(library, "https://a.example/1", "레디스 분산 락", "Redlock 알고리즘");
            var e = assertThrows(IndexException.class, follower::awaitCaughtUp);
            assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        }
    }

    @Test
    void theNextSearchTriesAgainAfterACatchUpFailed() {
        java.util.concurrent.atomic.AtomicBoolean full = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (IndexFollower follower = IndexFollower.start(
                library,
                () -> {
                    if (full.get()) {
                        throw new IndexException("Cannot update the search index: disk full.");
                    }
                    return index;
                },
                NEVER,
                NEVER)) {
            TestLibraries.add(library, "https://a.example/1", "레디스 분산 락", "Redlock 알고리즘");
            assertThrows(IndexException.class, follower::awaitCaughtUp);
            full.set(false); // the user freed some space
            follower.awaitCaughtUp();
            assertEquals(1, hits("redlock"));
        }
    }
}
