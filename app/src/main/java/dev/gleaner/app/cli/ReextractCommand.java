package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.app.usecase.Reextraction;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.html.Reextractor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gleaner reextract [--all | ID...]}: extracts articles again from the pages kept with them,
 * with this version's extractor, and says what changed. Each article is stored as it is done, so an
 * interrupted run keeps what it did.
 */
@Command(
        name = "reextract",
        mixinStandardHelpOptions = true,
        description = {
            "Extract articles again from the pages Gleaner kept when they were clipped, imported or fetched,",
            "with this version's extractor. Read, starred, notes, your tags and issues are kept."
        })
final class ReextractCommand implements Callable<Integer> {
    /** How often, in articles, --all reports progress and brings the search index up to date. */
    private static final int STEP = 50;

    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--all", required = true, description = "Every article with a stored page.")
        boolean all;

        @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids (see 'gleaner list').")
        List<Long> ids;
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    enum OutputFormat {
        text,
        json
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        dev.gleaner.app.usecase.Progress progress = new dev.gleaner.app.usecase.Progress() {
            @Override
            public void update(long seen, long total) {
                if (which.all && seen % STEP == 0) {
                    err.printf("reextract: %d of %d articles%n", seen, total);
                    err.flush();
                }
            }

            @Override
            public boolean cancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
        Reextraction.Run run = root.services()
                .reextraction()
                .run(which.all ? List.of() : which.ids, progress, outcome -> {
                    if (format == OutputFormat.text) {
                        out.println(line(outcome));
                        out.flush();
                    }
                });
        if (run.stopped()) {
            err.println("gleaner: reextract interrupted; the articles done so far are stored.");
        }
        List<Reextractor.Outcome> outcomes = run.outcomes();
        int withoutPage = run.withoutPage();
        long failed = run.failed();
        if (format == OutputFormat.json) {
            Json.print(out, json(outcomes, withoutPage));
        } else {
            out.println(summary(outcomes, withoutPage));
        }
        out.flush();
        if (failed > 0) {
            throw new IngestException(failed + (failed == 1 ? " article" : " articles")
                    + " could not be extracted again (see above); they are left as they were.");
        }
        return 0;
    }

    /** {@return e.g. {@code changed    12  Title  (text 1,234 -> 1,310 chars)}} */
    static String line(Reextractor.Outcome outcome) {
        return switch (outcome) {
            case Reextractor.Changed c ->
                String.format(
                        Locale.ROOT,
                        "changed    %d  %s  (text %,d -> %,d chars)",
                        c.id(),
                        c.title(),
                        c.textBefore(),
                        c.textAfter());
            case Reextractor.Unchanged u -> String.format(Locale.ROOT, "unchanged  %d  %s", u.id(), u.title());
            case Reextractor.Skipped s -> String.format(Locale.ROOT, "skipped %d: %s", s.id(), s.reason());
            case Reextractor.Failed f -> String.format(Locale.ROOT, "failed %d: %s", f.id(), f.reason());
        };
    }

    private static String summary(List<Reextractor.Outcome> outcomes, int withoutPage) {
        int[] counts = counts(outcomes);
        String s = String.format(
                Locale.ROOT,
                "Re-extracted %d %s: %d changed, %d unchanged, %d skipped, %d failed.",
                counts[0] + counts[1] + counts[3],
                counts[0] + counts[1] + counts[3] == 1 ? "article" : "articles",
                counts[0],
                counts[1],
                counts[2],
                counts[3]);
        return withoutPage == 0
                ? s
                : s + " " + withoutPage + (withoutPage == 1 ? " article has" : " articles have")
                        + " no stored page and were left alone.";
    }

    /** {@return changed, unchanged, skipped and failed counts} */
    private static int[] counts(List<Reextractor.Outcome> outcomes) {
        int[] counts = new int[4];
        for (Reextractor.Outcome o : outcomes) {
            counts[
                    switch (o) {
                        case Reextractor.Changed c -> 0;
                        case Reextractor.Unchanged u -> 1;
                        case Reextractor.Skipped s -> 2;
                        case Reextractor.Failed f -> 3;
                    }]++;
        }
        return counts;
    }

    private static ObjectNode json(List<Reextractor.Outcome> outcomes, int withoutPage) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("articles");
        for (Reextractor.Outcome o : outcomes) {
            ObjectNode n = list.addObject();
            n.put("id", o.id());
            n.put("title", o.title());
            switch (o) {
                case Reextractor.Changed c -> {
                    n.put("outcome", "changed");
                    n.put("textBefore", c.textBefore());
                    n.put("textAfter", c.textAfter());
                    ArrayNode fields = n.putArray("fields");
                    c.fields().forEach(fields::add);
                }
                case Reextractor.Unchanged u -> n.put("outcome", "unchanged");
                case Reextractor.Skipped s -> {
                    n.put("outcome", "skipped");
                    n.put("reason", s.reason());
                }
                case Reextractor.Failed f -> {
                    n.put("outcome", "failed");
                    n.put("reason", f.reason());
                }
            }
        }
        int[] counts = counts(outcomes);
        root.put("changed", counts[0]);
        root.put("unchanged", counts[1]);
        root.put("skipped", counts[2] + withoutPage);
        root.put("failed", counts[3]);
        return root;
    }
}
