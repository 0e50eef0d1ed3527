package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.index.SearchHit;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner related ID}. */
@Command(name = "related", mixinStandardHelpOptions = true, description = "Articles like the given one.")
final class RelatedCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see 'gleaner list').")
    long id;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "How many at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    SearchCommand.Output format;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--limit must be between 1 and 1000: " + limit);
        }
        List<SearchHit> hits = root.services().searching().related(id, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (format == SearchCommand.Output.json) {
            ObjectNode doc = Json.object();
            doc.put("id", id);
            ArrayNode list = doc.putArray("hits");
            hits.forEach(h -> list.add(SearchCommand.hit(h)));
            Json.print(out, doc);
            return 0;
        }
        if (hits.isEmpty()) {
            out.println("No related articles found.");
        }
        for (SearchHit h : hits) {
            out.printf("%5d  %s%n", h.id(), h.title());
        }
        return 0;
    }
}
