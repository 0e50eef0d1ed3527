package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.core.model.SavedSearch;
import dev.gleaner.index.SearchHit;
import dev.gleaner.index.SearchRequest;
import dev.gleaner.index.SearchResult;
import dev.gleaner.index.SortOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "after:YYYY-MM-DD before:YYYY-MM-DD in:YYYY-MM, is:starred is:unread.",
            "--save NAME keeps the query as a saved search."
        })
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    @Mixin
    Options options;

    enum Order {
        relevance,
        date
    }

    enum Output {
        text,
        json
    }

    @Option(
            names = "--save",
            paramLabel = "NAME",
            description =
                    "Also save the query under NAME (see 'gleaner searches'); a saved search of that name is replaced.")
    String save;

    @Override
    public Integer call() {
        options.check(spec);
        String text = String.join(" ", query);
        // The name is checked before anything runs, so a bad name saves nothing and prints no hits.
        var search = root.services().searching();
        if (save != null) {
            dev.gleaner.app.usecase.Search.checkName(save);
        }
        SearchResult result = search.search(options.request(text));
        PrintWriter out = spec.commandLine().getOut();
        if (save == null) {
            print(result, options.format, out, null);
            return 0;
        }
        SavedSearch saved = search.save(save, text);
        ObjectNode extra = Json.object();
        ObjectNode s = extra.putObject("saved");
        s.put("name", saved.name());
        s.put("query", saved.query());
        print(result, options.format, out, extra);
        if (options.format == Output.text) {
            out.printf("Saved as %s; run it again with: gleaner searches run %s%n", saved.name(), quoted(saved.name()));
        }
        return 0;
    }

    /** The options of a search: how many hits, in which order, as text or JSON. */
    static final class Options {
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

        /** Refuses a limit out of range as a usage error of the command {@code spec}. */
        void check(CommandSpec spec) {
            if (limit < 1 || limit > 1000) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--limit must be between 1 and 1000: " + limit);
            }
        }

        SearchRequest request(String query) {
            return new SearchRequest(query, limit, sortOrder());
        }

        SortOrder sortOrder() {
            return sort == Order.date ? SortOrder.DATE : SortOrder.RELEVANCE;
        }
    }

    /** {@return {@code name} as a shell word} */
    static String quoted(String name) {
        return name.matches("[\\p{L}\\p{N}_.-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    /**
     * Prints a search result: the contract JSON document (with the fields of {@code extra} first, when
     * given) or the text lines.
     */
    static void print(SearchResult result, Output format, PrintWriter out, ObjectNode extra) {
        if (format == Output.json) {
            ObjectNode doc = Json.object();
            if (extra != null) {
                doc.setAll(extra);
            }
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
            return;
        }
        if (result.note() != null) {
            out.println(result.note());
        }
        out.printf("%,d %s found%n", result.total(), result.total() == 1 ? "article" : "articles");
        for (SearchHit h : result.hits()) {
            String date = h.published() == null ? "          " : h.published().substring(0, 10);
            out.printf("%5d  %s  %s%s%n", h.id(), date, h.title(), h.site() == null ? "" : "  (" + h.site() + ")");
            if (!h.snippet().isEmpty()) {
                out.println("       " + h.snippet().replace("<b>", "[").replace("</b>", "]"));
            }
        }
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
