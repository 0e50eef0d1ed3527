package dev.gleaner.index.internal;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.Changes;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.core.model.Source;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.index.RebuildProgress;
import dev.gleaner.index.SearchRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexing and query benchmark over the kblogs posts replicated (and varied) to many documents.
 * Run it (not part of the tests):
 *
 * <pre>
 * ./build.sh -q -pl index -am test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.gleaner.index.internal.SearchBenchmark \
 *   -Dgleaner.corpus=/work/shared/corpus -Dbench.docs=100000 -Dbench.dir=/tmp/gleaner-bench
 * </pre>
 *
 * It prints docs/s and MB/s for Gleaner's index (the real rebuild path) and for a bare
 * IndexWriter with the plain KoreanAnalyzer on the same text, their ratio, the index sizes, query
 * latency p50/p99 for 1-, 2- and 4-word Korean, English and mixed queries, and the heap in use.
 */
public final class SearchBenchmark {
    private SearchBenchmark() {}

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Path kblogs = Path.of(System.getProperty("gleaner.corpus", "../shared/corpus"))
                .resolve("kblogs");
        int docs = Integer.getInteger("bench.docs", 100_000);
        Path dir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir") + "/gleaner-bench"));
        List<String[]> posts = readPosts(kblogs);
        List<Article> articles = vary(posts, docs);
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.title().getBytes(StandardCharsets.UTF_8).length
                    + a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("%d documents from %d posts, %.1f MB of text%n", docs, posts.size(), bytes / 1e6);
        deleteTree(dir);

        // Bare Lucene: title + body with the plain KoreanAnalyzer, stored body.
        Path bareDir = dir.resolve("bare");
        long t0 = System.nanoTime();
        try (var d = FSDirectory.open(bareDir);
                var w = new IndexWriter(d, new IndexWriterConfig(new KoreanAnalyzer()).setRAMBufferSizeMB(64))) {
            for (Article a : articles) {
                Document doc = new Document();
                doc.add(new TextField("title", a.title(), Field.Store.YES));
                doc.add(new TextField("body", a.text(), Field.Store.YES));
                w.addDocument(doc);
            }
            w.commit();
        }
        double bareSeconds = (System.nanoTime() - t0) / 1e9;

