package dev.gleaner.app.cli;

import dev.gleaner.app.usecase.SeriesSettings;
import dev.gleaner.core.issue.FrontMatterFormat;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.issue.Series;
import dev.gleaner.exporter.ExportException;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner series show|set|rename|delete}: the settings of weekly series. */
@Command(
        name = "series",
        mixinStandardHelpOptions = true,
        description = "Show or change the settings of a weekly series, rename or delete one.",
        subcommands = {
            SeriesCommand.Show.class,
            SeriesCommand.Set.class,
            SeriesCommand.Rename.class,
            SeriesCommand.Delete.class
        })
final class SeriesCommand {
    @ParentCommand
    GleanerCommand root;

    /** {@return the series actions the Settings window and the composer use too} */
    SeriesSettings settings() {
        return root.services().seriesSettings();
    }

    /** {@return the series named {@code name}, or the only one when {@code name} is null} */
    static Series find(IssueStore store, String name) {
        if (name != null) {
            return store.series(name)
                    .orElseThrow(() -> new ExportException("There is no series '" + name
                            + "': create it with 'gleaner series set \"" + name + "\"' or see 'gleaner series show'."));
        }
        List<Series> all = store.allSeries();
        if (all.size() == 1) {
            return all.getFirst();
        }
        throw new ExportException(
                all.isEmpty()
                        ? "There is no series yet: create one with 'gleaner series set NAME' or 'gleaner issue import-hugo PATH'."
                        : "There are " + all.size() + " series: name one with --series NAME.");
    }

    private static String issues(int n) {
        return n + (n == 1 ? " issue" : " issues");
    }

    static void print(PrintWriter out, Series s) {
        out.println(s.name());
        out.println("  title pattern: " + s.titlePattern());
        out.println("  authors:       " + String.join(", ", s.authors()));
        out.println("  tags:          " + String.join(", ", s.tags()));
        out.println("  categories:    " + String.join(", ", s.categories()));
        out.println("  week start:    " + s.weekStart().name().toLowerCase(Locale.ROOT));
        out.println("  zone:          " + s.zone().getId());
        out.println("  front matter:  " + s.frontMatter().name().toLowerCase(Locale.ROOT));
        out.println("  file pattern:  " + s.filePattern() + (s.pageBundle() ? " (page bundle)" : ""));
        out.println("  site:          " + (s.siteDir() == null ? "(not set)" : s.siteDir()));
        out.println("  content dir:   " + s.contentDir());
        out.println("  headings:      " + s.periodHeading() + " / " + s.referencesHeading());
    }

    /** {@code gleaner series show [NAME]}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a series, or every series.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        SeriesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "NAME", description = "The series name.")
        String name;

        @Override
        public Integer call() {
            IssueStore store = parent.root.services().library().issues();
            PrintWriter out = spec.commandLine().getOut();
            if (name != null) {
                print(out, find(store, name));
            } else if (store.allSeries().isEmpty()) {
                out.println("No series yet: create one with 'gleaner series set NAME'.");
            } else {
                store.allSeries().forEach(s -> print(out, s));
            }
            return 0;
        }
    }

    /** {@code gleaner series set NAME [options]}. */
    @Command(name = "set", mixinStandardHelpOptions = true, description = "Create a series or change its settings.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        SeriesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The series name, e.g. \"Article Weekly\".")
        String name;

        @Option(names = "--title-pattern", paramLabel = "P", description = "Title with {number}.")
        String titlePattern;

        @Option(names = "--authors", paramLabel = "A,B", split = ",", description = "Front matter authors.")
        List<String> authors;

        @Option(names = "--tags", paramLabel = "T,..", split = ",", description = "Front matter tags.")
        List<String> tags;

        @Option(names = "--categories", paramLabel = "C,..", split = ",", description = "Front matter categories.")
        List<String> categories;

        @Option(names = "--week-start", paramLabel = "DAY", description = "sunday or monday.")
        String weekStart;

        @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone, e.g. Asia/Seoul.")
        String zone;

        @Option(names = "--front-matter", paramLabel = "FORMAT", description = "toml, yaml or json.")
        String frontMatter;

        @Option(names = "--file-pattern", paramLabel = "P", description = "File name with {number}.")
        String filePattern;

        @Option(names = "--site", paramLabel = "DIR", description = "The Hugo site folder.")
        String site;

        @Option(names = "--content-dir", paramLabel = "DIR", description = "Folder under content/, e.g. posts.")
        String contentDir;

        @Option(
                names = "--page-bundle",
                paramLabel = "BOOL",
                arity = "0..1",
                fallbackValue = "true",
                description = "Write NAME/index.md instead of NAME.md.")
        Boolean pageBundle;

        @Option(
                names = "--draft",
                arity = "0..1",
                fallbackValue = "true",
                description = "Write draft = true for drafts.")
        Boolean draft;

