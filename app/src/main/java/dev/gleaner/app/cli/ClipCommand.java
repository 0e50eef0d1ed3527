package dev.gleaner.app.cli;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.html.ExtractingHtmlReader.ExtractionDrafts;
import dev.gleaner.ingest.html.Extraction;
import dev.gleaner.ingest.html.PageFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        var services = root.services();
        Library library = services.library();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean remote = input.startsWith("http://") || input.startsWith("https://");
        if (!remote) {
            input = root.path(input).toString();
        }
        Extraction page = ExtractCommand.extract(services.extractor(), services.pageFetcher(), input, baseUrl);
        String pageUrl = remote ? input : baseUrl;
        long sourceId = library.addSource(
                        SourceKind.PAGE,
                        pageUrl != null
                                ? pageUrl
                                : Path.of(input).toAbsolutePath().toString(),
                        page.title(),
                        null)
                .id();
        int failed = 0;
        if (!page.listing()) {
            String url = pageUrl != null
                    ? ExtractionDrafts.address(page, pageUrl)
                    : dev.gleaner.ingest.safety.SafeUrl.absolute(page.canonicalUrl(), null)
                            .orElse(null);
            String path = remote ? null : Path.of(input).toAbsolutePath().toString();
            print(
                    out,
                    library.save(ExtractionDrafts.toDraft(page, url, path, page.sourceHtml()), sourceId),
                    page.title(),
                    url);
        } else if (page.links().stream().noneMatch(l -> l.startsWith("http://") || l.startsWith("https://"))) {
            throw new IngestException(input + " lists " + page.links().size()
                    + " posts, but it does not say which site it was saved from: clip it again with"
                    + " --base-url set to the page's address.");
        } else {
            out.printf(
                    "%s lists %d posts; clipping %d%n",
                    input, page.links().size(), Math.min(maxPosts, page.links().size()));
            PageFetcher fetcher = services.pageFetcher();
            for (String link : page.links().stream().limit(maxPosts).toList()) {
                try {
                    Extraction post = fetcher.fetchAndExtract(link);
                    String url = ExtractionDrafts.address(post, link);
                    ArticleDraft draft = ExtractionDrafts.toDraft(post, url, null, post.sourceHtml());
                    print(out, library.save(draft, sourceId), post.title(), url);
                } catch (GleanerException | IOException e) {
                    failed++;
                    err.println("gleaner: " + link + ": " + e.getMessage());
                }
            }
        }
        if (failed > 0) {
            throw new IngestException(
                    failed + " of the listed posts could not be clipped (see above); the others are stored.");
        }
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
