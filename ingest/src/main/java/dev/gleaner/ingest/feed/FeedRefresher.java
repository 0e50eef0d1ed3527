package dev.gleaner.ingest.feed;

import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.feed.FeedStore;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.ingest.http.FetchOutcome;
import dev.gleaner.ingest.http.HttpFetcher;
import dev.gleaner.ingest.safety.SafeDrafts;
import dev.gleaner.ingest.safety.SafeUrl;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Refreshes feeds: fetch (conditional GET), parse, store entries; failures keep the articles and
 * back off exponentially. Feeds are refreshed concurrently on virtual threads; the fetcher's limits
 * keep it polite. Thread-safe.
 */
public final class FeedRefresher {
    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(15);
    private static final Duration MAX_BACKOFF = Duration.ofDays(1);

    private final FeedStore store;
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final EntryDrafts drafts = new EntryDrafts();
    /** At most this many stored excerpts of one feed get their page fetched per refresh. */
    static final int MAX_UPGRADES_PER_REFRESH = 20;

    private final FullTextFetcher fullText;
    private final Clock clock;
    private final Library library;

    /**
     * Creates a refresher.
     *
     * @param fullText fetches full pages for excerpt entries of feeds that ask for it, or {@code null}
     */
    public FeedRefresher(
            FeedStore store, HttpFetcher fetcher, FeedParser parser, FullTextFetcher fullText, Clock clock) {
        this.store = store;
        this.fetcher = fetcher;
        this.parser = parser;
        this.fullText = fullText;
        this.clock = clock;
        this.library = null;
    }

    /**
     * Creates a refresher on the feeds of {@code library} that also upgrades excerpts stored before:
     * when a feed has full text on, each refresh fetches the pages of its stored excerpt articles
     * (up to {@value #MAX_UPGRADES_PER_REFRESH}), even when the feed itself answers 304, so that
     * turning full text on upgrades what is already in the library.
     *
     * @param fullText fetches full pages for excerpt entries of feeds that ask for it, or {@code null}
     */
    public FeedRefresher(
            Library library, HttpFetcher fetcher, FeedParser parser, FullTextFetcher fullText, Clock clock) {
        this.library = java.util.Objects.requireNonNull(library, "library");
        this.store = library.feeds();
        this.fetcher = fetcher;
        this.parser = parser;
        this.fullText = fullText;
        this.clock = clock;
    }

