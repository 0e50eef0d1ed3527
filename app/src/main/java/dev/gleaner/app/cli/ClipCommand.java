package dev.gleaner.app.cli;

import dev.gleaner.app.usecase.Clipping;
import dev.gleaner.core.model.SaveResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner clip URL|FILE}: extracts a page's article and stores it; a listing page stores its posts. */
@Command(
        name = "clip",
        mixinStandardHelpOptions = true,
        description = {
            "Extract the article of a web page or HTML file and store it in the library.",
            "A page that lists posts (a blog's index or archive) stores each linked post instead."
        })
final class ClipCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL|FILE", description = "An http(s) URL or an HTML file.")
    String input;

    @Option(names = "--base-url", paramLabel = "URL", description = "The page's URL, for a saved file's links.")
    String baseUrl;

    @Option(
            names = "--max-posts",
            paramLabel = "N",
            defaultValue = "50",
            description = "At most this many posts of a listing page (default: ${DEFAULT-VALUE}).")
    int maxPosts;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Clipping.isWebAddress(input)) {
            input = root.path(input).toString();
        }
        root.services().clipping().clip(input, baseUrl, maxPosts, new Clipping.Listener() {
            @Override
            public void listing(String page, int listed, int clipping) {
                out.printf("%s lists %d posts; clipping %d%n", page, listed, clipping);
            }

            @Override
            public void saved(SaveResult saved, String title, String url) {
                print(out, saved, title, url);
            }

            @Override
            public void failed(String link, String message) {
                err.println("gleaner: " + link + ": " + message);
            }
        });
        return 0;
    }

    private static void print(PrintWriter out, SaveResult saved, String title, String url) {
        String outcome = switch (saved.outcome()) {
            case ADDED -> "added    ";
            case UPDATED -> "updated  ";
            case UNCHANGED -> "unchanged";
        };
        out.printf("%s %d  %s%s%n", outcome, saved.id(), title, url == null ? "" : "  (" + url + ")");
        out.flush();
    }
}
