package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.Extraction;
import dev.gleaner.ingest.html.PageFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner extract FILE|URL}: prints the article of a page without storing it. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Print the article of a web page or HTML file (metadata, Markdown, text) without storing it.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", description = "An HTML file or an http(s) URL.")
    String input;

    @Option(names = "--base-url", description = "The page's URL, for resolving relative links of a file.")
    String baseUrl;

    @Option(names = "--format", defaultValue = "json", description = "json, markdown or text (default: json).")
    String format;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Extraction e;
        ArticleExtractor extractor = new ArticleExtractor();
        try (PageFetcher pages = new PageFetcher(extractor)) {
            e = dev.gleaner.app.usecase.Clipping.extract(extractor, pages, input, baseUrl);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "markdown" -> out.print(e.markdown());
            case "text" -> out.println(e.text());
            case "json" -> Json.print(out, toJson(e));
            default -> throw new IngestException("Unknown format " + format + ": use json, markdown or text.");
        }
        out.flush();
        return 0;
    }

    static ObjectNode toJson(Extraction e) {
        ObjectNode o = Json.object();
        o.put("title", e.title());
        o.put("byline", e.byline());
        o.put("published", e.published() == null ? null : e.published().toString());
        o.put("lang", e.lang());
        o.put("siteName", e.siteName());
        o.put("canonicalUrl", e.canonicalUrl());
        o.put("leadImage", e.leadImage());
        ArrayNode tags = o.putArray("tags");
        e.tags().forEach(tags::add);
        o.put("markdown", e.markdown());
        o.put("text", e.text());
        o.put("listing", e.listing());
        if (e.listing()) {
            ArrayNode links = o.putArray("links");
            e.links().forEach(links::add);
        }
        return o;
    }
}
