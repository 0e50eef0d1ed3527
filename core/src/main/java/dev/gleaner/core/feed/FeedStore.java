package dev.gleaner.core.feed;

import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SaveResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The library's feeds: subscriptions, their fetch state and their entries. Thread-safe. */
public interface FeedStore {

    /** {@return the feed with this URL, subscribing to it when it is new} */
    Feed subscribe(String url, String title, String folder);

    /** {@return every feed, by id, with its counts} */
    List<Feed> feeds();

    /** {@return the feed with this id, if there is one} */
    Optional<Feed> feed(long id);

    /** {@return the feed with this URL, if there is one} */
    Optional<Feed> feedByUrl(String url);

    /**
     * Stores one entry of a feed: an entry with a GUID already seen in this feed updates that
     * article; else the article is found by canonical link (the same article in two feeds is one
     * article with two sources).
     *
     * @param feedId the feed
     * @param guid the entry's stable id, or {@code null}
     * @param draft the entry as an article
     * @return the article id and what happened
     */
    SaveResult saveEntry(long feedId, String guid, ArticleDraft draft);

    /**
     * Stores the entries of one fetch in one transaction; see {@link #saveEntry}.
     *
     * @return one result per item, in order
     */
    List<SaveResult> saveEntries(long feedId, List<FeedItem> items);

    /** {@return ids of this feed's articles that are only excerpts of their pages, newest first} */
    List<Long> excerptArticles(long feedId);

    /**
     * One entry to store.
     *
     * @param guid the entry's stable id, or {@code null}
     * @param draft the entry as an article
     * @param excerpt whether the feed carries only an excerpt of the page
     */
    record FeedItem(String guid, ArticleDraft draft, boolean excerpt) {
        public FeedItem {
            java.util.Objects.requireNonNull(draft, "draft");
            guid = guid == null || guid.isBlank() ? null : guid.strip();
        }
    }

    /** Records a successful fetch (new validators, title and site when known, errors cleared). */
    void recordSuccess(long feedId, Instant at, String etag, String lastModified, String title, String siteUrl);

    /**
     * Records, after a successful fetch, what Gleaner refused in the feed (a DTD, links with unsafe
     * schemes) as its last error, so that the feed's status says it.
     */
    void recordRefused(long feedId, String refused);

    /** Records a 304: the feed is fine and unchanged. */
    void recordNotModified(long feedId, Instant at);

    /** Records a failed fetch; the feed keeps its articles and is not retried before {@code nextAttempt}. */
    void recordFailure(long feedId, Instant at, String error, Instant nextAttempt);

    /** Moves a feed to a new URL after a permanent redirect. */
    void moveTo(long feedId, String newUrl);

    /**
     * Renames a feed or moves it to another folder; {@code null} leaves a value as it is and an
     * empty folder takes the feed out of its folder.
     */
    void describe(long feedId, String title, String folder);

    /** Turns fetching the full page of excerpt entries on or off for a feed. */
    void setFullText(long feedId, boolean fullText);

    /**
     * Unsubscribes from a feed. Its articles that came only through it are deleted unless the
     * reader kept them (starred or noted; articles in a weekly issue once issues exist).
     *
     * @return what happened to the feed's articles
     */
    Removal remove(long feedId);

    /**
     * What removing a feed did.
     *
     * @param deleted articles deleted
     * @param kept articles kept (kept by the reader or still in another source)
     */
    record Removal(int deleted, int kept) {
        public Removal {
            if (deleted < 0 || kept < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }
    }
}