    /**
     * Refreshes several feeds at once.
     *
     * @param feeds the feeds
     * @param force fetch even feeds that are backing off
     * @param progress called (on a worker thread) as each feed finishes
     * @return one report per feed, in the order given
     */
    public List<RefreshReport> refreshAll(List<Feed> feeds, boolean force, Consumer<RefreshReport> progress) {
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("feed-refresh-", 0).factory())) {
            List<Future<RefreshReport>> futures = new ArrayList<>();
            for (Feed feed : feeds) {
                futures.add(pool.submit(() -> {
                    RefreshReport r = refresh(feed, force);
                    progress.accept(r);
                    return r;
                }));
            }
            List<RefreshReport> out = new ArrayList<>();
            for (Future<RefreshReport> f : futures) {
                try {
                    out.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("refresh interrupted", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("refresh failed unexpectedly", e.getCause());
                }
            }
            return out;
        }
    }

    /** {@return the report of refreshing one feed}; never throws for network or feed problems */
    public RefreshReport refresh(Feed feed, boolean force) {
        Instant now = clock.instant();
        if (!force && feed.nextAttempt() != null && now.isBefore(feed.nextAttempt())) {
            return new RefreshReport(
                    feed.id(),
                    feed.url(),
                    feed.title(),
                    RefreshReport.Status.SKIPPED,
                    0,
                    0,
                    0,
                    null,
                    List.of("backing off until " + feed.nextAttempt()));
        }
        URI uri;
        try {
            uri = URI.create(feed.url().strip());
        } catch (IllegalArgumentException e) {
            return fail(feed, now, "the feed URL is not valid: " + e.getMessage(), null);
        }
        FetchOutcome outcome = fetcher.fetch(uri, feed.etag(), feed.lastModified());
        String url = feed.url();
        boolean moved = switch (outcome) {
            case FetchOutcome.Fetched f -> f.movedPermanently();
            case FetchOutcome.NotModified n -> n.movedPermanently();
            default -> false;
        };
        if (moved && !outcome.url().toString().equals(url)) {
            store.moveTo(feed.id(), outcome.url().toString());
            url = outcome.url().toString();
        }
        return switch (outcome) {
            case FetchOutcome.NotModified n -> {
                store.recordNotModified(feed.id(), now);
                int upgraded = upgradeStoredExcerpts(feed, java.util.Set.of());
                yield new RefreshReport(
                        feed.id(),
                        url,
                        feed.title(),
                        RefreshReport.Status.NOT_MODIFIED,
                        0,
                        upgraded,
                        0,
                        null,
                        List.of());
            }
            case FetchOutcome.Gone g ->
                fail(
                        feed,
                        now,
                        "the feed is gone (HTTP 410): remove it with 'gleaner feed remove " + feed.id() + "'",
                        MAX_BACKOFF);
            case FetchOutcome.Failed f -> fail(feed, now, f.reason(), f.retryAfter());
            case FetchOutcome.Fetched f -> store(feed, url, f, now);
        };
    }

    private RefreshReport store(Feed feed, String url, FetchOutcome.Fetched f, Instant now) {
        ParsedFeed parsed;
        try {
            parsed = parser.parse(f.body(), f.contentType(), f.url().toString());
        } catch (FeedParseException e) {
            return fail(feed, now, e.getMessage(), null);
        }
        List<FeedStore.FeedItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>(parsed.problems());
        int excerpts = 0;
        int withoutLink = 0;
        String feedUrl = f.url().toString();
        java.util.TreeSet<String> unsafeLinkSchemes = new java.util.TreeSet<>();
        int unsafeLinks = 0;
        int droppedUrls = 0;
        java.util.TreeSet<String> droppedSchemes = new java.util.TreeSet<>();
        for (FeedEntry entry : parsed.entries()) {
            if (entry.link() != null && SafeUrl.absolute(entry.link(), feedUrl).isEmpty()) {
                // A javascript: or data: "link" is no address to keep or open.
                unsafeLinks++;
                String scheme = SafeUrl.schemeOf(entry.link());
                unsafeLinkSchemes.add(scheme == null ? "an unresolvable address" : scheme + ":");
                continue;
            }
            ArticleDraft draft = drafts.draft(entry, parsed);
            if (draft == null) {
                withoutLink++;
                continue;
            }
            boolean excerpt = EntryDrafts.isExcerpt(entry, draft.text());
            if (excerpt && feed.fullText() && fullText != null) {
                Optional<ArticleDraft> full = fullText.fullText(draft);
                if (full.isPresent()) {
                    draft = full.get();
                    excerpt = false;
                }
            }
            SafeDrafts.Result safe = SafeDrafts.clean(draft, feedUrl);
            droppedUrls += safe.dropped();
            droppedSchemes.addAll(safe.schemes());
            excerpts += excerpt ? 1 : 0;
            items.add(new FeedStore.FeedItem(entry.guid(), safe.draft(), excerpt));
        }
        if (withoutLink > 0) {
            problems.add(withoutLink + " entries without a link were skipped");
        }
        if (unsafeLinks > 0) {
            problems.add("refused: " + unsafeLinks + (unsafeLinks == 1 ? " entry" : " entries") + " whose link is "
                    + String.join(" or ", unsafeLinkSchemes)
                    + ", not http or https (skipped)");
        }
        if (droppedUrls > 0) {
            problems.add(SafeDrafts.describe(droppedUrls, List.copyOf(droppedSchemes)));
        }
        int added = 0;
        int updated = 0;
        java.util.Set<Long> inFeed = new java.util.HashSet<>();
        for (SaveResult r : store.saveEntries(feed.id(), items)) {
            inFeed.add(r.id());
            switch (r.outcome()) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case UNCHANGED -> {}
            }
        }
        int upgraded = upgradeStoredExcerpts(feed, inFeed);
        updated += upgraded;
        store.recordSuccess(
                feed.id(),
                now,
                f.etag(),
                f.lastModified(),
                parsed.title(),
                SafeUrl.absolute(parsed.siteUrl(), feedUrl).orElse(null));
        List<String> refused =
                problems.stream().filter(p -> p.startsWith("refused:")).toList();
        if (!refused.isEmpty()) {
            // Stored, but not all of it: the feed's status says what was refused.
            store.recordRefused(feed.id(), String.join("; ", refused));
        }
        String title = feed.title() != null ? feed.title() : parsed.title();
        return new RefreshReport(
                feed.id(), url, title, RefreshReport.Status.FETCHED, added, updated, excerpts, null, problems);
    }

    /**
     * Fetches the pages of this full-text feed's stored excerpts that the feed's current document did
     * not bring ({@code inFeed}, already tried), newest first; an excerpt whose page gives no longer
     * text stays an excerpt and is tried again on a later refresh.
     *
     * @return how many were upgraded to their full text
     */
    private int upgradeStoredExcerpts(Feed feed, java.util.Set<Long> inFeed) {
        if (library == null || fullText == null || !feed.fullText()) {
            return 0;
        }
        int tried = 0;
        int upgraded = 0;
        for (long id : store.excerptArticles(feed.id())) {
            if (tried == MAX_UPGRADES_PER_REFRESH || Thread.currentThread().isInterrupted()) {
                break;
            }
            Optional<Article> found = inFeed.contains(id) ? Optional.empty() : library.article(id);
            if (found.isEmpty() || found.get().url() == null) {
                continue;
            }
            tried++;
            Article a = found.get();
            List<String> userTags = library.userTags(id).stream()
                    .map(t -> t.toLowerCase(java.util.Locale.ROOT))
                    .toList();
            ArticleDraft excerpt = new ArticleDraft(
                    a.url(),
                    a.title(),
                    a.authors(),
                    a.published(),
                    a.lang(),
                    a.siteName(),
                    a.tags().stream()
                            .filter(t -> !userTags.contains(t.toLowerCase(java.util.Locale.ROOT)))
                            .toList(),
                    a.markdown(),
                    a.text(),
                    a.sourcePath(),
                    a.leadImage(),
                    null);
            Optional<ArticleDraft> full = fullText.fullText(excerpt);
            if (full.isEmpty()) {
                continue;
            }
            ArticleDraft safe = SafeDrafts.clean(full.get(), a.url()).draft();
            SaveResult r = store.saveEntries(feed.id(), List.of(new FeedStore.FeedItem(null, safe, false)))
                    .getFirst();
            if (r.id() == id) {
                upgraded++;
            }
        }
        return upgraded;
    }

    private RefreshReport fail(Feed feed, Instant now, String reason, Duration retryAfter) {
        Duration backoff = backoff(feed.failures() + 1);
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            backoff = retryAfter.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : retryAfter;
        }
        store.recordFailure(feed.id(), now, reason, now.plus(backoff));
        return new RefreshReport(
                feed.id(), feed.url(), feed.title(), RefreshReport.Status.FAILED, 0, 0, 0, reason, List.of());
    }

    /** {@return the wait after {@code failures} consecutive failures: 15 min doubling up to a day} */
    static Duration backoff(int failures) {
        int shift = Math.min(Math.max(failures - 1, 0), 10);
        Duration d = FIRST_BACKOFF.multipliedBy(1L << shift);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
