package dev.gleaner.ingest.html;

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
 * Measures extraction throughput over a corpus set (default {@code aeb}): pages/s on one thread and
 * on all cores, the slowest pages and the peak heap. Run with
 * {@code ./build.sh -q -pl ingest -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.gleaner.ingest.html.ExtractionBenchmark -Dexec.args="/work/shared/corpus aeb 5"}.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {}

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
        for (int i = 0; i < pages.size(); i++) {
            try {
                extractor.extract(pages.get(i), null, bases.get(i)); // warm-up
            } catch (dev.gleaner.ingest.IngestException e) {
                System.out.println("refused " + names.get(i) + ": " + e.getMessage());
            }
        }
        AtomicLong peakUsed = new AtomicLong();
        Thread sampler = Thread.ofPlatform().name("heap-sampler").daemon().start(() -> {
            Runtime rt = Runtime.getRuntime();
            while (true) {
                peakUsed.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long[] slowest = new long[pages.size()];
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
        double single = rounds * pages.size() / ((System.nanoTime() - start) / 1e9);
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
        System.out.printf(Locale.ROOT, "%s: %d pages x %d rounds%n", set, pages.size(), rounds);
        System.out.printf(Locale.ROOT, "single thread: %.1f pages/s%n", single);
        System.out.printf(Locale.ROOT, "%d threads: %.1f pages/s%n", threads, all);
        System.out.printf(
                Locale.ROOT,
                "peak heap used (sampled): %d MB of max %d MB%n",
                peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
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
