package dev.gleaner.ingest.html;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures extraction throughput over a corpus set (default {@code aeb}): pages/s on one thread (by
 * wall clock and per CPU second, which a busy machine disturbs less) and on all cores, the bytes
 * allocated per page, the heap (baseline after a GC, sampled peak, old-generation peak; run with a
 * small {@code -Xmx} to bound it) and the slowest pages. Run with
 * {@code ./build.sh -q -pl ingest -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.gleaner.ingest.html.ExtractionBenchmark -Dexec.args="/work/shared/corpus aeb 5"}.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {}

    /** {@return a HotSpot extension figure of {@code bean}, read reflectively since the module does not read jdk.management} */
    private static long hotspot(Object bean, String type, String method) {
        try {
            return (long) Class.forName(type).getMethod(method).invoke(bean);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this JVM does not report " + method, e);
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** {@return the CPU time so far of the extractor's worker threads, in nanoseconds} */
    private static long extractingCpu(java.lang.management.ThreadMXBean threads) {
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null
                    && info.getThreadName().startsWith("extract-")
                    && !info.getThreadName().startsWith("extract-bench")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    /** Runs the benchmark: args are the corpus folder, the set name and the number of rounds. */
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : System.getProperty("gleaner.corpus", "../shared/corpus"));
        String set = args.length > 1 ? args[1] : "aeb";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path extraction = corpus.resolve("extraction");
        List<byte[]> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        if (set.equals("html-fuzz")) {
            try (var files = Files.list(corpus.resolve(set))) {
                for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("LICENSE"))
                        .sorted()
                        .toList()) {
                    pages.add(ExtractionCorpusGateTest.read(f));
                    names.add(f.getFileName().toString());
                    bases.add("https://fuzz.example/");
                }
            }
        }
        for (String line : set.equals("html-fuzz")
                ? List.<String>of()
                : Files.readAllLines(extraction.resolve("truth/" + set + ".tsv"))) {
            String[] cols = line.split("\t");
            pages.add(ExtractionCorpusGateTest.read(extraction.resolve(cols[1])));
            names.add(cols[0]);
            bases.add(cols[2]);
        }
        ArticleExtractor extractor = new ArticleExtractor(ArticleExtractor.DEFAULT_MAX_CHARS, 60_000);
        // Warm up until the JIT compilers have settled (a pass adds under 100 ms of compilation), at most 15 passes.
        var jitBean = ManagementFactory.getCompilationMXBean();
        for (int warm = 0, jitLast = -1; warm < 15; warm++) {
            long jitNow = jitBean.getTotalCompilationTime();
            if (warm >= 2 && jitNow - jitLast < 100) {
                break;
            }
            jitLast = (int) jitNow;
            for (int i = 0; i < pages.size(); i++) {
                try {
                    extractor.extract(pages.get(i), null, bases.get(i)); // warm-up
                } catch (dev.gleaner.ingest.IngestException e) {
                    if (warm == 0) {
                        System.out.println("refused " + names.get(i) + ": " + e.getMessage());
                    }
                }
            }
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        var threadsBean = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double loadBefore = os.getSystemLoadAverage();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong peakUsed = new AtomicLong();
        Thread sampler = Thread.ofPlatform().name("heap-sampler").daemon().start(() -> {
            while (true) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long[] slowest = new long[pages.size()];
        long allocatedBefore = hotspot(threadsBean, "com.sun.management.ThreadMXBean", "getTotalThreadAllocatedBytes");
        long extractCpuBefore = extractingCpu(threadsBean);
        long gcBefore = gcMillis();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long cpuBefore = hotspot(os, "com.sun.management.OperatingSystemMXBean", "getProcessCpuTime");
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                long t = System.nanoTime();
                try {
                    extractor.extract(pages.get(i), null, bases.get(i));
                } catch (dev.gleaner.ingest.IngestException e) {
                    // counted as done: a refusal is an outcome
                }
                slowest[i] = Math.max(slowest[i], System.nanoTime() - t);
            }
        }
        int done = rounds * pages.size();
        double single = done / ((System.nanoTime() - start) / 1e9);
        double singleCpu = done
                / ((hotspot(os, "com.sun.management.OperatingSystemMXBean", "getProcessCpuTime") - cpuBefore) / 1e9);
        double extractCpu = done / ((extractingCpu(threadsBean) - extractCpuBefore) / 1e9);
        long gc = gcMillis() - gcBefore;
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        long allocated = hotspot(threadsBean, "com.sun.management.ThreadMXBean", "getTotalThreadAllocatedBytes")
                - allocatedBefore;
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("extract-bench-", 0).factory());
        start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    try {
                        extractor.extract(pages.get(index), null, bases.get(index));
                    } catch (dev.gleaner.ingest.IngestException e) {
                        // counted as done: a refusal is an outcome
                    }
                    counter.incrementAndGet();
                }));
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double all = counter.get() / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        sampler.interrupt();
        long peak = peakUsed.get();
        long oldPeak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = p.getName().toLowerCase(Locale.ROOT);
            if (p.getType() == MemoryType.HEAP && (name.contains("old") || name.contains("tenured"))) {
                oldPeak += p.getPeakUsage().getUsed();
            }
        }
        long mb = 1024 * 1024;
        System.out.printf(Locale.ROOT, "%s: %d pages x %d rounds%n", set, pages.size(), rounds);
        System.out.printf(
                Locale.ROOT,
                "load average %.2f before, %.2f after (%d cores)%n",
                loadBefore,
                os.getSystemLoadAverage(),
                threads);
        System.out.printf(
                Locale.ROOT,
                "single thread: %.1f pages/s wall; per CPU second: %.1f pages of the extracting thread,"
                        + " %.1f of the whole JVM (GC and JIT included)%n",
                single,
                extractCpu,
                singleCpu);
        System.out.printf(Locale.ROOT, "  during it: GC %d ms, JIT compilation %d ms%n", gc, jit);
        System.out.printf(Locale.ROOT, "%d threads: %.1f pages/s wall%n", threads, all);
        System.out.printf(Locale.ROOT, "allocated: %.1f MB per page%n", allocated / (double) done / mb);
        System.out.printf(
                Locale.ROOT,
                "heap: baseline %d MB after GC (pages loaded), peak used %d MB sampled every 2 ms,"
                        + " old generation peak %d MB; max %d MB%n",
                baseline / mb,
                peak / mb,
                oldPeak / mb,
                Runtime.getRuntime().maxMemory() / mb);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(slowest[b], slowest[a]));
        for (int i = 0; i < Math.min(5, order.size()); i++) {
            int k = order.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "slowest: %.1f ms %s (%d KB)%n",
                    slowest[k] / 1e6,
                    names.get(k),
                    pages.get(k).length / 1024);
        }
    }
}
