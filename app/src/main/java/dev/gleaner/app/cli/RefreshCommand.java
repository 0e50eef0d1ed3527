package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.app.usecase.Feeds;
import dev.gleaner.app.usecase.Progress;
import dev.gleaner.ingest.feed.RefreshReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner refresh}: fetch the feeds and store their new entries. */
@Command(
        name = "refresh",
        mixinStandardHelpOptions = true,
        description = "Fetch feeds and store new and updated entries.")
final class RefreshCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--feed", paramLabel = "ID", description = "Only this feed (fetched even while backing off).")
    Long feedId;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    ListCommand.ListFormat format;

    @Override
    public Integer call() {
        Feeds feeds = root.services().feedUseCase();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean text = format == ListCommand.ListFormat.text;
        boolean terminal = System.console() != null && text;
        AtomicInteger done = new AtomicInteger();
        AtomicLong planned = new AtomicLong();
        List<RefreshReport> finished = java.util.Collections.synchronizedList(new ArrayList<>());
        // Each feed's line as soon as it is done, so that a long refresh shows its progress; if it
        // is interrupted (Ctrl+C), what was stored so far is summed up. Every feed is stored as it
        // finishes, so an interruption loses nothing already fetched.
        Thread partial = new Thread(
                () -> {
                    synchronized (err) {
                        List<RefreshReport> sofar;
                        synchronized (finished) {
                            sofar = List.copyOf(finished);
                        }
                        err.println();
                        err.println("Interrupted after " + sofar.size() + " of " + planned.get() + " feeds: "
                                + totals(new Feeds.Refreshed((int) planned.get(), sofar))
                                + " The rest are fetched next time.");
                        err.flush();
                    }
                },
                "refresh-interrupted");
        boolean hooked = addHook(partial);
        Feeds.Refreshed refreshed;
        try {
            refreshed = feeds.refresh(feedId, Progress.uncancellable((d, total) -> planned.set(total)), r -> {
                finished.add(r);
                int n = done.incrementAndGet();
                if (text) {
                    synchronized (err) {
                        if (terminal) {
                            err.print("\r\033[K");
                            err.flush();
                        }
                        out.println(line(r));
                        out.flush();
                        if (terminal) {
                            err.printf("%d/%d feeds", n, planned.get());
                            err.flush();
                        }
                    }
                }
            });
        } finally {
            if (hooked) {
                removeHook(partial);
            }
        }
        if (terminal) {
            err.println();
        }
        List<RefreshReport> reports = refreshed.reports();
        if (format == ListCommand.ListFormat.json) {
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("feeds");
            for (RefreshReport r : reports) {
                ObjectNode n = list.addObject();
                n.put("id", r.feedId());
                n.put("url", r.url());
                n.put("title", r.title());
                n.put(
                        "status",
                        r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                n.put("new", r.added());
                n.put("updated", r.updated());
                n.put("excerpts", r.excerpts());
                n.put("error", r.error());
                ArrayNode problems = n.putArray("problems");
                r.problems().forEach(problems::add);
            }
            ObjectNode totals = doc.putObject("totals");
            totals.put("feeds", reports.size());
            totals.put("new", refreshed.added());
            totals.put("updated", refreshed.updated());
            totals.put("notModified", refreshed.notModified());
            totals.put("failed", refreshed.failed());
            Json.print(out, doc);
        } else {
            out.printf(
                    "%d feeds: %d new, %d updated, %d not modified, %d failed.%n",
                    reports.size(),
                    refreshed.added(),
                    refreshed.updated(),
                    refreshed.notModified(),
                    refreshed.failed());
        }
        return 0;
    }

    private static String line(RefreshReport r) {
        String name = r.title() == null ? r.url() : r.title();
        String what = switch (r.status()) {
            case FETCHED -> r.added() + " new, " + r.updated() + " updated";
            case NOT_MODIFIED -> "not modified";
            case FAILED -> "failed: " + r.error();
            case SKIPPED -> "skipped (" + String.join("; ", r.problems()) + ")";
        };
        return String.format("%5d  %s: %s", r.feedId(), name, what);
    }

    private static String totals(Feeds.Refreshed sofar) {
        return sofar.added() + " new, " + sofar.updated() + " updated, " + sofar.failed() + " failed, all stored.";
    }

    private static boolean addHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false; // shutting down already
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook reports the partial refresh
        }
    }
}
