package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.exporter.ExportException;
import dev.gleaner.exporter.hugo.HugoExporter;
import dev.gleaner.exporter.hugo.HugoImporter;
import dev.gleaner.exporter.hugo.HugoRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
            IssueCommand.Add.class,
            IssueCommand.Edit.class,
            IssueCommand.Move.class,
            IssueCommand.Remove.class,
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
            IssueStore store = parent.library().issues();
            List<Issue> existing = store.issues(s.name());
            int n = number != null
                    ? number
                    : existing.isEmpty() ? 1 : existing.getLast().number() + 1;
            if (store.issue(s.name(), n).isPresent()) {
                throw new ExportException(
                        "Issue " + n + " of '" + s.name() + "' exists already: see 'gleaner issue show " + n + "'.");
            }
            IssuePeriod p = period != null ? parsePeriod(period) : IssuePeriod.lastFullWeek(s.zone(), s.weekStart());
            OffsetDateTime when = date != null
                    ? parseDate(date, s)
                    : OffsetDateTime.now(s.zone()).truncatedTo(ChronoUnit.MINUTES);
            if (n < 1) {
                throw new ExportException("--number must be 1 or more, not " + n + ".");
            }
            // A new issue keeps the file conventions of the latest one (line ends, byte order mark, fences).
            IssueLayout layout = existing.isEmpty()
                    ? IssueLayout.defaults(s)
                    : existing.getLast().layout().conventionsFor(s);
            Issue issue = new Issue(s.name(), n, s.title(n), p, when, IssueStatus.DRAFT, List.of(), layout);
            store.save(issue);
            spec.commandLine()
                    .getOut()
                    .println("Issue " + n + " of " + s.name() + ": " + issue.title() + " (" + p + ")");
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
            Issue changed = new Issue(
                    issue.series(),
                    issue.number(),
                    title != null ? title.strip() : issue.title(),
                    p,
                    when,
                    issue.status(),
                    issue.items(),
                    issue.layout());
            parent.library().issues().save(changed);
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
            var export = parent.library().issues().lastExport(s.name(), number);
            parent.library().issues().delete(s.name(), number);
            spec.commandLine()
                    .getOut()
                    .println("Deleted " + issue.title() + " (" + issue.items().size() + " items); its articles stay"
                            + " in the library"
                            + export.map(e -> " and its post stays at " + e.path())
                                    .orElse("")
                            + ".");
            return 0;
        }
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

        @Override
        public Integer call() throws IOException {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            Library library = parent.library();
            // Everything the command can refuse is checked before anything is stored.
            List<String> alsoUrls = alsoUrls(also);
            if (reuseSummary && summaryFile != null) {
                throw new ExportException("--reuse-summary and --summary-file exclude each other: give one.");
            }
            if (heading != null && (heading.isBlank() || heading.strip().matches("(?s).*[\r\n].*"))) {
                throw new ExportException("--heading is one non-empty line: '" + heading.strip() + "'.");
            }
            String summary = "";
            if (summaryFile != null) {
                summary = summaryFile.equals("-")
                        ? new String(parent.root.stdin().readAllBytes(), StandardCharsets.UTF_8)
                        : readFile(parent.root.path(summaryFile));
                summary = trimBlankLines(summary.replace("\r\n", "\n"));
            }
            Article article;
            if (target.matches("\\d+")) {
                long id = Long.parseLong(target);
                article = library.article(id)
                        .orElseThrow(() -> new ExportException(
                                "There is no article " + id + ": see the ids with 'gleaner list'."));
            } else if (target.startsWith("http://") || target.startsWith("https://")) {
                article = library.findByUrl(target).orElse(null);
                String url = target.strip();
                if (issue.items().stream().anyMatch(i -> i.url().equals(url))) {
                    throw new ExportException(url + " is already in issue " + number + ".");
                }
                if (article == null) {
                    String title = heading != null && !heading.isBlank() ? heading : target;
                    long id = library.save(ArticleDraft.of(target, null, title, "", ""), null)
                            .id();
                    article = library.article(id).orElseThrow();
                }
            } else {
                throw new ExportException("'" + target + "' is neither an article id nor an http(s) URL.");
            }
            if (article.url() == null) {
                throw new ExportException("The article " + article.id() + " has no URL to list under References.");
            }
            long articleId = article.id();
            if (issue.items().stream().anyMatch(i -> Long.valueOf(articleId).equals(i.articleId()))) {
                throw new ExportException("'" + article.title() + "' is already in issue " + number + ".");
            }
            // The heading and summary are written as given: indentation and trailing spaces are Markdown.
            String h = heading != null ? heading.replaceAll("^[\\r\\n]+|[\\r\\n]+$", "") : article.title();
            String url = target.startsWith("http") ? target.strip() : article.url();
            if (h.isBlank() || h.contains("\n")) {
                throw new ExportException("--heading is one non-empty line: '" + h + "'.");
            }
            if (alsoUrls.contains(url)) {
                throw new ExportException("--also " + url + " is the item's own link: give only the further links.");
            }
            String reused = null;
            if (summaryFile == null) {
                var earlier = library.issues().earlierSummary(article.id(), url);
                if (earlier.isPresent() && reuseSummary) {
                    summary = earlier.get().summary();
                    reused = "Reused its summary from " + earlier.get().series() + ", Issue "
                            + earlier.get().number() + ".";
                } else if (earlier.isPresent()) {
                    reused = "It was in " + earlier.get().series() + ", Issue "
                            + earlier.get().number() + " with a summary: add --reuse-summary to use it again.";
                }
            }
            IssueItem item = new IssueItem(article.id(), h, summary, url, alsoUrls);
            Issue updated =
                    issue.withItemAt(item, position == null ? issue.items().size() + 1 : position);
            parent.library().issues().save(updated);
            int at = updated.items().indexOf(item) + 1;
            spec.commandLine().getOut().println("Added to issue " + number + " as item " + at + ": " + h);
            if (reused != null) {
                spec.commandLine().getOut().println(reused);
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

        private static String readFile(Path f) {
            try {
                return Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ExportException("Cannot read the summary file " + f + ": " + e.getMessage(), e);
            }
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
            int at = index(issue, item);
            if (noAlso && !also.isEmpty()) {
                throw new ExportException("Give either --also or --no-also, not both.");
            }
            IssueItem edited = issue.items().get(at);
            if (heading != null) {
                String h = heading.replaceAll("^[\\r\\n]+|[\\r\\n]+$", "");
                if (h.isBlank() || h.contains("\n") || h.contains("\r")) {
                    throw new ExportException("--heading is one non-empty line: '" + heading.strip() + "'.");
                }
                edited = edited.withHeading(h);
            }
            if (summaryFile != null) {
                String summary = summaryFile.equals("-")
                        ? new String(parent.root.stdin().readAllBytes(), StandardCharsets.UTF_8)
                        : readSummary(parent.root.path(summaryFile));
                edited = edited.withSummary(Add.trimBlankLines(summary.replace("\r\n", "\n")));
            }
            if (!also.isEmpty()) {
                List<String> urls = Add.alsoUrls(also);
                if (urls.contains(edited.url())) {
                    throw new ExportException(
                            "--also " + edited.url() + " is the item's own link: give only the further links.");
                }
                edited = edited.withAlsoUrls(urls);
            } else if (noAlso) {
                edited = edited.withAlsoUrls(List.of());
            }
            List<IssueItem> items = new ArrayList<>(issue.items());
            items.set(at, edited);
            parent.library().issues().save(issue.withItems(items));
            spec.commandLine()
                    .getOut()
                    .println("Edited item " + item + " of issue " + number + ": " + edited.heading());
            return 0;
        }

        private static String readSummary(Path f) {
            try {
                return Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ExportException("Cannot read the summary file " + f + ": " + e.getMessage(), e);
            }
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
            List<IssueItem> items = new ArrayList<>(issue.items());
            IssueItem moved = items.remove(index(issue, item));
            items.add(Math.max(0, Math.min(items.size(), position - 1)), moved);
            parent.library().issues().save(issue.withItems(items));
            spec.commandLine()
                    .getOut()
                    .println("Moved '" + moved.heading() + "' to position " + (items.indexOf(moved) + 1));
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
            List<IssueItem> items = new ArrayList<>(issue.items());
            IssueItem removed = items.remove(index(issue, item));
            parent.library().issues().save(issue.withItems(items));
            spec.commandLine().getOut().println("Removed '" + removed.heading() + "' from issue " + number);
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

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            PrintWriter out = spec.commandLine().getOut();
            List<Issue> issues = parent.library().issues().issues(s.name());
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

        @Option(names = "--site", paramLabel = "DIR", description = "The Hugo site (default: the series' site).")
        Path site;

        @Option(names = "--force", description = "Overwrite a post changed outside Gleaner (a .bak copy is kept).")
        boolean force;

        @Option(names = "--publish", description = "Mark the issue published (no draft flag) before writing it.")
        boolean publish;

        @Override
        public Integer call() {
            Series s = parent.currentSeries();
            Issue issue = parent.issue(s, number);
            if (publish && issue.status() != IssueStatus.PUBLISHED) {
                issue = issue.withStatus(IssueStatus.PUBLISHED);
                parent.library().issues().save(issue);
            }
            Path file;
            if (out != null) {
                file = out;
            } else {
                Path dir = site != null ? site : s.siteDir() != null ? Path.of(s.siteDir()) : null;
                if (dir == null) {
                    throw new ExportException(
                            "Where to? Give --out FILE or --site DIR, or set the site with 'gleaner series set \""
                                    + s.name() + "\" --site DIR'.");
                }
                file = HugoExporter.target(s, issue, dir);
            }
            HugoExporter.Result r = new HugoExporter(parent.library().issues())
                    .export(s, issue, file, force, OffsetDateTime.now(s.zone()).truncatedTo(ChronoUnit.SECONDS));
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
            spec.commandLine()
                    .getOut()
                    .println("Imported " + r.issues().size() + " issues of "
                            + r.series().name()
                            + " (" + r.lossless() + " export back unchanged); next issue: "
                            + (r.issues().isEmpty() ? 1 : r.issues().getLast().number() + 1));
            return 0;
        }
    }
}
