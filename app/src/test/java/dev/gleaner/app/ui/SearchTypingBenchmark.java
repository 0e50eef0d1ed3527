package dev.gleaner.app.ui;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Delay;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleQuery;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Typing in search and scrolling the list at 100,000 articles, in the real window on JavaFX's
 * headless platform with the window's own executors. Builds (once) a workspace of
 * {@code gleaner.bench.articles} varied Korean and English articles in {@code gleaner.bench.workspace},
 * then prints per keystroke the time until the result list shows that query's hits (and the window
 * was laid out), and per page the time the FX thread spent scrolling to it. Runs only when the
 * workspace property is set; see {@code app/bench-search.sh}. Prints figures; asserts nothing.
 */
class SearchTypingBenchmark {
    private static final List<String[]> TOPICS = List.of(
            new String[] {"레디스 캐시 전략", "레디스는 인메모리 저장소다. 만료 정책과 복제, 캐시 무효화를 정리한다.", "ko", "redis"},
            new String[] {"Kafka 파티션과 컨슈머 그룹", "kafka 파티션 수와 컨슈머 그룹의 리밸런싱, 메시지 순서를 다룬다.", "ko", "kafka"},
            new String[] {"메시지 큐 비교", "메시지 큐로 RabbitMQ와 Kafka를 비교하고 전달 보장을 살펴본다.", "ko", "mq"},
            new String[] {"쿠버네티스 배포 전략", "롤링 업데이트와 블루 그린 배포를 쿠버네티스에서 해 본다.", "ko", "k8s"},
            new String[] {"자바 가상 스레드", "가상 스레드로 블로킹 I/O를 단순하게 쓰는 법.", "ko", "java"},
            new String[] {
                "PostgreSQL index tuning",
                "Partial indexes, covering indexes and vacuum in PostgreSQL.",
                "en",
                "postgres"
            },
            new String[] {"React state management", "Context, reducers and server state caches compared.", "en", "react"
            },
            new String[] {"검색 엔진과 형태소 분석", "루씬과 노리 형태소 분석기로 한국어 검색 품질을 높인다.", "ko", "search"},
            new String[] {
                "Go concurrency patterns", "Pipelines, fan-out and cancellation with contexts in Go.", "en", "go"
            },
            new String[] {"레디스 스트림과 메시지 처리", "레디스 스트림으로 가벼운 메시지 큐를 만든다. kafka와 비교.", "ko", "redis"},
            new String[] {"데이터베이스 트랜잭션 격리 수준", "격리 수준과 잠금, MVCC의 차이를 예제로 본다.", "ko", "db"},
            new String[] {
                "Observability with OpenTelemetry",
                "Traces, metrics and logs wired through one collector.",
                "en",
                "otel"
            });
    private static final String[] SITES = {
        "hudi.blog",
        "techblog.woowahan.com",
        "d2.naver.com",
        "tech.kakao.com",
        "engineering.linecorp.com",
        "toss.tech",
        "medium.com",
        "dev.to"
    };
    private static final List<String> TYPED = List.of("레디스", "kafka", "메시지 큐");

