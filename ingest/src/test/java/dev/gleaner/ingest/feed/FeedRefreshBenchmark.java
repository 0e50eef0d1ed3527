package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.library.Library;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refresh benchmark, off by default. Run it with
 * {@code ./build.sh -q -pl ingest -am test -Dtest=FeedRefreshBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgleaner.bench=true [-Dgleaner.bench.feeds=500]}. It serves N generated feeds of 20 entries from a
 * local server and prints feeds/s for a first refresh and an all-304 refresh, and the peak heap.
 * All feeds share one host here, so the per-host limit is raised to the global one.
 */
@EnabledIfSystemProperty(named = "gleaner.bench", matches = "true")
class FeedRefreshBenchmark {
    @TempDir
    Path dir;

    @Test
    void refreshManyFeeds() throws Exception {
        int n = Integer.getInteger("gleaner.bench.feeds", 500);
        Runtime rt = Runtime.getRuntime();
        AtomicLong peak = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (TestFeedServer server = new TestFeedServer();
                Library library = Library.open(dir.resolve("library.db"));
                HttpFetcher fetcher =
                        new HttpFetcher(FetchSettings.defaults("bench").withLimits(16, 16))) {
            for (int i = 0; i < n; i++) {
                server.feedWithEtag(
                        "/f" + i + ".xml",
                        "\"e" + i + "\"",
                        "application/rss+xml",
                        TestFeedServer.rss("Feed " + i, 20, "https://site" + i + ".example/"));
                library.feeds().subscribe(server.url("/f" + i + ".xml"), null, null);
            }
            FeedRefresher refresher =
                    new FeedRefresher(library.feeds(), fetcher, new FeedParser(), null, Clock.systemUTC());
            List<Feed> feeds = library.feeds().feeds();
            System.gc();
            peak.set(rt.totalMemory() - rt.freeMemory());

            java.time.Duration cpu0 = cpu();
            long t0 = System.nanoTime();
            List<RefreshReport> first = refresher.refreshAll(feeds, true, r -> {});
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            java.time.Duration firstCpu = cpu().minus(cpu0);
            long added = first.stream().mapToLong(RefreshReport::added).sum();

            feeds = library.feeds().feeds();
            java.time.Duration cpu1 = cpu();
            long t1 = System.nanoTime();
            List<RefreshReport> second = refresher.refreshAll(feeds, true, r -> {});
            double secondSeconds = (System.nanoTime() - t1) / 1e9;
            java.time.Duration secondCpu = cpu().minus(cpu1);
            long notModified = second.stream()
                    .filter(r -> r.status() == RefreshReport.Status.NOT_MODIFIED)
                    .count();

            System.out.printf("BENCH feeds=%d entries=%d%n", n, added);
            System.out.printf(
                    "BENCH first refresh: %.2f s = %.0f feeds/s (process CPU %.1f s; %d cores, load %.1f)%n",
                    firstSeconds,
                    n / firstSeconds,
                    firstCpu.toMillis() / 1000.0,
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            System.out.printf(
                    "BENCH all-304 refresh: %.2f s = %.0f feeds/s (%d not modified)%n",
                    secondSeconds, n / secondSeconds, notModified);
            System.out.printf("BENCH all-304 process CPU %.1f s%n", secondCpu.toMillis() / 1000.0);
            System.out.printf(
                    "BENCH peak heap used: %d MB (max heap %d MB)%n",
                    peak.get() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            assertEquals(n * 20L, added);
            assertEquals(n, notModified);
        } finally {
            sampler.interrupt();
        }
    }

    private static java.time.Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    /** The 1-minute load average from /proc, or -1 where there is none: the machine may be shared. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(
                    java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
