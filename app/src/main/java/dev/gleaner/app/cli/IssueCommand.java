package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.app.usecase.IssueItems;
import dev.gleaner.app.usecase.Issues;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.exporter.ExportException;
import dev.gleaner.exporter.hugo.HugoExporter;
import dev.gleaner.exporter.hugo.HugoImporter;
import dev.gleaner.exporter.hugo.HugoRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner issue ...}: compose weekly issues and publish them as Hugo posts. */
@Command(
        name = "issue",
        mixinStandardHelpOptions = true,
        description = "Compose weekly issues and export them as Hugo posts.",
        subcommands = {
            IssueCommand.New.class,
            IssueCommand.SetIssue.class,
            IssueCommand.Delete.class,
            IssueCommand.Renumber.class,
            IssueItemCommands.Add.class,
            IssueItemCommands.Edit.class,
            IssueItemCommands.Move.class,
            IssueItemCommands.Remove.class,
            IssueCommand.ListIssues.class,
            IssueCommand.Show.class,
            IssueCommand.Export.class,
            IssueCommand.ImportHugo.class
        })
final class IssueCommand {
    @ParentCommand
    GleanerCommand root;

    @Option(
            names = "--series",
            paramLabel = "NAME",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The series (default: the only one).")
    String series;

    Library library() {
        return root.services().library();
    }

    /** {@return the issue actions the composer uses too} */
    Issues issues() {
        return root.services().issueUseCase();
    }

    /** {@return the item actions the composer uses too; a link the library lacks is clipped as 'gleaner clip' does} */
    IssueItems itemUseCase() {
        return root.services().issueItems();
    }

    Series currentSeries() {
        return SeriesCommand.find(library().issues(), series);
    }

    Issue issue(Series s, int number) {
        return library()
                .issues()
                .issue(s.name(), number)
                .orElseThrow(() -> new ExportException("There is no issue " + number + " in '" + s.name()
                        + "': see 'gleaner issue list' or create it with 'gleaner issue new --number " + number
                        + "'."));
    }

    static int index(Issue issue, int item) {
        if (item < 1 || item > issue.items().size()) {
            throw new ExportException("Issue " + issue.number() + " has no item " + item + " (it has "
                    + issue.items().size() + "): see 'gleaner issue show " + issue.number() + "'.");
        }
        return item - 1;
    }

    /** {@code gleaner issue new}. */
    @Command(name = "new", mixinStandardHelpOptions = true, description = "Start a new issue of a series.")
    static final class New implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--number", paramLabel = "N", description = "Default: the next after the last issue.")
        Integer number;

        @Option(names = "--period", paramLabel = "START~END", description = "Default: the last full week.")
        String period;

        @Option(names = "--date", paramLabel = "DATETIME", description = "Publish time; default: now.")
        String date;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            if (number != null && number < 1) {
                throw new ExportException("--number must be 1 or more, not " + number + ".");
            }
            IssuePeriod p = period != null ? parsePeriod(period) : null;
            OffsetDateTime when = date != null ? parseDate(date, s) : null;
            // The window's "New issue" starts issues the same way: next number, last full week, now.
            Issue issue = parent.issues().start(s, number, p, when);
            if (date != null) {
                // The post keeps the date as the writer gave it (without seconds, an offset, ...).
                issue = HugoRenderer.withDateAsWritten(s, issue, date);
                parent.library().issues().save(issue);
            }
            spec.commandLine()
                    .getOut()
                    .println("Issue " + issue.number() + " of " + s.name() + ": " + issue.title() + " ("
                            + issue.period() + ")");
            return 0;
        }

        static IssuePeriod parsePeriod(String text) {
            try {
                return IssuePeriod.parse(text);
            } catch (RuntimeException e) {
                throw new ExportException("--period is START~END with ISO dates, e.g. 2024-06-16~2024-06-22: " + text);
            }
        }

