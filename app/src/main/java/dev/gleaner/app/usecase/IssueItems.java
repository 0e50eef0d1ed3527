package dev.gleaner.app.usecase;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The items of an issue: add an article or a link, change, move and remove an item. {@code gleaner
 * issue add|edit|move|remove} and the issue composer act through this class, so that both refuse the
 * same duplicates, fill a new item's summary the same way and clip a page the library lacks.
 */
public final class IssueItems {
    private final Library library;
    private final Function<String, SaveResult> clip;

    /**
     * Creates the use case on {@code library}; {@code clip} stores the page at a link the library
     * lacks (as {@link Clipping#page} does), or is null where pages cannot be fetched.
     */
    public IssueItems(Library library, Function<String, SaveResult> clip) {
        this.library = library;
        this.clip = clip;
    }

    /**
     * What to add, as the command line gives it.
     *
     * @param target a library article id or an http(s) URL
     * @param heading the section heading, or null for the article's title
     * @param summary the summary in Markdown, or null when none is given
     * @param position the 1-based position, or null for last
     * @param reuseSummary whether to take the summary the article had in an earlier issue
     * @param alsoUrls further links the article cites, already checked to be web addresses
     * @param fetch whether to clip a page the library lacks before adding it
     */
    public record Request(
            String target,
            String heading,
            String summary,
            Integer position,
            boolean reuseSummary,
            List<String> alsoUrls,
            boolean fetch) {
        public Request {
            alsoUrls = List.copyOf(alsoUrls);
        }
    }

    /**
     * What an add did.
     *
     * @param issue the issue with the item, as stored
     * @param item the item added
     * @param position its 1-based position
     * @param earlier the issue the article was in before with a summary, if any
     * @param reused whether that summary was taken
     * @param fetchFailed why the page could not be clipped (the link was added alone), or null
     * @param samePage an item already in the issue that links the same page written otherwise (a
     *     section, http, tracking parameters), or null
     */
    public record Added(
            Issue issue,
            IssueItem item,
            int position,
            Optional<IssueStore.EarlierSummary> earlier,
            boolean reused,
            String fetchFailed,
            IssueItem samePage) {}

