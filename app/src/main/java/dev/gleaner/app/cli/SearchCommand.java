package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.index.SearchHit;
import dev.gleaner.index.SearchRequest;
import dev.gleaner.index.SearchResult;
import dev.gleaner.index.SortOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner search QUERY}. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the library in Korean and English.",
            "Words must all match; \"phrases\", -word, OR, title: tag: site: lang:,",
            "after:YYYY-MM-DD before:YYYY-MM-DD in:YYYY-MM, is:starred is:unread."
        })
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "How many hits at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            defaultValue = "relevance",
            description = "relevance or date (default: ${DEFAULT-VALUE}).")
    Order sort;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Output format;

    enum Order {
        relevance,
        date
    }

    enum Output {
        text,
        json
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--limit must be between 1 and 1000: " + limit);
        }
        SearchResult result = root.services()
                .searchIndex()
                .search(new SearchRequest(
                        String.join(" ", query), limit, sort == Order.date ? SortOrder.DATE : SortOrder.RELEVANCE));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Output.json) {
            ObjectNode doc = Json.object();
            doc.put("total", result.total());
            ArrayNode hits = doc.putArray("hits");
            result.hits().forEach(h -> hits.add(hit(h)));
            ObjectNode facets = doc.putObject("facets");
            for (Map.Entry<String, Map<String, Integer>> f : result.facets().entrySet()) {
                ObjectNode values = facets.putObject(f.getKey());
                f.getValue().forEach(values::put);
            }
            doc.put("note", result.note());
            Json.print(out, doc);
            return 0;
        }
        if (result.note() != null) {
            out.println(result.note());
        }
        out.printf("%d article(s) found%n", result.total());
        for (SearchHit h : result.hits()) {
            String date = h.published() == null ? "          " : h.published().substring(0, 10);
            out.printf("%5d  %s  %s%s%n", h.id(), date, h.title(), h.site() == null ? "" : "  (" + h.site() + ")");
            if (!h.snippet().isEmpty()) {
                out.println("       " + h.snippet().replace("<b>", "[").replace("</b>", "]"));
            }
        }
        return 0;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode o = Json.object();
        o.put("id", h.id());
        o.put("title", h.title());
        o.put("url", h.url());
        o.put("path", h.path());
        o.put("published", h.published());
        o.put("site", h.site());
        o.put("score", h.score());
        o.put("snippet", h.snippet());
        return o;
    }
}
