package dev.gleaner.app.cli;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.exporter.ExportException;
import java.io.IOException;
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
            boolean byUrl = target.startsWith("http://") || target.startsWith("https://");
            IssueItem samePage = issue.items().stream()
                    .filter(i -> Long.valueOf(articleId).equals(i.articleId()))
                    .findFirst()
                    .orElse(null);
            // A link written otherwise (a section, http, tracking) is the writer's choice: added, with a note.
            if (samePage != null && !byUrl) {
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
            if (samePage != null) {
                spec.commandLine()
                        .getOut()
                        .println("Note: item " + (updated.items().indexOf(samePage) + 1) + " links the same page as "
                                + samePage.url() + ".");
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
            int at = IssueCommand.index(issue, item);
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
            IssueItem moved = items.remove(IssueCommand.index(issue, item));
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
            IssueItem removed = items.remove(IssueCommand.index(issue, item));
            parent.library().issues().save(issue.withItems(items));
            spec.commandLine().getOut().println("Removed '" + removed.heading() + "' from issue " + number);
            return 0;
        }
    }
}
