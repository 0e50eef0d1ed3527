package dev.gleaner.index.internal;

import dev.gleaner.index.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The parts of {@code bench/scale.sh} that run in Java (not part of the tests):
 *
 * <ul>
 *   <li>{@code corpus KBLOGS DIR N}: writes N Markdown posts (front matter: title, date, tags) into
 *       DIR, 1,000 per folder, replicating the kblogs posts with their paragraphs shuffled and one
 *       paragraph of another post mixed in, so that no two are equal;
 *   <li>{@code bare DIR INDEX}: indexes the bodies of those files with a bare Lucene IndexWriter and
 *       the plain KoreanAnalyzer (2 threads, 256 MB buffer, body not stored) as a reference;
 *   <li>{@code warm WORKSPACE}: warm search latency over a workspace Gleaner wrote (complete searches: 10
 *       hits, snippets and facets; search-as-you-type; facets apart), each search twice: first as a
 *       user's first search of its text (what earlier searches kept, parsed queries, weights and
 *       Lucene's query cache, forgotten before it; lines "first"), then repeated at once (lines
 *       "warm", what a complete search after typing the same text costs).
 *   <li>{@code dump WORKSPACE FILE}: writes the results of 70 queries (the warm ones, the judged
 *       set's and some with quotes, exclusions, OR, fields and dates) into FILE, each as a complete
 *       search, as you type, by date and facets apart: ids, score bits, totals, facets and snippets,
 *       so that two builds' files can be compared byte for byte;
 *   <li>{@code repeat WORKSPACE N QUERY...}: N complete searches of each query in turn, after a warm-up,
 *       to profile them.
 * </ul>
 */
public final class ScaleBench {
    private ScaleBench() {}

    /** Runs one part; see the class comment. */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "corpus" -> corpus(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "bare" -> bare(Path.of(args[1]), Path.of(args[2]));
            case "warm" -> warm(Path.of(args[1]));
            case "dump" -> dump(Path.of(args[1]), Path.of(args[2]));
            case "repeat" ->
                repeat(
                        Path.of(args[1]),
                        Integer.parseInt(args[2]),
                        List.of(args).subList(3, args.length));
            default -> throw new IllegalArgumentException("corpus, bare, warm or dump: " + args[0]);
        }
    }

    private static final List<String> TAGS = List.of(
            "redis",
            "kafka",
            "spring",
            "java",
            "jpa",
            "docker",
            "kubernetes",
            "database",
            "network",
            "test",
            "architecture",
            "algorithm",
            "회고",
            "독서",
            "동시성",
            "보안");

    static void corpus(Path kblogs, Path out, int docs) throws IOException {
        List<String[]> posts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(kblogs)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String s = Files.readString(f);
                String title = f.getParent().getFileName().toString();
                var m = java.util.regex.Pattern.compile("(?m)^title:\\s*[\"']?(.*?)[\"']?\\s*$")
                        .matcher(s);
                if (m.find()) {
                    title = m.group(1);
                }
                int end = s.startsWith("---") ? s.indexOf("\n---", 3) : -1;
                posts.add(new String[] {title, (end > 0 ? s.substring(end + 4) : s).strip()});
            }
        }
        Random r = new Random(42);
        long bytes = 0;
        for (int i = 0; i < docs; i++) {
            String[] p = posts.get(i % posts.size());
            List<String> paragraphs = new ArrayList<>(Arrays.asList(p[1].split("\n\n")));
            if (i >= posts.size()) {
                Collections.shuffle(paragraphs, r);
                String[] other = posts.get(r.nextInt(posts.size()));
                String[] otherParas = other[1].split("\n\n");
                paragraphs.add(otherParas[r.nextInt(otherParas.length)]);
            }
            String title = p[0] + (i >= posts.size() ? " (" + (i / posts.size()) + ")" : "");
            String date = "%04d-%02d-%02d".formatted(2015 + r.nextInt(11), 1 + r.nextInt(12), 1 + r.nextInt(28));
            String tags = TAGS.get(r.nextInt(TAGS.size())) + ", " + TAGS.get(r.nextInt(TAGS.size()));
            String text = "---\ntitle: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\ndate: " + date
                    + "\ntags: [" + tags + "]\n---\n\n" + String.join("\n\n", paragraphs) + "\n";
            Path file = out.resolve("%03d/post-%06d.md".formatted(i / 1000, i));
            Files.createDirectories(file.getParent());
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, b);
            bytes += b.length;
        }
        System.out.printf(
                "%d posts from %d kblogs posts, %.1f MB of Markdown in %s%n", docs, posts.size(), bytes / 1e6, out);
    }

    static void bare(Path corpus, Path indexDir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        long t0 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        try (var d = FSDirectory.open(indexDir);
                var w = new IndexWriter(d, new IndexWriterConfig(new KoreanAnalyzer()).setRAMBufferSizeMB(256))) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        try {
                            String s = Files.readString(files.get(i));
                            int end = s.indexOf("\n---", 3);
                            Document doc = new Document();
                            doc.add(new TextField("body", s.substring(end + 4), Field.Store.NO));
                            w.addDocument(doc);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            w.commit();
        }
        System.out.printf("bare: %d docs in %.1f s%n", files.size(), (System.nanoTime() - t0) / 1e9);
    }

    private static final List<String> WARM_QUERIES = List.of(
            "레디스",
            "카프카 컨슈머",
            "스프링 부트 테스트 코드 작성",
            "트랜잭션 격리 수준",
            "redis",
            "spring boot",
            "kafka consumer group rebalance",
            "Redis 분산 락 구현",
            "JVM 메모리",
            "Docker로",
            "쿠버네티스",
            "가비지 컬렉션");

    static void warm(Path workspace) {
        List<String> queries = WARM_QUERIES;
        try (var library = dev.gleaner.core.library.Library.open(workspace.resolve("library.db"));
                LuceneSearchIndex index =
                        LuceneSearchIndex.open(workspace.resolve("index"), GleanerAnalysis.load(null))) {
            index.catchUp(library);
            // Warm-up: 5 rounds of complete searches, as in the earlier rounds' figures.
            // -Dbench.warmup=all warms on every kind of search measured (complete after the parsed
            // query is forgotten, as you type, facets apart), -Dbench.warmupRounds=N for N rounds:
            // on two cores the optimising compiler goes on compiling the search paths long after
            // five rounds, taking a core from the searches and replacing code under them (the
            // threads' CPU printed below shows how much).
            boolean warmAll = "all".equals(System.getProperty("bench.warmup"));
            int warmRounds = Integer.getInteger("bench.warmupRounds", 5);
            long warmStart = System.nanoTime();
            for (int round = 0; round < warmRounds; round++) {
                for (String q : queries) {
                    index.search(SearchRequest.of(q, 10));
                    if (warmAll) {
                        index.forgetRecentQueries();
                        index.search(SearchRequest.of(q, 10));
                        index.search(SearchRequest.typing(q, 20, 20));
                        index.facets(q, () -> false);
                    }
                }
            }
            System.out.printf(
                    "warm-up: %d rounds (%s) in %.1f s%n",
                    warmRounds, warmAll ? "every kind" : "complete searches", (System.nanoTime() - warmStart) / 1e9);
            String[] names = {"complete: 10 hits, snippets, facets", "as you type: 20 hits, 20 snippets", "facets apart"
            };
            // Repeated searches (the text searched just before) and first-time ones, by kind.
            List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<List<Long>> firstTimes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            // The thread's CPU time too: on a shared machine the wall time mostly measures the others.
            List<List<Long>> cpu = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<List<Long>> firstCpu = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            // The bytes each search allocates (a repeated complete search's, per query) and the
            // collector's pauses meanwhile: what makes the slowest searches of a query slower.
            var allocating = (com.sun.management.ThreadMXBean) threads;
            List<List<Long>> allocated = new ArrayList<>();
            queries.forEach(q -> allocated.add(new ArrayList<>()));
            var collectors = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
            long gcCount =
                    collectors.stream().mapToLong(g -> g.getCollectionCount()).sum();
            long gcMillis =
                    collectors.stream().mapToLong(g -> g.getCollectionTime()).sum();
            // The other threads' CPU time meanwhile: the compiler's and the collector's.
            var process = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long processStart = process.getProcessCpuTime();
            java.util.Map<String, Long> threadTicks = threadTicks();
            long threadStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int round = 0; round < 20; round++) {
                for (String q : queries) {
                    for (int kind = 0; kind < 3; kind++) {
                        for (int repeated = 0; repeated < 2; repeated++) {
                            if (repeated == 0) {
                                index.forgetRecentQueries();
                                if (org.apache.lucene.search.IndexSearcher.getDefaultQueryCache()
                                        instanceof org.apache.lucene.search.LRUQueryCache cache) {
                                    cache.clear();
                                }
                            }
                            long a = allocating.getCurrentThreadAllocatedBytes();
                            long c = threads.getCurrentThreadCpuTime();
                            long s = System.nanoTime();
                            switch (kind) {
                                case 0 -> index.search(SearchRequest.of(q, 10));
                                case 1 -> index.search(SearchRequest.typing(q, 20, 20));
                                default -> index.facets(q, () -> false);
                            }
                            (repeated == 1 ? times : firstTimes).get(kind).add(System.nanoTime() - s);
                            (repeated == 1 ? cpu : firstCpu).get(kind).add(threads.getCurrentThreadCpuTime() - c);
                            if (kind == 0 && repeated == 1) {
                                allocated.get(queries.indexOf(q)).add(allocating.getCurrentThreadAllocatedBytes() - a);
                            }
                        }
                    }
                }
            }
            long wall = System.nanoTime() - wallStart;
            System.out.printf(
                    "collector: %s, heap max %d MB; %d collections, %d ms in %.1f s of searches;"
                            + " other threads' CPU (compiler, collector) %d ms meanwhile%n",
                    collectors.stream().map(g -> g.getName()).toList(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    collectors.stream().mapToLong(g -> g.getCollectionCount()).sum() - gcCount,
                    collectors.stream().mapToLong(g -> g.getCollectionTime()).sum() - gcMillis,
                    wall / 1e9,
                    (process.getProcessCpuTime() - processStart - (threads.getCurrentThreadCpuTime() - threadStart))
                            / 1_000_000);
            java.util.Map<String, Long> ticksAfter = threadTicks();
            StringBuilder busy = new StringBuilder();
            ticksAfter.forEach((name, ticks) -> {
                long spent = ticks - threadTicks.getOrDefault(name, 0L);
                if (spent > 0) {
                    busy.append(String.format(" %s %d ms,", name, spent * 10));
                }
            });
            System.out.printf("threads' CPU during the searches (Linux, 10 ms ticks):%s%n", busy);
            for (int q = 0; q < queries.size(); q++) {
                List<Long> mine = new ArrayList<>(allocated.get(q));
                Collections.sort(mine);
                System.out.printf(
                        "allocated per repeated complete search, median %6.2f MB  %s%n",
                        mine.get(mine.size() / 2) / 1048576.0, queries.get(q));
            }
            // Which queries make the tail: each query's median CPU time, by kind.
            for (int q = 0; q < queries.size(); q++) {
                for (int repeated = 1; repeated >= 0; repeated--) {
                    StringBuilder line = new StringBuilder();
                    for (int kind = 0; kind < 3; kind++) {
                        List<Long> mine = new ArrayList<>();
                        for (int round = 0; round < 20; round++) {
                            mine.add((repeated == 1 ? cpu : firstCpu).get(kind).get(round * queries.size() + q));
                        }
                        Collections.sort(mine);
                        line.append(String.format(
                                "  %6.2f / %6.2f", mine.get(mine.size() / 2) / 1e6, mine.get(mine.size() - 1) / 1e6));
                    }
                    System.out.printf(
                            "CPU median / max ms %-8s (complete, as you type, facets)%s  %s%n",
                            repeated == 1 ? "repeated" : "first", line, queries.get(q));
                }
            }
            for (int repeated = 1; repeated >= 0; repeated--) {
                for (int kind = 0; kind < 3; kind++) {
                    List<Long> t = new ArrayList<>((repeated == 1 ? times : firstTimes).get(kind));
                    Collections.sort(t);
                    List<Long> u = new ArrayList<>((repeated == 1 ? cpu : firstCpu).get(kind));
                    Collections.sort(u);
                    System.out.printf(
                            "%-5s %-36s p50 %6.2f ms  p99 %6.2f ms  CPU p50 %6.2f ms  p99 %6.2f ms  (%d searches, %d docs)%n",
                            repeated == 1 ? "warm" : "first",
                            names[kind],
                            t.get(t.size() / 2) / 1e6,
                            t.get((int) Math.ceil(t.size() * 0.99) - 1) / 1e6,
                            u.get(u.size() / 2) / 1e6,
                            u.get((int) Math.ceil(u.size() * 0.99) - 1) / 1e6,
                            t.size(),
                            index.documentCount());
                }
            }
        }
    }

    /** {@return each thread's CPU time in clock ticks (by its name, summed), from /proc; empty elsewhere} */
    private static java.util.Map<String, Long> threadTicks() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : all.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    static void dump(Path workspace, Path out) throws IOException {
        List<String> queries = new ArrayList<>(WARM_QUERIES);
        try (var in = ScaleBench.class.getResourceAsStream("/dev/gleaner/index/kblogs-judged.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    queries.add(line.split("\t")[0]);
                }
            }
        }
        queries.addAll(List.of(
                "\"분산 락\"",
                "redis -sentinel",
                "카프카 OR rabbitmq",
                "title:redis",
                "tag:kafka 컨슈머",
                "site:hudi.blog 레디스",
                "lang:en consumer",
                "after:2023-01-01 스프링",
                "in:2023-05 kafka"));
        StringBuilder sb = new StringBuilder();
        try (var library = dev.gleaner.core.library.Library.open(workspace.resolve("library.db"));
                LuceneSearchIndex index =
                        LuceneSearchIndex.open(workspace.resolve("index"), GleanerAnalysis.load(null))) {
            index.catchUp(library);
            for (String q : queries) {
                List<SearchRequest> requests = List.of(
                        SearchRequest.of(q, 10),
                        SearchRequest.typing(q, 20, 20),
                        new SearchRequest(q, 10, dev.gleaner.index.SortOrder.DATE));
                for (SearchRequest r : requests) {
                    var result = index.search(r);
                    sb.append("## ")
                            .append(q)
                            .append(" | ")
                            .append(r)
                            .append("\ntotal ")
                            .append(result.total())
                            .append(result.totalIsLowerBound() ? "+" : "")
                            .append(" note ")
                            .append(result.note())
                            .append("\nfacets ")
                            .append(result.facets())
                            .append('\n');
                    for (var hit : result.hits()) {
                        sb.append(hit.id())
                                .append(' ')
                                .append(Integer.toHexString(Float.floatToIntBits(hit.score())))
                                .append(' ')
                                .append(hit.snippet())
                                .append('\n');
                    }
                }
                sb.append("## facets ")
                        .append(q)
                        .append('\n')
                        .append(index.facets(q, () -> false))
                        .append('\n');
            }
        }
        Files.writeString(out, sb.toString());
        System.out.printf("dump: %d queries into %s%n", queries.size(), out);
    }

    static void repeat(Path workspace, int n, List<String> queries) {
        try (var library = dev.gleaner.core.library.Library.open(workspace.resolve("library.db"));
                LuceneSearchIndex index =
                        LuceneSearchIndex.open(workspace.resolve("index"), GleanerAnalysis.load(null))) {
            index.catchUp(library);
            for (int round = 0; round < n / 5 + n; round++) {
                for (String q : queries) {
                    index.search(SearchRequest.of(q, 10));
                }
            }
        }
        System.out.printf("repeat: %d searches of %s%n", n, queries);
    }
}
