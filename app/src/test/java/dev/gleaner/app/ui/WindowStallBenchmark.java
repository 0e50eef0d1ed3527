package dev.gleaner.app.ui;

import dev.gleaner.app.Services;
import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Delay;
import dev.gleaner.app.library.Place;
import dev.gleaner.core.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How long the window's JavaFX thread is blocked while a user works through a large library: opens
 * the real window (headless, the window's own executors) on the workspace in
 * {@code gleaner.bench.stallWorkspace} (a copy: the window writes its state into it) and, phase by
 * phase (start, opening places, scrolling a list to its end, opening articles, typing a search),
 * prints the longest and the 99th-percentile delay of a probe posted to the FX thread every few
 * milliseconds. A sampler looks at the FX thread's stack meanwhile and prints where it was seen
 * inside the library (SQLite) or the index (Lucene), by the window's frame that called them.
 * Runs only when the property is set; see {@code app/bench-stalls.sh}. Prints figures; asserts nothing.
 */
class WindowStallBenchmark {
    /** Probes the FX thread; records each probe's delay and where the FX thread reads the library. */
    private static final class Probe implements AutoCloseable {
        private final Thread fx;
        private volatile boolean running = true;
        private volatile List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        private final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> busy = new ConcurrentHashMap<>();
        private final Thread prober;
        private final Thread sampler;

        Probe(Thread fx) {
            this.fx = fx;
            prober = Thread.ofPlatform().daemon().name("stall-probe").start(this::probe);
            sampler = Thread.ofPlatform().daemon().name("stall-sampler").start(this::sample);
        }

        private void probe() {
            while (running) {
                CountDownLatch ran = new CountDownLatch(1);
                long posted = System.nanoTime();
                List<Long> into = delays;
                Platform.runLater(() -> {
                    into.add(System.nanoTime() - posted);
                    ran.countDown();
                });
                try {
                    ran.await(60, TimeUnit.SECONDS);
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            while (running) {
                StackTraceElement[] stack = fx.getStackTrace();
                if (stack.length > 0
                        && !stack[0].getMethodName().equals("park")
                        && !stack[0].getMethodName().startsWith("wait")
                        && !stack[0].getMethodName().startsWith("_runLoop")) {
                    String where = null;
                    for (StackTraceElement f : stack) {
                        if (f.getClassName().startsWith("dev.gleaner.app")
                                && !f.getClassName().contains("WindowStallBenchmark")) {
                            where = f.getClassName().replace("dev.gleaner.app.", "") + "." + f.getMethodName() + ":"
                                    + f.getLineNumber();
                            break;
                        }
                    }
                    if (where == null) {
                        where = "(JavaFX) " + stack[0].getClassName() + "." + stack[0].getMethodName();
                    }
                    busy.computeIfAbsent(where, k -> new AtomicLong()).incrementAndGet();
                }
                boolean reading = false;
                for (StackTraceElement f : stack) {
                    String c = f.getClassName();
                    if (c.startsWith("org.sqlite")
                            || c.startsWith("org.apache.lucene")
                            || c.startsWith("dev.gleaner.core.library.internal")
                            || c.startsWith("dev.gleaner.index")) {
                        reading = true;
                        break;
                    }
                }
                if (reading) {
                    List<String> app = new ArrayList<>();
                    for (StackTraceElement f : stack) {
                        if (f.getClassName().startsWith("dev.gleaner.app") && app.size() < 3) {
                            app.add(f.getClassName().replace("dev.gleaner.app.", "") + "." + f.getMethodName() + ":"
                                    + f.getLineNumber());
                        }
                    }
                    seen.computeIfAbsent(String.join(" < ", app), k -> new AtomicLong())
                            .incrementAndGet();
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Prints the delays and library reads since the last phase under {@code phase}, and starts anew. */
        void phase(String phase) throws InterruptedException {
            Thread.sleep(300); // the last probe of the phase comes back
            List<Long> d = new ArrayList<>(delays);
            delays = Collections.synchronizedList(new ArrayList<>());
            Collections.sort(d);
            long max = d.isEmpty() ? 0 : d.getLast();
            long p99 = d.isEmpty() ? 0 : d.get(Math.min(d.size() - 1, (int) Math.ceil(d.size() * 0.99) - 1));
            System.out.printf(
                    "stall %-44s longest %6d ms  p99 %5d ms  (%d probes)%n",
                    phase, max / 1_000_000, p99 / 1_000_000, d.size());
            Map<String, Long> sorted = new TreeMap<>();
            seen.forEach((k, v) -> sorted.put(k, v.get()));
            seen.clear();
            sorted.forEach((k, v) -> System.out.printf("stall   read on FX thread, %4d samples: %s%n", v, k));
            busy.entrySet().stream()
                    .sorted((a, b) ->
                            Long.compare(b.getValue().get(), a.getValue().get()))
                    .limit(4)
                    .forEach(e -> System.out.printf(
                            "stall   busy, %5d samples: %s%n", e.getValue().get(), e.getKey()));
            busy.clear();
        }

        @Override
        public void close() {
            running = false;
            prober.interrupt();
            sampler.interrupt();
        }
    }

    @Test
    void workThroughALargeLibrary() throws Exception {
        String where = System.getProperty("gleaner.bench.stallWorkspace");
        Assumptions.assumeTrue(where != null, "set -Dgleaner.bench.stallWorkspace=DIR (a copy) to run it");
        MainWindowScenarioTest.startFx();
        Thread fx = onFx(Thread::currentThread);
        try (Services services = Services.open(Path.of(where));
                Probe probe = new Probe(fx)) {
            services.library().putSetting("ui.language", "en");
            // Every run starts where a new user does: in the Inbox, nothing open.
            services.library().putSetting("ui.last.place", "INBOX");
            services.library().putSetting("ui.last.article", "-1");
            probe.phase("(warm-up)");
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(services, Background.forWindow(), Delay.fx(), url -> {});
                Stage stage = new Stage();
                w.showOn(stage);
                stage.setWidth(1280);
                stage.setHeight(800);
                stage.show();
                return w;
            });
            settle(window);
            probe.phase("window built, first list shown");

            for (Place p : List.of(
                    Place.of(Place.Kind.ALL),
                    Place.of(Place.Kind.NOTES),
                    Place.of(Place.Kind.INBOX),
                    Place.of(Place.Kind.STARRED),
                    Place.of(Place.Kind.TAGS),
                    Place.of(Place.Kind.ISSUES),
                    Place.of(Place.Kind.FEEDS),
                    Place.of(Place.Kind.NOTES))) {
                onFx(() -> {
                    window.libraryView().sidebar().getSelectionModel().select(p);
                    return null;
                });
                settle(window);
                probe.phase("open " + p.kind());
            }

            // Scrolling: the Notes list (every article here) a screenful at a time, as a user drags the bar.
            int size = onFx(() -> window.library().size());
            @SuppressWarnings("unchecked")
            ListView<Article> list =
                    onFx(() -> (ListView<Article>) window.scene().lookup(".article-list"));
            for (int row = 0; row < size; row += Math.max(1, size / 200)) {
                int at = row;
                Platform.runLater(() -> list.scrollTo(at));
                Thread.sleep(15);
            }
            Platform.runLater(() -> list.scrollTo(size - 1));
            settle(window);
            probe.phase("scroll " + size + " rows in 200 steps");

            // Opening articles one after another (j), far down the list.
            onFx(() -> {
                window.library().open(Math.max(0, size - 300));
                return null;
            });
            for (int i = 0; i < 40; i++) {
                Platform.runLater(() -> window.library().next());
                Thread.sleep(40);
            }
            settle(window);
            probe.phase("open 40 articles with j");

            for (String typed : List.of("레", "레디", "레디스", "레디스 ", "레디스 캐", "레디스 캐시")) {
                Platform.runLater(() -> window.searchField().setText(typed));
                Thread.sleep(120);
            }
            settle(window);
            probe.phase("type a search");
            onFx(() -> {
                window.searchField().setText("");
                return null;
            });
            settle(window);
            probe.phase("clear the search");
            onFx(() -> {
                window.saveState();
                window.scene().getWindow().hide();
                return null;
            });
        }
    }

    /** Runs {@code step} on the FX thread and waits for it as long as the FX thread is stalled (10 minutes at most). */
    private static <T> T onFx(java.util.concurrent.Callable<T> step) throws Exception {
        java.util.concurrent.CompletableFuture<T> done = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(step.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(10, TimeUnit.MINUTES);
    }

    /** Waits until the window's work is done and its answers are shown. */
    private static void settle(MainWindow window) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        do {
            Thread.sleep(300);
        } while (onFx(() -> window.status().running().get()) && System.nanoTime() < until);
        Thread.sleep(500);
    }
}