        @Option(names = "--slug", arity = "0..1", fallbackValue = "true", description = "Write a slug.")
        Boolean slug;

        @Option(names = "--lastmod", arity = "0..1", fallbackValue = "true", description = "Write lastmod.")
        Boolean lastmod;

        @Option(names = "--description", arity = "0..1", fallbackValue = "true", description = "Write a description.")
        Boolean description;

        @Override
        public Integer call() {
            SeriesSettings settings = parent.settings();
            Series s = settings.orDefaults(name);
            DayOfWeek week = s.weekStart();
            if (weekStart != null) {
                week = switch (weekStart.strip().toLowerCase(Locale.ROOT)) {
                    case "sunday", "sun" -> DayOfWeek.SUNDAY;
                    case "monday", "mon" -> DayOfWeek.MONDAY;
                    default -> throw new ExportException("--week-start is sunday or monday, not '" + weekStart + "'.");
                };
            }
            ZoneId z = s.zone();
            if (zone != null) {
                try {
                    z = ZoneId.of(zone.strip());
                } catch (RuntimeException e) {
                    throw new ExportException(
                            "Unknown time zone '" + zone + "': use a name like Asia/Seoul or +09:00.");
                }
            }
            FrontMatterFormat fm;
            try {
                fm = frontMatter == null ? s.frontMatter() : FrontMatterFormat.parse(frontMatter);
            } catch (IllegalArgumentException e) {
                throw new ExportException("--front-matter: " + e.getMessage() + ".");
            }
            Series.Options o = s.options();
            Series.Options options = new Series.Options(
                    draft == null ? o.draft() : draft,
                    slug == null ? o.slug() : slug,
                    lastmod == null ? o.lastmod() : lastmod,
                    description == null ? o.description() : description);
            Series updated;
            try {
                updated = new Series(
                        s.name(),
                        titlePattern == null ? s.titlePattern() : titlePattern,
                        authors == null ? s.authors() : trim(authors),
                        tags == null ? s.tags() : trim(tags),
                        categories == null ? s.categories() : trim(categories),
                        week,
                        z,
                        fm,
                        filePattern == null ? s.filePattern() : filePattern,
                        site == null ? s.siteDir() : parent.root.path(site).toString(),
                        contentDir == null ? s.contentDir() : contentDir,
                        s.periodHeading(),
                        s.referencesHeading(),
                        options,
                        pageBundle == null ? s.pageBundle() : pageBundle);
            } catch (IllegalArgumentException e) {
                throw new ExportException("Cannot set the series '" + name + "': " + e.getMessage() + ".");
            }
            // The Settings window refuses the same settings: a file name without {number}, an empty title.
            settings.save(updated);
            print(spec.commandLine().getOut(), updated);
            return 0;
        }

        private static List<String> trim(List<String> values) {
            return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        }
    }

    /** {@code gleaner series rename OLD NEW}. */
    @Command(
            name = "rename",
            mixinStandardHelpOptions = true,
            description = "Rename a series; its issues go with it (posts already written stay as they are).")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        SeriesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OLD", description = "The series' name now.")
        String from;

        @Parameters(index = "1", paramLabel = "NEW", description = "Its new name (also its Hugo series value).")
        String to;

        @Override
        public Integer call() {
            SeriesSettings settings = parent.settings();
            Series s = find(parent.root.services().library().issues(), from);
            String name = to.strip();
            if (name.isEmpty() || name.matches("(?s).*[\r\n].*")) {
                throw new ExportException("A series name is one non-empty line, not '" + to + "'.");
            }
            settings.rename(s.name(), name);
            spec.commandLine()
                    .getOut()
                    .println("Renamed the series '" + s.name() + "' to '" + name + "' ("
                            + issues(settings.issueCount(name)) + ").");
            return 0;
        }
    }

    /** {@code gleaner series delete NAME [--yes]}. */
    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = "Delete a series and its issues (their articles stay in the library, written posts"
                    + " stay on disk).")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        SeriesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The series name.")
        String name;

        @Option(names = "--yes", description = "Delete it even when it has issues.")
        boolean yes;

        @Override
        public Integer call() {
            SeriesSettings settings = parent.settings();
            Series s = find(parent.root.services().library().issues(), name);
            int issues = settings.issueCount(s.name());
            if (issues > 0 && !yes) {
                throw new ExportException("The series '" + s.name() + "' has " + issues(issues)
                        + ", which would be deleted with it: add --yes to delete them, or see them with"
                        + " 'gleaner issue list --series \"" + s.name() + "\"'.");
            }
            int n = settings.delete(s.name());
            spec.commandLine()
                    .getOut()
                    .println("Deleted the series '" + s.name() + "' and its " + issues(n)
                            + "; their articles stay in the library.");
            return 0;
        }
    }
}
