package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.Article;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner show ID}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id (see 'gleaner list').")
    long id;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Library library = root.services().library();
        Article a = library.article(id)
                .orElseThrow(() -> new LibraryException(
                        "There is no article " + id + " in the library: see the ids with 'gleaner list'."));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> {
                ObjectNode o = Json.summary(a, ListCommand.sourceName(library, a));
                ArrayNode authors = o.putArray("authors");
                a.authors().forEach(authors::add);
                o.put("lang", a.lang());
                o.put("site", a.siteName());
                o.put("added", a.added().toString());
                o.put("read", a.read());
                o.put("starred", a.starred());
                o.put("notes", a.notes());
                o.put("markdown", a.markdown());
                o.put("text", a.text());
                Json.print(out, o);
            }
            case markdown -> {
                String md = a.markdown().strip();
                if (!md.startsWith("# ")) {
                    out.println("# " + a.title());
                    out.println();
                }
                out.println(md);
            }
            case text -> {
                out.println(a.title());
                if (a.url() != null) {
                    out.println(a.url());
                }
                if (a.sourcePath() != null) {
                    out.println(a.sourcePath());
                }
                String meta = String.join(
                        " · ",
                        java.util.stream.Stream.of(
                                        a.published() == null
                                                ? null
                                                : a.published().toString(),
                                        a.authors().isEmpty() ? null : String.join(", ", a.authors()),
                                        a.siteName(),
                                        a.tags().isEmpty() ? null : "#" + String.join(" #", a.tags()))
                                .filter(java.util.Objects::nonNull)
                                .toList());
                if (!meta.isEmpty()) {
                    out.println(meta);
                }
                out.println();
                out.println(a.text());
                if (!a.notes().isBlank()) {
                    out.println();
                    out.println("Notes:");
                    out.println(a.notes());
                }
            }
        }
        return 0;
    }
}
