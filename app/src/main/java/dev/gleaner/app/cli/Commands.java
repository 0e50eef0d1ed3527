package dev.gleaner.app.cli;

import java.util.List;
import java.util.Optional;

/**
 * The {@code gleaner} commands, in the order {@code gleaner --help} lists them, and which of them a
 * command line runs. Building a command's model (picocli reads its annotations, fields and help
 * texts) is most of what parsing costs, so a command line that names a command gets only that one;
 * help, completion and anything unknown get them all.
 */
final class Commands {
    /** One command: its name on the command line and its class. */
    record Entry(String name, Class<?> type) {}

    static final List<Entry> ALL = List.of(
            new Entry("import", ImportCommand.class),
            new Entry("extract", ExtractCommand.class),
            new Entry("clip", ClipCommand.class),
            new Entry("list", ListCommand.class),
            new Entry("show", ShowCommand.class),
            new Entry("search", SearchCommand.class),
            new Entry("searches", SavedSearches.class),
            new Entry("related", RelatedCommand.class),
            new Entry("star", ArticleCommands.Star.class),
            new Entry("unstar", ArticleCommands.Unstar.class),
            new Entry("read", ArticleCommands.Read.class),
            new Entry("unread", ArticleCommands.Unread.class),
            new Entry("notes", ArticleCommands.Notes.class),
            new Entry("link", LinkCommand.class),
            new Entry("tag", TagCommand.class),
            new Entry("delete", ArticleCommands.Delete.class),
            new Entry("reindex", ReindexCommand.class),
            new Entry("reextract", ReextractCommand.class),
            new Entry("doctor", DoctorCommand.class),
            new Entry("series", SeriesCommand.class),
            new Entry("issue", IssueCommand.class),
            new Entry("feed", FeedCommand.class),
            new Entry("refresh", RefreshCommand.class),
            new Entry("serve", ServeCommand.class));

    /** The commands whose work is searching the index: they open it whatever their arguments. */
    private static final java.util.Set<String> SEARCHING =
            java.util.Set.of("search", "searches", "related", "reindex", "doctor", "serve");

    /** The short commands that read the index and write to it only when it is behind the library. */
    private static final java.util.Set<String> READING = java.util.Set.of("search", "searches", "related");

    private Commands() {}

    /** {@return whether {@code command} reads the index without rebuilding or checking it} */
    static boolean readsIndex(Entry command) {
        return READING.contains(command.name());
    }

    /** {@return whether {@code command} searches the index (so it needs the Korean dictionaries)} */
    static boolean searches(Entry command) {
        return SEARCHING.contains(command.name());
    }

    /**
     * {@return the command {@code args} run, when they name one of {@link #ALL} after nothing but the
     * workspace option; empty when they ask for the help, the version, the window or something unknown}
     */
    static Optional<Entry> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-w") || arg.equals("--workspace")) {
                i++; // its value, whatever it looks like
            } else if (arg.startsWith("--workspace=") || (arg.startsWith("-w") && !arg.startsWith("--"))) {
                continue; // -wDIR, -w=DIR, --workspace=DIR
            } else if (arg.startsWith("-") || arg.startsWith("@")) {
                return Optional.empty(); // another option of gleaner's own, or an argument file
            } else {
                return ALL.stream().filter(e -> e.name().equals(arg)).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the workspace folder {@code args} give before the command ({@code -w DIR},
     * {@code --workspace DIR}, {@code --workspace=DIR}, {@code -wDIR}, {@code -w=DIR}), as written;
     * empty when they give none there}
     */
    static Optional<String> workspace(String[] args) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-w") || arg.equals("--workspace")) {
                if (i + 1 < args.length) {
                    found = args[++i];
                }
            } else if (arg.startsWith("--workspace=")) {
                found = arg.substring("--workspace=".length());
            } else if (arg.startsWith("-w") && !arg.startsWith("--")) {
                found = arg.startsWith("-w=") ? arg.substring(3) : arg.substring(2);
            } else {
                break;
            }
        }
        return Optional.ofNullable(found).filter(s -> !s.isEmpty());
    }
}
