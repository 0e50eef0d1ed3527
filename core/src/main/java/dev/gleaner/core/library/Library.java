package dev.gleaner.core.library;

import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.ArticleText;
import dev.gleaner.core.model.Changes;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.core.model.Source;
import dev.gleaner.core.model.SourceKind;
import java.util.List;
import java.util.Optional;

/**
 * The library of articles: Gleaner's store of record. Every method that changes data is one
 * transaction and advances the change sequence the search index follows. Implementations are
 * thread-safe.
 */
public interface Library extends AutoCloseable {

    /** Opens the library in {@code file} (SQLite), creating or migrating it as needed. */
    static Library open(java.nio.file.Path file) {
        return dev.gleaner.core.library.internal.SqliteLibrary.open(file);
    }

    /**
     * Stores an article: adds it, or updates the article with the same canonical URL (else the same
     * source path), or leaves it alone when nothing changed.
     *
     * @param draft the article as ingested
     * @param sourceId the source it came through, linked to the article, or {@code null}
     * @return its id and what happened
     */
    SaveResult save(ArticleDraft draft, Long sourceId);

    /**
     * Stores several articles, each as {@link #save} would, one after the other in one transaction:
     * all of them are stored, or none when one cannot be. Storing many articles at once this way
     * (an import of a folder) writes the library's pages once per call rather than once per article.
     *
     * @param drafts the articles as ingested, stored in this order
     * @param sourceId the source they came through, linked to each, or {@code null}
     * @return what happened to each draft, in the order of {@code drafts}
     */
    List<SaveResult> saveAll(List<ArticleDraft> drafts, Long sourceId);

    /** {@return the article with this id, if there is one} */
    Optional<Article> article(long id);

    /** {@return the article whose canonical URL equals that of {@code url}, if there is one} */
    Optional<Article> findByUrl(String url);

    /** {@return the article imported from this absolute file path, if there is one} */
    Optional<Article> findBySourcePath(String path);

    /** {@return one page of articles, newest first} */
    List<Article> articles(ArticleQuery query);

    /** {@return how many articles the query matches, ignoring its offset and limit} */
    int count(ArticleQuery query);

    /** {@return the ids of every article {@code query} matches, in list order (newest first); its limit and offset are ignored} */
    default List<Long> ids(ArticleQuery query) {
        return articles(new ArticleQuery(
                        query.sourceId(), query.unreadOnly(), query.starredOnly(), query.tag(), 0, Integer.MAX_VALUE))
                .stream()
                .map(Article::id)
                .toList();
    }

    /**
     * {@return the ids of every article that any of {@code queries} matches, each once}: a folder of
     * feeds or the notes of several folders as one list. The library merges them in list order
     * (newest first); this default only puts each query's after the previous ones'.
     */
    default List<Long> ids(List<ArticleQuery> queries) {
        java.util.Set<Long> merged = new java.util.LinkedHashSet<>();
        queries.forEach(q -> merged.addAll(ids(q)));
        return List.copyOf(merged);
    }

    /** {@return the articles with these ids, in this order; ids no longer in the library are left out} */
    default List<Article> articlesById(List<Long> ids) {
        return ids.stream().map(this::article).flatMap(Optional::stream).toList();
    }

    /**
     * {@return the searched texts of the articles with these ids, in this order; ids no longer in
     * the library are left out}: what {@link #articlesById} gives, less the rest of each article,
     * for a search that shows the snippets of its hits.
     */
    default List<ArticleText> articleTexts(List<Long> ids) {
        return articlesById(ids).stream().map(ArticleText::of).toList();
    }

    /** Marks an article read or unread. */
    void setRead(long id, boolean read);

    /** Stars or unstars an article. */
    void setStarred(long id, boolean starred);

    /** Replaces the reader's notes (Markdown) on an article. */
    void setNotes(long id, String notes);

    /** Deletes an article; its deletion is part of the change sequence. */
    void delete(long id);

    /**
     * Gives an article a link (an imported note has none), so that it can be listed in an issue;
     * re-imports of its file keep the link.
     *
     * @param url an http(s) URL
     * @throws LibraryException when there is no such article, the URL is not http(s), or another
     *     article has that link already
     */
    default void setUrl(long id, String url) {
        throw new UnsupportedOperationException("this library cannot change an article's link");
    }