        // Gleaner: the real rebuild path from a library.
        Path gleanerDir = dir.resolve("gleaner");
        GleanerAnalysis analysis = GleanerAnalysis.load(null);
        t0 = System.nanoTime();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(gleanerDir, analysis)) {
            index.rebuild(new ListLibrary(articles), RebuildProgress.NONE);
        }
        double gleanerSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "bare IndexWriter+KoreanAnalyzer: %.1f s, %.0f docs/s, %.2f MB/s, index %.1f MB%n",
                bareSeconds, docs / bareSeconds, bytes / 1e6 / bareSeconds, size(bareDir) / 1e6);
        System.out.printf(
                "Gleaner index:                   %.1f s, %.0f docs/s, %.2f MB/s, index %.1f MB%n",
                gleanerSeconds, docs / gleanerSeconds, bytes / 1e6 / gleanerSeconds, size(gleanerDir) / 1e6);
        System.out.printf("overhead ratio (Gleaner time / bare time): %.2fx%n", gleanerSeconds / bareSeconds);

        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("ko-1", List.of("레디스", "카프카", "트랜잭션", "직렬화", "쿠버네티스", "스레드", "캐시", "인덱스"));
        queries.put("ko-2", List.of("분산 락", "카프카 컨슈머", "스프링 부트", "가비지 컬렉션", "메시지 큐", "추천 시스템", "테스트 코드", "격리 수준"));
        queries.put("ko-4", List.of("레디스 분산 락 구현", "카프카 컨슈머 그룹 리밸런싱", "스프링 부트 테스트 코드 작성", "데이터베이스 인덱스 쿼리 튜닝"));
        queries.put("en-1", List.of("redis", "kafka", "docker", "jenkins", "java", "spring", "thread", "cache"));
        queries.put(
                "en-2",
                List.of(
                        "spring boot",
                        "kafka consumer",
                        "effective java",
                        "garbage collection",
                        "unit test",
                        "design pattern"));
        queries.put(
                "en-4",
                List.of(
                        "kafka consumer group rebalance",
                        "spring boot unit test",
                        "java garbage collection tuning",
                        "redis distributed lock algorithm"));
        queries.put("mixed-1", List.of("Redis가", "Kafka의", "JPA를", "Docker로"));
        queries.put("mixed-2", List.of("Redis 분산", "Kafka 컨슈머", "Spring 트랜잭션", "JVM 메모리"));
        queries.put(
                "mixed-4",
                List.of("Redis 분산 락 구현", "Kafka 컨슈머 group 설정", "Spring Boot 테스트 작성", "Elasticsearch 인덱스 mapping 설계"));
        var memory = ManagementFactory.getMemoryMXBean();
        long peakHeap = 0;
        try (LuceneSearchIndex index = LuceneSearchIndex.open(gleanerDir, analysis)) {
            for (int round = 0; round < 3; round++) { // warm up
                for (List<String> qs : queries.values()) {
                    for (String q : qs) {
                        index.search(SearchRequest.of(q, 10));
                    }
                }
            }
            System.gc();
            for (Map.Entry<String, List<String>> e : queries.entrySet()) {
                List<Long> times = new ArrayList<>();
                for (int round = 0; round < 25; round++) {
                    for (String q : e.getValue()) {
                        long s = System.nanoTime();
                        index.search(SearchRequest.of(q, 10));
                        times.add(System.nanoTime() - s);
                        peakHeap =
                                Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                    }
                }
                Collections.sort(times);
                System.out.printf(
                        "%-8s p50 %6.2f ms  p99 %6.2f ms  (%d runs)%n",
                        e.getKey(),
                        times.get(times.size() / 2) / 1e6,
                        times.get((int) Math.ceil(times.size() * 0.99) - 1) / 1e6,
                        times.size());
            }
            // The window's keystroke answer: complete (exact total, facets, 20 highlighted) against
            // typing (counted up to 1,000, 20 highlighted, no facets) and the facets counted apart,
            // alternating per query; wall clock and the thread's CPU time (less disturbed by other load).
            var threads = ManagementFactory.getThreadMXBean();
            System.out.println("keystroke answer, all groups (wall p50/p99 | thread CPU p50/p99, ms):");
            String[] names = {"complete, 20 hits", "typing, 20 hits", "facets apart"};
            List<List<Long>> wall = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<List<Long>> cpu = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int round = 0; round < 6; round++) {
                for (List<String> qs : queries.values()) {
                    for (String q : qs) {
                        for (int kind = 0; kind < 3; kind++) {
                            long w = System.nanoTime();
                            long c = threads.getCurrentThreadCpuTime();
                            switch (kind) {
                                case 0 -> index.search(SearchRequest.of(q, 20));
                                case 1 -> index.search(SearchRequest.typing(q, 20, 20));
                                default -> index.facets(q, () -> false);
                            }
                            if (round > 0) {
                                wall.get(kind).add(System.nanoTime() - w);
                                cpu.get(kind).add(threads.getCurrentThreadCpuTime() - c);
                            }
                        }
                    }
                }
            }
            for (int kind = 0; kind < 3; kind++) {
                List<Long> w = new ArrayList<>(wall.get(kind));
                List<Long> c = new ArrayList<>(cpu.get(kind));
                Collections.sort(w);
                Collections.sort(c);
                System.out.printf(
                        "  %-18s %7.2f / %7.2f | %7.2f / %7.2f  (%d runs)%n",
                        names[kind],
                        w.get(w.size() / 2) / 1e6,
                        w.get((int) Math.ceil(w.size() * 0.99) - 1) / 1e6,
                        c.get(c.size() / 2) / 1e6,
                        c.get((int) Math.ceil(c.size() * 0.99) - 1) / 1e6,
                        w.size());
            }
            System.gc();
            System.out.printf(
                    "heap in use after searching (after GC): %.0f MB; peak sampled while searching: %.0f MB%n",
                    memory.getHeapMemoryUsage().getUsed() / 1e6, peakHeap / 1e6);
        }
        System.out.printf("(the varied articles themselves hold about %.0f MB of that heap)%n", bytes * 2 / 1e6);
    }

    private static List<String[]> readPosts(Path kblogs) throws IOException {
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
                posts.add(new String[] {title, end > 0 ? s.substring(end + 4) : s});
            }
        }
        return posts;
    }

    /** Replicates the posts, shuffling paragraphs and mixing in another post's paragraph, so no two are equal. */
    private static List<Article> vary(List<String[]> posts, int docs) {
        Random r = new Random(42);
        List<Article> out = new ArrayList<>(docs);
        Instant added = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < docs; i++) {
            String[] p = posts.get(i % posts.size());
            List<String> paragraphs = new ArrayList<>(Arrays.asList(p[1].split("\n\n")));
            if (i >= posts.size()) {
                Collections.shuffle(paragraphs, r);
                String[] other = posts.get(r.nextInt(posts.size()));
                String[] otherParas = other[1].split("\n\n");
                paragraphs.add(otherParas[r.nextInt(otherParas.length)]);
            }
            String text = String.join("\n\n", paragraphs);
            OffsetDateTime published = OffsetDateTime.of(
                    2015 + r.nextInt(11), 1 + r.nextInt(12), 1 + r.nextInt(28), 9, 0, 0, 0, ZoneOffset.ofHours(9));
            out.add(new Article(
                    i + 1,
                    "https://bench.example/" + i,
                    p[0] + (i >= posts.size() ? " (" + (i / posts.size()) + ")" : ""),
                    List.of(),
                    published,
                    added,
                    added,
                    "ko",
                    "site" + (i % 7),
                    List.of("tag" + (i % 13)),
                    false,
                    false,
                    "",
                    text,
                    text,
                    null,
                    null,
                    i + 1));
        }
        return out;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** A read-only library over a list of articles, enough for a rebuild. */
    private record ListLibrary(List<Article> articles) implements Library {
        @Override
        public Changes changesSince(long sequence, int max) {
            int from = (int) Math.min(sequence, articles.size());
            int to = Math.min(articles.size(), from + max);
            return new Changes(to == articles.size() ? articles.size() : to, articles.subList(from, to), List.of());
        }

        @Override
        public long changeSequence() {
            return articles.size();
        }

        @Override
        public int count(ArticleQuery query) {
            return articles.size();
        }

        @Override
        public SaveResult save(ArticleDraft draft, Long sourceId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SaveResult> saveAll(List<ArticleDraft> drafts, Long sourceId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Article> article(long id) {
            return Optional.of(articles.get((int) id - 1));
        }

        @Override
        public Optional<Article> findByUrl(String url) {
            return Optional.empty();
        }

        @Override
        public Optional<Article> findBySourcePath(String path) {
            return Optional.empty();
        }

        @Override
        public List<Article> articles(ArticleQuery query) {
            return articles.subList(
                    Math.min(query.offset(), articles.size()),
                    Math.min(articles.size(), query.offset() + query.limit()));
        }

        @Override
        public void setRead(long id, boolean read) {}

        @Override
        public void setStarred(long id, boolean starred) {}

        @Override
        public void setNotes(long id, String notes) {}

        @Override
        public void delete(long id) {}

        @Override
        public Optional<String> rawHtml(long id) {
            return Optional.empty();
        }

        @Override
        public Source addSource(SourceKind kind, String location, String title, String folder) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Source> source(long id) {
            return Optional.empty();
        }

        @Override
        public List<Source> sources(SourceKind kind) {
            return List.of();
        }

        @Override
        public List<Source> sourcesOf(long articleId) {
            return List.of();
        }

        @Override
        public Optional<String> setting(String key) {
            return Optional.empty();
        }

        @Override
        public void putSetting(String key, String value) {}

        @Override
        public List<String> check() {
            return List.of();
        }

        @Override
        public dev.gleaner.core.feed.FeedStore feeds() {
            throw new UnsupportedOperationException();
        }

        @Override
        public dev.gleaner.core.issue.IssueStore issues() {
            // No weekly issues in the benchmark: every article is outside them.
            return (dev.gleaner.core.issue.IssueStore) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {dev.gleaner.core.issue.IssueStore.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("isInIssue")) {
                            return false;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        public void close() {}
    }
}
