package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: a child JVM with the index open commits an article to the library and dies (halt)
 * before the index commits it. The next start finds the article.
 */
class CrashCatchUpTest {
    @TempDir
    Path tmp;

    /** The child process: index one article, commit a second to the library, halt before the index commit. */
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        Library library = Library.open(root.resolve("library.db"));
        SearchIndex index = SearchIndex.open(root.resolve("index"), null);
        TestLibraries.add(library, "https://a.example/1", "스프링 배치 청크", "청크 지향 처리");
        index.catchUp(library);
        TestLibraries.add(library, "https://a.example/2", "메소스 클러스터 운영기", "메소스(mesos) 마라톤으로 배포");
        System.out.println("library committed");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }

    @Test
    void anArticleCommittedJustBeforeTheProcessDiedIsFoundOnTheNextStart() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashCatchUpTest.class.getName(),
                        tmp.toString()))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile())
                .start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child process did not finish");
        String log = Files.readString(tmp.resolve("child.log"));
        assertEquals(137, child.exitValue(), log);
        assertTrue(log.contains("library committed"), log);

        try (Library library = Library.open(tmp.resolve("library.db"));
                SearchIndex index = SearchIndex.open(tmp.resolve("index"), null)) {
            assertEquals(1, index.documentCount(), "only the first article reached an index commit");
            RepairResult result = index.catchUp(library);
            assertTrue(result instanceof RepairResult.CaughtUp, result.describe());
            assertEquals(1, index.search(SearchRequest.of("mesos", 5)).total());
            assertEquals(2, index.documentCount());
        }
    }
}
