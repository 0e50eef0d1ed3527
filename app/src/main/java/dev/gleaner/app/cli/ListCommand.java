package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.Source;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List articles, newest first.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "How many at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--feed", paramLabel = "ID", description = "Only the articles of this feed (or other source).")
    Long feed;

    @Option(names = "--unread", description = "Only unread articles.")
    boolean unread;

    @Option(names = "--starred", description = "Only starred articles.")
    boolean starred;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only articles with this tag.")
    String tag;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    ListFormat format;

    enum ListFormat {
        text,
        json
    }

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--limit must not be negative: " + limit);
        }
        Library library = root.services().library();
        if (feed != null && library.source(feed).isEmpty()) {
            throw new LibraryException("There is no feed " + feed + ": see the ids with 'gleaner feed list'.");
        }
        List<Article> articles = library.articles(new ArticleQuery(feed, unread, starred, tag, 0, limit));
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListFormat.json) {
            ObjectNode doc = Json.object();
            ArrayNode list = doc.putArray("articles");
            for (Article a : articles) {
                list.add(Json.summary(a, sourceName(library, a)));
            }
            Json.print(out, doc);
        } else {
            for (Article a : articles) {
                String date =
                        a.published() == null ? "          " : a.published().format(DateTimeFormatter.ISO_LOCAL_DATE);
                out.printf("%5d  %s  %s%s%n", a.id(), date, a.read() ? "" : "* ", a.title());
            }
            if (articles.isEmpty()) {
                out.println("No articles yet: add some with 'gleaner import PATH'.");
            }
        }
        return 0;
    }

    static String sourceName(Library library, Article a) {
        List<Source> sources = library.sourcesOf(a.id());
        return sources.isEmpty() ? a.siteName() : sources.getFirst().displayName();
    }
}
