package dev.gleaner.app.ui;

import dev.gleaner.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Builds the workspace the start-up benchmark opens: {@code gleaner.bench.articles} articles
 * (default 10,000) in {@code gleaner.bench.workspace}. Runs only when that property is set; see
 * {@code app/bench-startup.sh}.
 */
class StartupBenchmarkLibrary {
    @Test
    void buildTheBenchmarkWorkspace() {
        String where = System.getProperty("gleaner.bench.workspace");
        Assumptions.assumeTrue(
                where != null, "set -Dgleaner.bench.workspace=DIR to build the start-up benchmark workspace");
        int n = Integer.getInteger("gleaner.bench.articles", 10_000);
        Path dir = Path.of(where);
        try (Workspace ws = Workspace.open(dir)) {
            int have = ws.library().count(dev.gleaner.core.model.ArticleQuery.all(1));
            long t0 = System.nanoTime();
            for (int i = have + 1; i <= n; i++) {
                ws.library().save(TestLibraries.web(i), null);
            }
            System.out.printf(
                    "benchmark workspace %s: %d articles (%d added in %d ms)%n",
                    dir, Math.max(have, n), Math.max(0, n - have), (System.nanoTime() - t0) / 1_000_000);
        }
        Assumptions.assumeTrue(Files.exists(dir), "workspace was not created");
    }
}
