package dev.gleaner.app.cli;

import dev.gleaner.app.usecase.IssueItems;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.Series;
import dev.gleaner.exporter.ExportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The item commands of {@code gleaner issue}: add, edit, move and remove an issue's items. */
final class IssueItemCommands {
    private IssueItemCommands() {}

    /**
     * {@return the summary in {@code file} ('-': standard input) without its blank lines around, or
     * null when no file is given}
     */
    static String summary(IssueCommand parent, String file) throws IOException {
        if (file == null) {
            return null;
        }
        String text;
        if (file.equals("-")) {
            text = new String(parent.root.stdin().readAllBytes(), StandardCharsets.UTF_8);
        } else {
            Path f = parent.root.path(file);
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ExportException("Cannot read the summary file " + f + ": " + e.getMessage(), e);
            }
        }
        return Add.trimBlankLines(text.replace("\r\n", "\n"));
    }

    /** {@code gleaner issue add NUMBER ARTICLE_ID|URL}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an article to an issue.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER", description = "The issue number.")
        int number;

        @Parameters(index = "1", paramLabel = "ARTICLE_ID|URL", description = "A library article id or a URL.")
        String target;

        @Option(names = "--heading", paramLabel = "H", description = "Section heading (default: the article title).")
        String heading;

        @Option(names = "--summary-file", paramLabel = "F|-", description = "The summary in Markdown, '-' for stdin.")
        String summaryFile;

        @Option(names = "--position", paramLabel = "P", description = "1-based position (default: last).")
        Integer position;

        @Option(
                names = "--reuse-summary",
                description = "Use the summary this article had in an earlier issue (without --summary-file).")
        boolean reuseSummary;

        @Option(
                names = "--also",
                paramLabel = "URL",
                description = "A further link the article cites, listed under its link in References (repeatable).")
        List<String> also = new ArrayList<>();

        @Option(
                names = "--fetch",
                negatable = true,
                description = "Clip the page into the library before adding it, as the window's Add does"
                        + " (default: when no --heading is given). --no-fetch stores only the link.")
        Boolean fetch;

        @Override
        public Integer call() throws IOException {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            // Everything the command can refuse is checked before anything is stored.
            List<String> alsoUrls = alsoUrls(also);
            if (reuseSummary && summaryFile != null) {
                throw new ExportException("--reuse-summary and --summary-file exclude each other: give one.");
            }
            if (heading != null && (heading.isBlank() || heading.strip().matches("(?s).*[\r\n].*"))) {
                throw new ExportException("--heading is one non-empty line: '" + heading.strip() + "'.");
            }
            String summary = summary(parent, summaryFile);
            // The heading is written as given: indentation and trailing spaces are Markdown.
            String h = heading != null ? heading.replaceAll("^[\\r\\n]+|[\\r\\n]+$", "") : null;
            // A heading given is what a fetch would fill; the page is clipped when something is left to fill.
            boolean clip = fetch != null ? fetch : heading == null;
            IssueItems.Added added = parent.itemUseCase()
                    .add(issue, new IssueItems.Request(target, h, summary, position, reuseSummary, alsoUrls, clip));
            PrintWriter err = spec.commandLine().getErr();
            if (added.fetchFailed() != null) {
                err.println("gleaner: warning: added the link alone: " + added.fetchFailed()
                        + " (clip it later with 'gleaner clip " + added.item().url() + "').");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Added to issue " + number + " as item " + added.position() + ": "
                    + added.item().heading());
            added.earlier()
                    .ifPresent(e -> out.println(
                            added.reused()
                                    ? "Reused its summary from " + e.series() + ", Issue " + e.number() + "."
                                    : "It was in " + e.series() + ", Issue " + e.number()
                                            + " with a summary: add --reuse-summary to use it again."));
            if (added.samePage() != null) {
                out.println("Note: item " + (added.issue().items().indexOf(added.samePage()) + 1)
                        + " links the same page as " + added.samePage().url() + ".");
            }
            return 0;
        }

        /** {@return the further links as given, each checked to be one http(s) URL, without repeats} */
        static List<String> alsoUrls(List<String> given) {
            List<String> out = new ArrayList<>();
            for (String g : given) {
                String u = g.strip();
                if (!(u.startsWith("http://") || u.startsWith("https://"))
                        || u.codePoints().anyMatch(Character::isWhitespace)) {
                    throw new ExportException("--also takes one http(s) URL without spaces, not '" + g + "'.");
                }
                if (out.contains(u)) {
                    throw new ExportException("--also " + u + " is given twice.");
                }
                out.add(u);
            }
            return out;
        }

        /** {@return {@code text} without the blank lines before and after it and its final line end} */
        static String trimBlankLines(String text) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            while (!lines.isEmpty() && lines.getFirst().isBlank()) {
                lines.removeFirst();
            }
            while (!lines.isEmpty() && lines.getLast().isBlank()) {
                lines.removeLast();
            }
            return String.join("\n", lines);
        }
    }

    /** {@code gleaner issue edit NUMBER ITEM}. */
    @Command(
            name = "edit",
            mixinStandardHelpOptions = true,
            description = "Change an item's heading, summary or further links.")
    static final class Edit implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER")
        int number;

        @Parameters(index = "1", paramLabel = "ITEM", description = "The item's position (1-based).")
        int item;

        @Option(names = "--heading", paramLabel = "H", description = "The section heading.")
        String heading;

        @Option(names = "--summary-file", paramLabel = "F|-", description = "The summary in Markdown, '-' for stdin.")
        String summaryFile;

        @Option(
                names = "--also",
                paramLabel = "URL",
                description = "The further links the article cites, in order (repeatable; replaces the ones it has).")
        List<String> also = new ArrayList<>();

        @Option(names = "--no-also", description = "Remove the item's further links.")
        boolean noAlso;

        @Override
        public Integer call() throws IOException {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            int at = IssueCommand.index(issue, item);
            if (noAlso && !also.isEmpty()) {
                throw new ExportException("Give either --also or --no-also, not both.");
            }
            String h = null;
            if (heading != null) {
                h = heading.replaceAll("^[\\r\\n]+|[\\r\\n]+$", "");
                if (h.isBlank() || h.contains("\n") || h.contains("\r")) {
                    throw new ExportException("--heading is one non-empty line: '" + heading.strip() + "'.");
                }
            }
            String summary = summary(parent, summaryFile);
            List<String> urls = !also.isEmpty() ? Add.alsoUrls(also) : noAlso ? List.of() : null;
            String newHeading = h;
            String newSummary = summary;
            Issue changed = parent.itemUseCase().change(issue, at, it -> {
                IssueItem e = newHeading == null ? it : it.withHeading(newHeading);
                e = newSummary == null ? e : e.withSummary(newSummary);
                return urls == null ? e : e.withAlsoUrls(urls);
            });
            IssueItem edited = changed.items().get(at);
            spec.commandLine()
                    .getOut()
                    .println("Edited item " + item + " of issue " + number + ": " + edited.heading());
            return 0;
        }
    }

    /** {@code gleaner issue move NUMBER ITEM POSITION}. */
    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move an item to another position.")
    static final class Move implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER")
        int number;

        @Parameters(index = "1", paramLabel = "ITEM", description = "The item's position (1-based).")
        int item;

        @Parameters(index = "2", paramLabel = "POSITION", description = "Its new position (1-based).")
        int position;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            int from = IssueCommand.index(issue, item);
            IssueItem moved = issue.items().get(from);
            Issue changed = parent.itemUseCase().move(issue, from, position - 1);
            spec.commandLine()
                    .getOut()
                    .println("Moved '" + moved.heading() + "' to position "
                            + (changed.items().indexOf(moved) + 1));
            return 0;
        }
    }

    /** {@code gleaner issue remove NUMBER ITEM}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an item from an issue.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER")
        int number;

        @Parameters(index = "1", paramLabel = "ITEM", description = "The item's position (1-based).")
        int item;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            int at = IssueCommand.index(issue, item);
            IssueItem removed = issue.items().get(at);
            parent.itemUseCase().remove(issue, at);
            spec.commandLine().getOut().println("Removed '" + removed.heading() + "' from issue " + number);
            return 0;
        }
    }
}
