package dev.gleaner.app.usecase;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.ExtractingHtmlReader.ExtractionDrafts;
import dev.gleaner.ingest.html.Extraction;
import dev.gleaner.ingest.html.PageFetcher;
import dev.gleaner.ingest.safety.SafeUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Clipping web pages into the library: {@code gleaner clip}, a link dropped on the window and a link
 * added to an issue in the composer all store a page through this class. The search index follows
 * the library's changes by itself.
 */
public final class Clipping {
    /** The largest HTML file read. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final Library library;
    private final Supplier<ArticleExtractor> extractor;
    private final Supplier<PageFetcher> pages;

    /** Creates the use case; the suppliers are called when a clip needs them. */
    public Clipping(Library library, Supplier<ArticleExtractor> extractor, Supplier<PageFetcher> pages) {
        this.library = library;
        this.extractor = extractor;
        this.pages = pages;
    }

    /** {@return whether {@code input} is an http(s) address rather than a file} */
    public static boolean isWebAddress(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }

    /**
     * {@return the article of the page at an http(s) {@code input}, or of the HTML file {@code input}}
     * Relative links of a file are read against {@code baseUrl}, else against the file.
     */
    public static Extraction extract(ArticleExtractor extractor, PageFetcher pages, String input, String baseUrl)
            throws IOException, InterruptedException {
        if (isWebAddress(input)) {
            return pages.fetchAndExtract(input);
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new IngestException(input + " is not a file or an http(s) URL.");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IngestException(input + " is too large to extract.");
        }
        return extractor.extract(
                Files.readAllBytes(file),
                null,
                baseUrl != null ? baseUrl : file.toUri().toString());
    }

    /**
     * Clips the one web page at {@code url} as one article, even when it lists posts: the link the
     * reader gave is the article they meant. {@return the stored article's id and whether it was new}
     */
    public SaveResult page(String url) {
        if (!isWebAddress(url)) {
            throw new IngestException("Only web pages (http or https) can be clipped: " + url);
        }
        Extraction page;
        try {
            page = pages.get().fetchAndExtract(url);
        } catch (IOException e) {
            throw new IngestException("Cannot fetch " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("Clipping " + url + " was interrupted.", e);
        }
        long source =
                library.addSource(SourceKind.PAGE, url, page.title(), null).id();
        return library.save(
                ExtractionDrafts.toDraft(page, ExtractionDrafts.address(page, url), null, page.sourceHtml()), source);
    }

    /** What a clip tells as it goes, so that a long listing shows its progress. */
    public interface Listener {
        /** The page lists {@code listed} posts, of which {@code clipping} are clipped. */
        default void listing(String input, int listed, int clipping) {}

        /** An article was stored. */
        default void saved(SaveResult saved, String title, String url) {}

        /** A listed post could not be clipped; the others go on. */
        default void failed(String link, String message) {}
    }

    /**
     * Clips a web page or an HTML file; a page that lists posts (a blog's index or archive) stores
     * each linked post instead, at most {@code maxPosts}.
     *
     * @param input an http(s) URL or the absolute path of an HTML file
     * @param baseUrl the address a saved file came from, or null
     * @throws IngestException after the others are stored, when some listed posts failed
     */
    public void clip(String input, String baseUrl, int maxPosts, Listener listener)
            throws IOException, InterruptedException {
        boolean remote = isWebAddress(input);
        Extraction page = extract(extractor.get(), pages.get(), input, baseUrl);
        String pageUrl = remote ? input : baseUrl;
        String file = remote ? null : Path.of(input).toAbsolutePath().toString();
        long sourceId = library.addSource(SourceKind.PAGE, pageUrl != null ? pageUrl : file, page.title(), null)
                .id();
        if (!page.listing()) {
            String url = pageUrl != null
                    ? ExtractionDrafts.address(page, pageUrl)
                    : SafeUrl.absolute(page.canonicalUrl(), null).orElse(null);
            SaveResult saved = library.save(ExtractionDrafts.toDraft(page, url, file, page.sourceHtml()), sourceId);
            listener.saved(saved, page.title(), url);
            return;
        }
        if (page.links().stream().noneMatch(Clipping::isWebAddress)) {
            throw new IngestException(input + " lists " + page.links().size()
                    + " posts, but it does not say which site it was saved from: clip it again with"
                    + " --base-url set to the page's address.");
        }
        listener.listing(
                input, page.links().size(), Math.min(maxPosts, page.links().size()));
        int failed = 0;
        for (String link : page.links().stream().limit(maxPosts).toList()) {
            try {
                Extraction post = pages.get().fetchAndExtract(link);
                String url = ExtractionDrafts.address(post, link);
                SaveResult saved = library.save(ExtractionDrafts.toDraft(post, url, null, post.sourceHtml()), sourceId);
                listener.saved(saved, post.title(), url);
            } catch (GleanerException | IOException e) {
                failed++;
                listener.failed(link, e.getMessage());
            }
        }
        if (failed > 0) {
            throw new IngestException(
                    failed + " of the listed posts could not be clipped (see above); the others are stored.");
        }
    }
}