    /**
     * {@return the local files (source path by article id) of the articles from {@code sourceId}},
     * notes given a link among them. Cheap at any size: no bodies are read.
     */
    default java.util.Map<Long, String> localPaths(long sourceId) {
        java.util.Map<Long, String> paths = new java.util.LinkedHashMap<>();
        for (Article a : articles(new ArticleQuery(sourceId, false, false, null, 0, Integer.MAX_VALUE))) {
            if (a.sourcePath() != null) {
                paths.put(a.id(), a.sourcePath());
            }
        }
        return paths;
    }

    /**
     * Records that a local article's file was renamed or moved: the article keeps its id, state,
     * notes, tags and issue membership under its new path.
     */
    default void relocate(long id, String newSourcePath) {
        throw new UnsupportedOperationException("relocate");
    }

    /**
     * {@return the tags the reader added to an article, in the order added; they are part of its
     * {@link Article#tags()} (after the ones it came with) and survive re-imports and refreshes}
     */
    default List<String> userTags(long id) {
        throw new UnsupportedOperationException("this library keeps no tags of the reader's");
    }

    /**
     * Adds the reader's own tags to an article (one transaction; tags it already has, in any case,
     * are left out).
     *
     * @return the tags that were added
     * @throws LibraryException when there is no such article or a tag is blank or spans lines
     */
    default List<String> addUserTags(long id, List<String> tags) {
        throw new UnsupportedOperationException("this library keeps no tags of the reader's");
    }

    /**
     * Removes tags the reader added to an article (case folded; one transaction).
     *
     * @return the tags that were removed
     * @throws LibraryException when there is no such article
     */
    default List<String> removeUserTags(long id, List<String> tags) {
        throw new UnsupportedOperationException("this library keeps no tags of the reader's");
    }

    /** {@return the saved searches, by name} */
    default List<dev.gleaner.core.model.SavedSearch> savedSearches() {
        return List.of();
    }

    /** {@return the saved search with this name (case folded), if there is one} */
    default Optional<dev.gleaner.core.model.SavedSearch> savedSearch(String name) {
        return savedSearches().stream()
                .filter(s -> s.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /**
     * Saves {@code query} under {@code name}, replacing the query of a saved search with that name.
     * Saved searches are not articles: the change sequence stays.
     *
     * @return the saved search as stored
     * @throws LibraryException when the name or the query is not usable
     */
    default dev.gleaner.core.model.SavedSearch saveSearch(String name, String query) {
        throw new UnsupportedOperationException("this library keeps no saved searches");
    }

    /** Removes the saved search with this name (case folded); {@return whether there was one} */
    default boolean removeSavedSearch(String name) {
        throw new UnsupportedOperationException("this library keeps no saved searches");
    }

    /** {@return the raw HTML the article was extracted from, if it was kept} */
    Optional<String> rawHtml(long id);

    /** {@return the source with this kind and location, adding it when it is new} */
    Source addSource(SourceKind kind, String location, String title, String folder);

    /** {@return the source with this id, if there is one} */
    Optional<Source> source(long id);

    /** {@return the sources of one kind, or all when {@code kind} is null, by id} */
    List<Source> sources(SourceKind kind);

    /** {@return the sources an article came through} */
    List<Source> sourcesOf(long articleId);

    /** {@return the highest change sequence committed so far; 0 for an empty library} */
    long changeSequence();

    /**
     * Calls {@code listener} after every commit that advances the {@link #changeSequence()}, on the
     * writing thread, once the data is stored; a listener that throws is logged and does not fail
     * the write. Listeners added twice are called twice.
     */
    default void addChangeListener(ChangeListener listener) {
        throw new UnsupportedOperationException("this library does not publish its changes");
    }

    /** Stops calling {@code listener}; nothing happens when it was not added. */
    default void removeChangeListener(ChangeListener listener) {}

    /** {@return up to {@code max} changed articles (and all deletions) after {@code sequence}} */
    Changes changesSince(long sequence, int max);

    /** {@return the feed subscriptions and their entries} */
    dev.gleaner.core.feed.FeedStore feeds();

    /** {@return the value of a setting, if it is set} */
    Optional<String> setting(String key);

    /** Sets a setting; {@code null} removes it. */
    void putSetting(String key, String value);

    /** {@return problems found by the store's own consistency checks; empty when healthy} */
    List<String> check();

    /** Closes the store; further calls fail. */
    /** {@return the weekly series and issues kept in this library} */
    dev.gleaner.core.issue.IssueStore issues();

    @Override
    void close();
}
