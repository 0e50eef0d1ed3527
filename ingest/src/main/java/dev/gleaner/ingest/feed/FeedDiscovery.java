package dev.gleaner.ingest.feed;

import dev.gleaner.ingest.http.FetchOutcome;
import dev.gleaner.ingest.http.HttpFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feed of a URL: the URL itself when it is a feed, else the page's
 * {@code <link rel="alternate">} feeds, else common paths (/feed, /rss, /atom.xml, /index.xml...).
 */
public final class FeedDiscovery {
    private static final List<String> COMMON_PATHS = List.of(
            "/feed",
            "/rss",
            "/feed.xml",
            "/rss.xml",
            "/atom.xml",
            "/index.xml",
            "/feed.json",
            "/feeds/posts/default",
            "/rss/",
            "/feed/",
            "/blog/feed",
            "/blog/rss.xml");

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|link|script|div|p)[\\s>]");

    private final HttpFetcher fetcher;
    private final FeedParser parser;

    /** Creates a discovery that fetches with {@code fetcher}. */
    public FeedDiscovery(HttpFetcher fetcher, FeedParser parser) {
        this.fetcher = fetcher;
        this.parser = parser;
    }

    /**
     * A feed found.
     *
     * @param url the feed URL (after permanent redirects)
     * @param feed the parsed feed
     */
    public record Found(String url, ParsedFeed feed) {
        public Found {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(feed, "feed");
        }
    }

    /**
     * Finds the feed for {@code url}.
     *
     * @throws FeedParseException when neither the URL nor its site has a feed, saying what was tried
     */
    public Found discover(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(url + " is not a valid URL: " + e.getMessage());
        }
        FetchOutcome outcome = fetcher.fetch(uri, null, null);
        if (!(outcome instanceof FetchOutcome.Fetched page)) {
            String why = outcome instanceof FetchOutcome.Failed f
                    ? f.reason()
                    : outcome.getClass().getSimpleName();
            throw new FeedParseException("Cannot fetch " + url + ": " + why + ".");
        }
        String finalUrl = page.movedPermanently() ? page.url().toString() : url.strip();
        if (new String(page.body(), 0, Math.min(page.body().length, 4096), StandardCharsets.ISO_8859_1).isBlank()) {
            throw new FeedParseException(url + " answered with an empty body, so it is neither a feed nor a page:"
                    + " check the URL, or try again later if the site is having trouble.");
        }
        try {
            return new Found(
                    finalUrl,
                    parser.parse(page.body(), page.contentType(), page.url().toString()));
        } catch (FeedParseException notAFeed) {
            // Only a web page leads elsewhere: a broken feed is reported, never swapped for another.
            if (!looksLikeHtml(page)) {
                throw new FeedParseException(url + " is not a feed or a web page: " + notAFeed.getMessage(), notAFeed);
            }
        }
        Set<String> candidates = new LinkedHashSet<>();
        Document html;
        try {
            html = Jsoup.parse(
                    new java.io.ByteArrayInputStream(page.body()),
                    null,
                    page.url().toString());
        } catch (java.io.IOException e) {
            throw new FeedParseException("Cannot read the page " + url + ": " + e.getMessage(), e);
        }
        for (Element link : html.select("link[rel~=(?i)alternate][href], a[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom") || type.contains("feed+json") || type.contains("xml")) {
                candidates.add(link.absUrl("href"));
            }
        }
        // Under the page's own folder first (a blog at example.com/~kim/blog/), then at the site's root.
        String folder = page.url().getPath() == null || page.url().getPath().isEmpty()
                ? "/"
                : page.url().getPath().substring(0, page.url().getPath().lastIndexOf('/') + 1);
        if (folder.length() > 1) {
            for (String path : COMMON_PATHS) {
                candidates.add(page.url().resolve(folder + path.substring(1)).toString());
            }
        }
        for (String path : COMMON_PATHS) {
            candidates.add(page.url().resolve(path).toString());
        }
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate.isBlank()) {
                continue;
            }
            tried.add(candidate);
            FetchOutcome o = fetcher.fetch(URI.create(candidate), null, null);
            if (o instanceof FetchOutcome.Fetched f) {
                try {
                    ParsedFeed feed =
                            parser.parse(f.body(), f.contentType(), f.url().toString());
                    return new Found(f.movedPermanently() ? f.url().toString() : candidate, feed);
                } catch (FeedParseException e) {
                    // not this one
                }
            }
        }
        throw new FeedParseException("No feed found for " + url + " (tried the page's feed links and " + tried.size()
                + " common paths): give the feed URL itself.");
    }

    private static boolean looksLikeHtml(FetchOutcome.Fetched page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        String head = new String(page.body(), 0, Math.min(page.body().length, 2048), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\uFEFF") || head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(head.charAt(0) == '\uFEFF' ? 1 : 3);
        }
        return HTML_START.matcher(head).find();
    }
}
