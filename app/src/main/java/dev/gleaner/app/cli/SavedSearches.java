package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.app.usecase.Search;
import dev.gleaner.core.model.SavedSearch;
import dev.gleaner.index.SearchResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner searches}: list, run and remove the searches saved with {@code search --save NAME}. */
@Command(
        name = "searches",
        mixinStandardHelpOptions = true,
        description = "List, run and remove saved searches (save one with 'gleaner search QUERY --save NAME').",
        subcommands = {SavedSearches.ListSearches.class, SavedSearches.Run.class, SavedSearches.Remove.class})
final class SavedSearches implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code gleaner searches list}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the saved searches with how many articles each finds now.")
    static final class ListSearches implements Callable<Integer> {
        @ParentCommand
        SavedSearches parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        SearchCommand.Output format;

        @Override
        public Integer call() {
            List<Search.Counted> searches = parent.root.services().searching().counted();
            PrintWriter out = spec.commandLine().getOut();
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("searches");
            for (Search.Counted c : searches) {
                SavedSearch s = c.search();
                long count = c.count();
                if (format == SearchCommand.Output.text) {
                    out.printf("%5d  %s  (%s)%n", count, s.name(), s.query());
                }
                ObjectNode n = list.addObject();
                n.put("name", s.name());
                n.put("query", s.query());
                n.put("created", s.created().toString());
                n.put("count", count);
            }
            if (format == SearchCommand.Output.json) {
                Json.print(out, doc);
            } else if (searches.isEmpty()) {
                out.println("No saved searches yet: save one with 'gleaner search QUERY --save NAME'.");
            }
            return 0;
        }
    }

    /** {@code gleaner searches run NAME}. */
    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Run a saved search; prints what 'gleaner search' prints.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        SavedSearches parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The saved search's name (case does not matter).")
        String name;

        @picocli.CommandLine.Mixin
        SearchCommand.Options options;

        @Override
        public Integer call() {
            options.check(spec);
            Search.Ran ran = parent.root.services().searching().run(name, options.limit, options.sortOrder());
            SavedSearch s = ran.search();
            SearchResult result = ran.result();
            ObjectNode extra = Json.object();
            extra.put("name", s.name());
            extra.put("query", s.query());
            PrintWriter out = spec.commandLine().getOut();
            if (options.format == SearchCommand.Output.text) {
                out.printf("%s: %s%n", s.name(), s.query());
            }
            SearchCommand.print(result, options.format, out, extra);
            return 0;
        }
    }

    /** {@code gleaner searches remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a saved search.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        SavedSearches parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The saved search's name (case does not matter).")
        String name;

        @Override
        public Integer call() {
            SavedSearch s = parent.root.services().searching().remove(name);
            spec.commandLine().getOut().printf("Removed the saved search %s (%s).%n", s.name(), s.query());
            return 0;
        }
    }
}