        static OffsetDateTime parseDate(String text, Series s) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(text).atZone(s.zone()).toOffsetDateTime();
                } catch (DateTimeParseException e2) {
                    try {
                        return LocalDate.parse(text).atStartOfDay(s.zone()).toOffsetDateTime();
                    } catch (DateTimeParseException e3) {
                        throw new ExportException("--date is a date-time like 2024-06-24T02:15:00+09:00: " + text);
                    }
                }
            }
        }
    }

    /** {@code gleaner issue set NUMBER [--title T] [--date D] [--period P]}. */
    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change an issue's title, date or period.")
    static final class SetIssue implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER", description = "The issue number.")
        int number;

        @Option(names = "--title", paramLabel = "T", description = "The post's title.")
        String title;

        @Option(names = "--date", paramLabel = "DATETIME", description = "The publish time.")
        String date;

        @Option(names = "--period", paramLabel = "START~END", description = "The week the issue covers.")
        String period;

        @Override
        public Integer call() {
            if (title == null && date == null && period == null) {
                throw new ExportException(
                        "Give --title, --date or --period to change: see 'gleaner issue set --help'.");
            }
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            if (title != null && (title.isBlank() || title.strip().matches("(?s).*[\r\n].*"))) {
                throw new ExportException("--title is one non-empty line: '" + title.strip() + "'.");
            }
            IssuePeriod p = period != null ? New.parsePeriod(period) : issue.period();
            OffsetDateTime when = date != null ? New.parseDate(date, s) : issue.date();
            // The composer's header edits the same three fields through the same use case.
            Issue changed =
                    parent.issues().setHeader(s, issue, title != null ? title.strip() : issue.title(), p, when, date);
            spec.commandLine()
                    .getOut()
                    .println("Issue " + number + " of " + s.name() + ": " + changed.title() + " (" + p + ", " + when
                            + ")");
            return 0;
        }
    }

    /** {@code gleaner issue delete NUMBER}. */
    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = "Delete an issue from the library (an exported post stays where it is).")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER", description = "The issue number.")
        int number;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            var post = parent.issues().delete(issue);
            spec.commandLine()
                    .getOut()
                    .println("Deleted " + issue.title() + " (" + issue.items().size() + " items); its articles stay"
                            + " in the library"
                            + post.map(path -> " and its post stays at " + path).orElse("")
                            + ".");
            return 0;
        }
    }

    /** {@code gleaner issue renumber NUMBER NEW}. */
    @Command(
            name = "renumber",
            mixinStandardHelpOptions = true,
            description = "Give an issue another number; a title that was the series' title follows it.")
    static final class Renumber implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER", description = "The issue's number now.")
        int number;

        @Parameters(index = "1", paramLabel = "NEW", description = "Its new number, 1 or more and not taken.")
        int to;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            if (to < 1) {
                throw new ExportException("An issue number is 1 or more, not " + to + ".");
            }
            Issue moved = parent.issues().renumber(issue, to);
            spec.commandLine()
                    .getOut()
                    .println("Issue " + number + " of " + s.name() + " is now issue " + moved.number() + ": "
                            + moved.title());
            return 0;
        }
    }

    /** {@code gleaner issue list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the issues of a series.")
    static final class ListIssues implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        ListCommand.ListFormat format;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            PrintWriter out = spec.commandLine().getOut();
            List<Issue> issues = parent.library().issues().issues(s.name());
            if (format == ListCommand.ListFormat.json) {
                ObjectNode doc = Json.object();
                doc.put("series", s.name());
                ArrayNode list = doc.putArray("issues");
                for (Issue i : issues) {
                    ObjectNode o = list.addObject();
                    o.put("number", i.number());
                    o.put("title", i.title());
                    o.put("date", i.date().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                    ObjectNode p = o.putObject("period");
                    p.put("start", i.period().start().toString());
                    p.put("end", i.period().end().toString());
                    o.put("status", i.status().name().toLowerCase(java.util.Locale.ROOT));
                    o.put("items", i.items().size());
                }
                Json.print(out, doc);
                return 0;
            }
            if (issues.isEmpty()) {
                out.println("No issues of " + s.name() + " yet: start one with 'gleaner issue new'.");
            }
            for (Issue i : issues) {
                out.printf(
                        "%4d  %s  %-9s  %2d items  %s%n",
                        i.number(),
                        i.period(),
                        i.status().name().toLowerCase(java.util.Locale.ROOT),
                        i.items().size(),
                        i.title());
            }
            return 0;
        }
    }

    /** {@code gleaner issue show NUMBER}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an issue.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NUMBER")
        int number;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case json -> {
                    ObjectNode o = Json.object();
                    o.put("series", issue.series());
                    o.put("number", issue.number());
                    o.put("title", issue.title());
                    o.put("date", issue.date().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                    ObjectNode p = o.putObject("period");
                    p.put("start", issue.period().start().toString());
                    p.put("end", issue.period().end().toString());
                    ArrayNode items = o.putArray("items");
                    for (IssueItem i : issue.items()) {
                        ObjectNode n = items.addObject();
                        n.put("heading", i.heading());
                        n.put("summary", i.summary());
                        n.put("url", i.url());
                        ArrayNode also = n.putArray("alsoUrls");
                        i.alsoUrls().forEach(also::add);
                        if (i.articleId() == null) {
                            n.putNull("articleId");
                        } else {
                            n.put("articleId", i.articleId());
                        }
                    }
                    Json.print(out, o);
                }
                case markdown -> out.print(new HugoRenderer().render(s, issue, OffsetDateTime.now(s.zone())));
                case text -> {
                    out.println(issue.title() + " (" + issue.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
                    out.println("period " + issue.period() + " · publish " + issue.date());
                    int k = 1;
                    for (IssueItem i : issue.items()) {
                        out.println();
                        out.println(k++ + ". " + i.heading());
                        out.println(
                                "   " + i.url() + (i.articleId() == null ? "" : " (article " + i.articleId() + ")"));
                        i.alsoUrls().forEach(u -> out.println("   also " + u));
                        if (i.summary().isBlank()) {
                            out.println("   (no summary)");
                        }
                    }
                }
            }
            return 0;
        }
    }

    /** {@code gleaner issue export NUMBER}. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write an issue as a Hugo post.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NUMBER")
        int number;

        @Option(names = "--out", paramLabel = "FILE", description = "The post file to write.")
        Path out;

        @Option(
                names = "--site",
                paramLabel = "DIR",
                description = "The Hugo site (default: the series' site, else the one chosen in Settings).")
        Path site;

        @Option(names = "--force", description = "Overwrite a post changed outside Gleaner (a .bak copy is kept).")
        boolean force;

        @Option(names = "--publish", description = "Mark the issue published (no draft flag) before writing it.")
        boolean publish;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            Issues issues = parent.issues();
            Issue exported = publish ? issues.publish(issue) : issue;
            Path file = issues.target(s, exported, out, site)
                    .orElseThrow(() -> new ExportException(
                            "Where to? Give --out FILE or --site DIR, or set the site with 'gleaner series set \""
                                    + s.name() + "\" --site DIR'."));
            HugoExporter.Result r = issues.export(s, exported, file, force);
            PrintWriter err = spec.commandLine().getErr();
            r.warnings().forEach(w -> err.println("warning: " + w));
            PrintWriter o = spec.commandLine().getOut();
            o.println((r.outcome() == HugoExporter.Outcome.UNCHANGED ? "Unchanged: " : "Wrote ") + r.path());
            if (r.backup() != null) {
                o.println("Previous version kept in " + r.backup());
            }
            return 0;
        }
    }

    /** {@code gleaner issue import-hugo PATH}. */
    @Command(
            name = "import-hugo",
            mixinStandardHelpOptions = true,
            description = "Read Hugo posts of a series (a file or a content folder) back into issues.")
    static final class ImportHugo implements Callable<Integer> {
        @ParentCommand
        IssueCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH")
        Path path;

        @Override
        public Integer call() {
            HugoImporter.Summary r = new HugoImporter(parent.library()).importPath(path, parent.series);
            PrintWriter err = spec.commandLine().getErr();
            r.warnings().forEach(w -> err.println("warning: " + w));
            spec.commandLine().getOut().println(Issues.describe(r));
            return 0;
        }
    }
}
