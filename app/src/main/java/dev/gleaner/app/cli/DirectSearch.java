package dev.gleaner.app.cli;

import dev.gleaner.index.SearchResult;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain {@code gleaner search} command line, run without picocli: {@code [--workspace DIR] search
 * [--format F] [--limit N] [--sort S] WORDS...}, each option at most once, with a value picocli would
 * accept as it is. Building picocli's model of even one command costs a one-shot search more than the
 * rest of reading its command line (its classes are of Java 5, which the start-up class cache cannot
 * hold). Anything else (help, {@code --save}, a word that starts with {@code -} or {@code @}, a value
 * out of range, an option twice) is left to picocli, which runs it and says what is wrong.
 */
final class DirectSearch {
    /** What the command line asks for. */
    record Parsed(
            Path workspace, List<String> words, int limit, SearchCommand.Order sort, SearchCommand.Output format) {}

    private DirectSearch() {}

    /** {@return the search {@code args} ask for, when they are plain enough to run without picocli} */
    static Optional<Parsed> parse(String[] args) {
        String workspace = null;
        int i = 0;
        for (; i < args.length && !args[i].equals("search"); i++) {
            String arg = args[i];
            if (workspace != null) {
                return Optional.empty();
            }
            if ((arg.equals("--workspace") || arg.equals("-w")) && i + 1 < args.length) {
                workspace = args[++i];
            } else if (arg.startsWith("--workspace=")) {
                workspace = arg.substring("--workspace=".length());
            } else {
                return Optional.empty();
            }
            String named = workspace;
            if (!plainValue(workspace)
                    || Commands.ALL.stream().anyMatch(c -> c.name().equals(named))) {
                return Optional.empty(); // picocli refuses a workspace named like the command
            }
        }
        if (i == args.length) {
            return Optional.empty();
        }
        String limit = null;
        String sort = null;
        String format = null;
        List<String> words = new ArrayList<>();
        for (i++; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                value = args[i + 1];
            }
            switch (name) {
                case "--limit" -> {
                    if (limit != null || value == null) {
                        return Optional.empty();
                    }
                    limit = value;
                }
                case "--sort" -> {
                    if (sort != null || value == null) {
                        return Optional.empty();
                    }
                    sort = value;
                }
                case "--format" -> {
                    if (format != null || value == null) {
                        return Optional.empty();
                    }
                    format = value;
                }
                default -> {
                    if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                        return Optional.empty();
                    }
                    words.add(arg);
                    continue;
                }
            }
            if (eq < 0) {
                i++; // the value was the next argument
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (limit == null) {
            limit = "20";
        }
        if (!limit.matches("[1-9][0-9]{0,3}") || Integer.parseInt(limit) > 1000) {
            return Optional.empty();
        }
        SearchCommand.Order order =
                sort == null ? SearchCommand.Order.relevance : enumValue(SearchCommand.Order.class, sort);
        SearchCommand.Output output =
                format == null ? SearchCommand.Output.text : enumValue(SearchCommand.Output.class, format);
        if (order == null || output == null) {
            return Optional.empty();
        }
        Path dir = null;
        if (workspace != null) {
            try {
                dir = Path.of(workspace);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Parsed(dir, List.copyOf(words), Integer.parseInt(limit), order, output));
    }

    /** {@return a value that picocli takes as it is: not empty, not an option, not an argument file} */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (!plainValue(value)) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    /** Runs {@code search} on the services of {@code root} and prints its hits as the command does. */
    static int run(GleanerCommand root, Parsed search, PrintWriter out) {
        root.workspace = search.workspace();
        SearchCommand.Options options = new SearchCommand.Options();
        options.limit = search.limit();
        options.sort = search.sort();
        options.format = search.format();
        var searching = root.services().searching();
        if (options.format == SearchCommand.Output.json) {
            // The JSON writer is made here, while the index and the dictionaries finish loading on
            // the other threads, rather than after the search.
            Json.object();
        }
        SearchResult result = searching.search(options.request(String.join(" ", search.words())));
        SearchCommand.print(result, options.format, out, null);
        return 0;
    }
}