    /** {@return {@code text} stripped, when it is one http(s) address without spaces; else empty} */
    public static Optional<String> webAddress(String text) {
        String u = text == null ? "" : text.strip();
        if (!(u.startsWith("http://") || u.startsWith("https://"))
                || u.codePoints().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(u);
    }

    /**
     * Adds {@code r.target()} to {@code issue} and stores it: a library article by id, or a link
     * (the library's article with it, else the page clipped now when {@code r.fetch()}, else the
     * link alone). Everything that can be refused is checked before anything is stored.
     *
     * @throws GleanerException when the article is unknown, has no link or is in the issue already
     */
    public Added add(Issue issue, Request r) {
        String target = r.target().strip();
        Article article;
        String url;
        String fetchFailed = null;
        boolean byUrl = !target.matches("\\d+");
        if (!byUrl) {
            long id = Long.parseLong(target);
            article = library.article(id)
                    .orElseThrow(() ->
                            new GleanerException("There is no article " + id + ": see the ids with 'gleaner list'."));
            if (article.url() == null) {
                throw new GleanerException("The article " + article.id() + " has no URL to list under References.");
            }
            url = article.url();
        } else {
            url = webAddress(target)
                    .orElseThrow(() ->
                            new GleanerException("'" + target + "' is neither an article id nor an http(s) URL."));
            refuseLink(issue, url);
            refuseOwnLink(url, r.alsoUrls());
            article = library.findByUrl(url).orElse(null);
            if (article == null && r.fetch() && clip != null) {
                try {
                    article = library.article(clip.apply(url).id()).orElse(null);
                } catch (RuntimeException e) {
                    // The link is the writer's: it is added alone, and the caller says why the page is missing.
                    fetchFailed = e.getMessage() != null ? e.getMessage() : e.toString();
                }
            }
        }
        refuseOwnLink(url, r.alsoUrls());
        IssueItem samePage = null;
        if (article != null && byUrl) {
            // A link written otherwise (a section, http, tracking) is the writer's choice: added, noted.
            long articleId = article.id();
            samePage = issue.items().stream()
                    .filter(i -> Long.valueOf(articleId).equals(i.articleId()))
                    .findFirst()
                    .orElse(null);
        } else if (article != null) {
            refuseArticle(issue, article);
        }
        String heading = r.heading() != null
                ? r.heading()
                : article != null && !article.title().isBlank() ? article.title() : url;
        String summary = r.summary() == null ? "" : r.summary();
        Optional<IssueStore.EarlierSummary> earlier = Optional.empty();
        boolean reused = false;
        if (article != null && r.summary() == null) {
            earlier = library.issues().earlierSummary(article.id(), url);
            if (earlier.isPresent() && r.reuseSummary()) {
                summary = earlier.get().summary();
                reused = true;
            } else if (!article.notes().isBlank()) {
                summary = article.notes().strip();
            }
        }
        if (article == null) {
            // Only the link: the article is stored so that the item keeps its place in the library.
            long id = library.save(ArticleDraft.of(url, null, heading, "", ""), null)
                    .id();
            article = library.article(id).orElseThrow();
        }
        IssueItem item = new IssueItem(article.id(), heading, summary, url, r.alsoUrls());
        Issue updated =
                issue.withItemAt(item, r.position() == null ? issue.items().size() + 1 : r.position());
        library.issues().save(updated);
        return new Added(updated, item, updated.items().indexOf(item) + 1, earlier, reused, fetchFailed, samePage);
    }

    /**
     * Adds the library article {@code articleId} to the stored {@code issue} as its last item, with
     * the writer's notes on it (else the summary it had in an earlier issue) as summary. {@return the
     * issue with the item, as stored}
     */
    public Issue addArticle(Issue issue, long articleId) {
        Article article = library.article(articleId)
                .orElseThrow(() -> new GleanerException("The article " + articleId + " is no longer in the library."));
        if (article.url() == null) {
            throw new GleanerException(
                    "'" + article.title() + "' is a local note without a link: give it its link first, then add it.");
        }
        Issue current = library.issues()
                .issue(issue.series(), issue.number())
                .orElseThrow(() ->
                        new GleanerException("The issue " + issue.number() + " of '" + issue.series() + "' is gone."));
        refuseArticle(current, article);
        String summary = article.notes().strip();
        if (summary.isEmpty()) {
            summary = library.issues()
                    .earlierSummary(article.id(), article.url())
                    .map(IssueStore.EarlierSummary::summary)
                    .orElse("");
        }
        IssueItem item = new IssueItem(article.id(), article.title(), summary, article.url());
        Issue updated = current.withItemAt(item, current.items().size() + 1);
        library.issues().save(updated);
        return updated;
    }

    /**
     * What adding a link did.
     *
     * @param issue the issue with the item, as stored
     * @param fetchFailed why the page could not be clipped (the link was added alone), or null
     */
    public record LinkAdded(Issue issue, String fetchFailed) {}

    /**
     * Adds the page at {@code url} to {@code issue} as its last item: the library's article with that
     * link, else the page clipped now; a page that cannot be fetched is added as the link alone, as
     * {@code gleaner issue add URL} does. {@return the issue with the item, as stored, and why the page
     * is missing when it is}
     */
    public LinkAdded addLink(Issue issue, String url) {
        String u = webAddress(url)
                .orElseThrow(() -> new GleanerException("'" + (url == null ? "" : url.strip())
                        + "' is not a web address: give an http(s) URL to add."));
        refuseLink(issue, u);
        Article article = library.findByUrl(u).orElse(null);
        if (article == null) {
            if (clip == null) {
                throw new GleanerException("Pages cannot be fetched here: clip " + u + " first.");
            }
            try {
                article = library.article(clip.apply(u).id()).orElseThrow();
            } catch (RuntimeException e) {
                // The link is the writer's: it is added alone, and the caller says why the page is missing.
                Added alone = add(issue, new Request(u, null, null, null, false, List.of(), false));
                return new LinkAdded(alone.issue(), e.getMessage() != null ? e.getMessage() : e.toString());
            }
        }
        return new LinkAdded(addArticle(issue, article.id()), null);
    }

    /** {@return {@code issue} with the item at {@code at} (0-based) changed by {@code change}; not stored} */
    public static Issue changed(Issue issue, int at, UnaryOperator<IssueItem> change) {
        List<IssueItem> items = new ArrayList<>(issue.items());
        items.set(at, change.apply(items.get(at)));
        return issue.withItems(items);
    }

    /**
     * {@return {@code issue} with the item at {@code from} moved to {@code to} (0-based, kept inside
     * the list); not stored}
     */
    public static Issue moved(Issue issue, int from, int to) {
        List<IssueItem> items = new ArrayList<>(issue.items());
        IssueItem item = items.remove(from);
        items.add(Math.max(0, Math.min(items.size(), to)), item);
        return issue.withItems(items);
    }

    /** {@return {@code issue} without the item at {@code at} (0-based); not stored} */
    public static Issue removed(Issue issue, int at) {
        List<IssueItem> items = new ArrayList<>(issue.items());
        items.remove(at);
        return issue.withItems(items);
    }

    /** Changes the item at {@code at} (0-based) and stores the issue, unless it would cite its own link; {@return the issue as stored} */
    public Issue change(Issue issue, int at, UnaryOperator<IssueItem> change) {
        Issue next = changed(issue, at, change);
        refuseOwnLink(next.items().get(at).url(), next.items().get(at).alsoUrls());
        return save(next);
    }

    /** Moves the item at {@code from} to {@code to} (0-based) and stores the issue; {@return the issue as stored} */
    public Issue move(Issue issue, int from, int to) {
        return save(moved(issue, from, to));
    }

    /** Removes the item at {@code at} (0-based) and stores the issue; {@return the issue as stored} */
    public Issue remove(Issue issue, int at) {
        return save(removed(issue, at));
    }

    private Issue save(Issue issue) {
        library.issues().save(issue);
        return issue;
    }

    private static void refuseLink(Issue issue, String url) {
        if (issue.items().stream().anyMatch(i -> i.url().equals(url))) {
            throw new GleanerException(url + " is already in issue " + issue.number() + ".");
        }
    }

    private static void refuseArticle(Issue issue, Article article) {
        if (issue.items().stream()
                .anyMatch(item -> Long.valueOf(article.id()).equals(item.articleId())
                        || item.url().equals(article.url()))) {
            throw new GleanerException("'" + article.title() + "' is already in issue " + issue.number() + ".");
        }
    }

    private static void refuseOwnLink(String url, List<String> alsoUrls) {
        if (alsoUrls.contains(url)) {
            throw new GleanerException(url + " is the item's own link: list only the further links the article cites.");
        }
    }
}