    /** {@return article {@code n} of the benchmark library} */
    static ArticleDraft varied(int n) {
        String[] t = TOPICS.get(n % TOPICS.size());
        String site = SITES[(n / 7) % SITES.length];
        String body = t[1] + " 글 번호 " + n + ". " + TOPICS.get((n / 3) % TOPICS.size())[1];
        return new ArticleDraft(
                "https://" + site + "/posts/" + n,
                t[0] + " " + (n / TOPICS.size()),
                List.of("작성자" + (n % 50)),
                OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9)).plusMinutes(25L * n),
                t[2],
                site,
                List.of(t[3]),
                "# " + t[0] + "\n\n" + body,
                body,
                null,
                null,
                null);
    }

    @Test
    void typeAndScroll() throws Exception {
        String where = System.getProperty("gleaner.bench.workspace");
        Assumptions.assumeTrue(where != null, "set -Dgleaner.bench.workspace=DIR to run the search benchmark");
        int n = Integer.getInteger("gleaner.bench.articles", 100_000);
        Path dir = Path.of(where);
        try (Services services = Services.open(dir)) {
            Library library = services.library();
            int have = library.count(ArticleQuery.all(1));
            long t0 = System.nanoTime();
            for (int i = have + 1; i <= n; i++) {
                library.save(varied(i), null);
            }
            System.out.printf(
                    "workspace %s: %d articles (%d added in %d ms)%n",
                    dir, Math.max(have, n), Math.max(0, n - have), ms(System.nanoTime() - t0));
            t0 = System.nanoTime();
            services.search().search("레디스", 1);
            System.out.printf("search index opened and caught up in %d ms%n", ms(System.nanoTime() - t0));
            System.out.printf("load average at start: %.2f%n", loadAverage());
            // The search service alone (index query, facets, 100 highlighted snippets), no window.
            List<Long> alone = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String query : TYPED) {
                    for (int i = 1; i <= query.length(); i++) {
                        long s = System.nanoTime();
                        services.search().search(query.substring(0, i).strip(), 100);
                        if (round > 0) {
                            alone.add(System.nanoTime() - s);
                        }
                    }
                }
            }
            print("search service alone, per prefix (rounds 2-3)", alone);
            List<Long> few = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String query : TYPED) {
                    long s = System.nanoTime();
                    services.search().search(query, 10);
                    if (round > 0) {
                        few.add(System.nanoTime() - s);
                    }
                }
            }
            print("search service alone, whole queries with 10 hits instead of 100 (rounds 2-3)", few);
            // The keystroke's answer as before (exact total, facets, 20 highlighted hits) and as now
            // (counted up to 1,000, 20 highlighted hits, facets apart), alternating, in wall-clock and
            // in the searching thread's CPU time, which other work on the machine disturbs less.
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Long> completeWall = new ArrayList<>();
            List<Long> completeCpu = new ArrayList<>();
            List<Long> typingWall = new ArrayList<>();
            List<Long> typingCpu = new ArrayList<>();
            List<Long> facetsWall = new ArrayList<>();
            List<Long> facetsCpu = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String query : TYPED) {
                    for (int i = 1; i <= query.length(); i++) {
                        String prefix = query.substring(0, i).strip();
                        long w = System.nanoTime();
                        long c = cpu.getCurrentThreadCpuTime();
                        services.search().search(prefix, 20);
                        long cw = System.nanoTime() - w;
                        long cc = cpu.getCurrentThreadCpuTime() - c;
                        w = System.nanoTime();
                        c = cpu.getCurrentThreadCpuTime();
                        services.search().typing(prefix, 20, 20);
                        long tw = System.nanoTime() - w;
                        long tc = cpu.getCurrentThreadCpuTime() - c;
                        w = System.nanoTime();
                        c = cpu.getCurrentThreadCpuTime();
                        services.search().facets(prefix, () -> false);
                        long fw = System.nanoTime() - w;
                        long fc = cpu.getCurrentThreadCpuTime() - c;
                        if (round > 0) {
                            completeWall.add(cw);
                            completeCpu.add(cc);
                            typingWall.add(tw);
                            typingCpu.add(tc);
                            facetsWall.add(fw);
                            facetsCpu.add(fc);
                        }
                    }
                }
            }
            print(
                    "search service, keystroke answer as before: exact total + facets + 20 highlighted, wall",
                    completeWall);
            print(
                    "search service, keystroke answer as before: exact total + facets + 20 highlighted, thread CPU",
                    completeCpu);
            print("search service, keystroke answer now: count to 1,000 + 20 highlighted, wall", typingWall);
            print("search service, keystroke answer now: count to 1,000 + 20 highlighted, thread CPU", typingCpu);
            print("search service, facets counted after the hits, wall", facetsWall);
            print("search service, facets counted after the hits, thread CPU", facetsCpu);

            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
            MainWindowScenarioTest.startFx();
            MainWindow window = MainWindowScenarioTest.onFx(() -> {
                MainWindow w = new MainWindow(services, Background.forWindow(), Delay.fx());
                Stage stage = new Stage();
                w.showOn(stage);
                stage.setWidth(1280);
                stage.setHeight(800);
                stage.show();
                return w;
            });
            // Typing: each keystroke waits for its own results (the latency a typist sees per key).
            List<Long> perKey = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String query : TYPED) {
                    clear(window);
                    for (int i = 1; i <= query.length(); i++) {
                        String typed = query.substring(0, i);
                        if (typed.endsWith(" ")) {
                            continue;
                        }
                        long took = keystroke(window, typed);
                        if (round > 0) {
                            perKey.add(took);
                        }
                        if (round == 2) {
                            System.out.printf(
                                    "  typed %-8s -> %4d hits in %4d ms%n",
                                    "\"" + typed + "\"", hits(window), ms(took));
                        }
                    }
                }
            }
            print("search, per keystroke to its first hits listed (rounds 2-3)", perKey);
            // Fast typing: keys 40 ms apart without waiting; time from the last key to its results.
            List<Long> burst = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String query : TYPED) {
                    clear(window);
                    for (int i = 1; i < query.length(); i++) {
                        String typed = query.substring(0, i);
                        MainWindowScenarioTest.onFx(() -> {
                            window.searchField().setText(typed);
                            return null;
                        });
                        Thread.sleep(40);
                    }
                    burst.add(keystroke(window, query));
                }
            }
            print("search, last key of a fast-typed query to its results", burst);
            System.out.printf("load average after typing: %.2f%n", loadAverage());

            // Scrolling: All articles, page by page to the end (each step is a page the list has to load).
            clear(window);
            MainWindowScenarioTest.onFx(() -> {
                window.library().choose(Place.of(Place.Kind.ALL));
                return null;
            });
            waitUntil(() -> window.library().size() >= n
                    && window.library().place().get().kind() == Place.Kind.ALL);
            int size = MainWindowScenarioTest.onFx(() -> window.library().size());
            List<Long> steps = new ArrayList<>();
            CompletableFuture<Void> scrolled = new CompletableFuture<>();
            Platform.runLater(() -> {
                @SuppressWarnings("unchecked")
                ListView<Article> list = (ListView<Article>) window.scene().lookup(".article-list");
                for (int row = 0; row < size; row += 100) {
                    long s = System.nanoTime();
                    list.scrollTo(row);
                    list.layout();
                    steps.add(System.nanoTime() - s);
                }
                long s = System.nanoTime();
                list.scrollTo(size - 1);
                list.layout();
                steps.add(System.nanoTime() - s);
                scrolled.complete(null);
            });
            scrolled.get(10, TimeUnit.MINUTES);
            print("scroll, FX thread per page of 100 rows (" + size + " rows, " + steps.size() + " pages)", steps);
            System.out.printf("load average at the end: %.2f%n", loadAverage());
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int hits(MainWindow window) throws Exception {
        return MainWindowScenarioTest.onFx(() -> window.library().size());
    }

    /** Clears the field and waits until the place's list is back (a user reads before typing again). */
    private static void clear(MainWindow window) throws Exception {
        MainWindowScenarioTest.onFx(() -> {
            window.searchField().setText("");
            return null;
        });
        Thread.sleep(50);
        waitUntil(() -> !window.status().running().get());
        Thread.sleep(100);
    }

    /** Types {@code text} into the field; {@return the nanoseconds until the list shows its hits and was laid out} */
    private static long keystroke(MainWindow window, String text) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long[] start = new long[1];
        Platform.runLater(() -> {
            // An invalidation listener: a list equal to the last one (no hits again) is news too.
            InvalidationListener listener = new InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    window.library().articles().get();
                    if (!text.equals(window.search().shownQuery().get())) {
                        return;
                    }
                    window.library().articles().removeListener(this);
                    // Lay the window out now (the headless platform pulses only when it must).
                    Platform.runLater(() -> {
                        window.scene().getRoot().applyCss();
                        window.scene().getRoot().layout();
                        done.complete(System.nanoTime() - start[0]);
                    });
                }
            };
            window.library().articles().get();
            window.library().articles().addListener(listener);
            start[0] = System.nanoTime();
            window.searchField().setText(text);
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!MainWindowScenarioTest.onFx(condition)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "%s: n=%d median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what,
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6,
                sorted.getLast() / 1e6);
    }
}
