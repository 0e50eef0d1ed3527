package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the library's change sequence, survives crashes and rebuilds itself. */
class IndexSyncTest {
    @TempDir
    Path tmp;

    private long hitsFor(SearchIndex index, String query) {
        return index.search(SearchRequest.of(query, 10)).total();
    }

    @Test
    void anArticleCommittedToTheLibraryButNotTheIndexIsFoundAfterRestart() {
        Path indexDir = tmp.resolve("index");
        try (Library library = Library.open(tmp.resolve("library.db"))) {
            try (SearchIndex index = SearchIndex.open(indexDir, null)) {
                TestLibraries.add(library, "https://a.example/1", "카프카 컨슈머 튜닝", "컨슈머 랙을 줄이는 방법");
                index.catchUp(library);
                // The app crashes here: the library commits, the index never hears of it.
                TestLibraries.add(library, "https://a.example/2", "레디스 분산 락", "Redlock 알고리즘으로 분산 락을 구현했다");
            }
            try (SearchIndex reopened = SearchIndex.open(indexDir, null)) {
                assertEquals(0, hitsFor(reopened, "redlock"));
                RepairResult result = reopened.catchUp(library);
                assertInstanceOf(RepairResult.CaughtUp.class, result, result.describe());
                assertEquals(1, hitsFor(reopened, "redis"));
                assertEquals(library.changeSequence(), reopened.indexedSequence());
                assertInstanceOf(RepairResult.UpToDate.class, reopened.catchUp(library));
            }
        }
    }

    @Test
    void updatesAndDeletionsReachTheIndex() {
        try (Library library = Library.open(tmp.resolve("library.db"));
                SearchIndex index = SearchIndex.open(tmp.resolve("index"), null)) {
            long keep = TestLibraries.add(library, "https://a.example/k", "쿠버네티스 운영기", "파드가 재시작된다");
            long gone = TestLibraries.add(library, "https://a.example/g", "도커 이미지 줄이기", "멀티 스테이지 빌드");
            index.catchUp(library);
            assertEquals(Set.of(keep, gone), index.indexedIds());
            library.delete(gone);
            library.setStarred(keep, true);
            RepairResult r = index.catchUp(library);
            assertEquals(1, ((RepairResult.CaughtUp) r).deleted());
            assertEquals(Set.of(keep), index.indexedIds());
            assertEquals(0, hitsFor(index, "docker"));
            assertEquals(1, hitsFor(index, "is:starred"));
            assertTrue(
                    index.check(library).healthy(),
                    index.check(library).problems().toString());
        }
    }

    @Test
    void aMissingIndexIsRebuiltWithProgress() {
        try (Library library = Library.open(tmp.resolve("library.db"))) {
            for (int i = 0; i < 1200; i++) {
                TestLibraries.add(library, "https://a.example/" + i, "글 " + i + " 엘라스틱서치", "본문 " + i);
            }
            try (SearchIndex index = SearchIndex.open(tmp.resolve("index"), null)) {
                assertNotNull(index.rebuildReason());
                List<int[]> progress = new ArrayList<>();
                RepairResult r = index.rebuild(library, (done, total) -> progress.add(new int[] {done, total}));
                assertEquals(1200, ((RepairResult.Rebuilt) r).articles());
                assertTrue(progress.size() >= 3, "progress reported per batch");
                assertEquals(1200, progress.getLast()[0]);
                assertEquals(1200, progress.getLast()[1]);
                assertEquals(1200, index.documentCount());
                assertEquals(1200, hitsFor(index, "elasticsearch"));
            }
        }
    }

    @Test
    void aCorruptIndexIsRebuiltFromTheLibrary() throws IOException {
        Path indexDir = tmp.resolve("index");
        try (Library library = Library.open(tmp.resolve("library.db"))) {
            TestLibraries.add(library, "https://a.example/1", "스프링 배치 입문", "청크 지향 처리");
            try (SearchIndex index = SearchIndex.open(indexDir, null)) {
                index.catchUp(library);
            }
            try (Stream<Path> files = Files.list(indexDir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_"))
                        .toList()) {
                    Files.write(f, new byte[] {1, 2, 3, 4, 5});
                }
            }
            try (SearchIndex index = SearchIndex.open(indexDir, null)) {
                assertTrue(index.rebuildReason().contains("damaged"), index.rebuildReason());
                RepairResult r = index.catchUp(library);
                assertInstanceOf(RepairResult.Rebuilt.class, r);
                assertEquals(1, hitsFor(index, "spring batch"));
            }
        }
    }

    @Test
    void aDamagedOlderCommitBesideTheLatestIsRebuiltFromTheLibrary() throws IOException {
        // A crash or a copy can leave an older commit point behind; its bytes are garbage. The index
        // must still open (rebuilding from the library), never refuse every command.
        Path indexDir = tmp.resolve("index");
        try (Library library = Library.open(tmp.resolve("library.db"))) {
            TestLibraries.add(library, "https://a.example/1", "스프링 배치 입문", "청크 지향 처리");
            try (SearchIndex index = SearchIndex.open(indexDir, null)) {
                index.catchUp(library);
            }
            Files.write(indexDir.resolve("segments_1"), new byte[] {0x3f, (byte) 0xd7, 0x6c, 0x17, 9, 9, 9});
            try (SearchIndex index = SearchIndex.open(indexDir, null)) {
                index.catchUp(library);
                assertEquals(1, hitsFor(index, "spring batch"));
                assertTrue(index.check(library).healthy());
            }
        }
    }

    @Test
    void repairRebuildsWhenTheIdsDisagree() {
        Path indexDir = tmp.resolve("index");
        try (Library library = Library.open(tmp.resolve("library.db"));
                SearchIndex index = SearchIndex.open(indexDir, null)) {
            TestLibraries.add(library, "https://a.example/1", "하둡 클러스터", "맵리듀스");
            index.catchUp(library);
            assertTrue(index.check(library).healthy());
            assertInstanceOf(RepairResult.UpToDate.class, index.repair(library));
        }
    }
}
