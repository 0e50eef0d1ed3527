package dev.gleaner.app.usecase;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader's actions on articles: star, read, notes, their own tags, link and delete. {@code
 * gleaner star|unstar|read|unread|notes|delete|tag|link}, the list, the reader and the issue
 * composer all act through this class. The search index follows the library's changes by itself.
 *
 * <p>The actions on a list of ids check every id before they change anything; the actions on one
 * article the window shows write at once.
 */
public final class Articles {
    private final Library library;

    /** Creates the use case on {@code library}. */
    public Articles(Library library) {
        this.library = library;
    }

    /** There is no article with the id asked for. */
    public static final class NoSuchArticle extends NotFound {
        private static final long serialVersionUID = 1L;

        NoSuchArticle(long id) {
            super(id, "There is no article " + id + ": check the id with 'gleaner list' or 'gleaner search'.");
        }
    }

    /** {@return the articles with these ids, in this order} @throws NoSuchArticle for the first missing one */
    public List<Article> require(List<Long> ids) {
        List<Article> found = new ArrayList<>();
        for (long id : ids) {
            found.add(library.article(id).orElseThrow(() -> new NoSuchArticle(id)));
        }
        return found;
    }

    /** {@return the article {@code id}} @throws NoSuchArticle when there is none */
    public Article require(long id) {
        return require(List.of(id)).getFirst();
    }

    /** A flag the reader sets on articles. */
    public enum Flag {
        /** Starred: kept, and listed under Starred. */
        STARRED,
        /** Read: out of the Inbox. */
        READ;

        boolean of(Article a) {
            return this == STARRED ? a.starred() : a.read();
        }
    }

    /**
     * What setting a flag did to one article.
     *
     * @param article the article as it was
     * @param changed false when it already was as asked
     */
    public record Flagged(Article article, boolean changed) {}

    /** Sets {@code flag} of one article to {@code on}. */
    public void set(long id, Flag flag, boolean on) {
        switch (flag) {
            case STARRED -> library.setStarred(id, on);
            case READ -> library.setRead(id, on);
        }
    }

    /** Sets {@code flag} of every article of {@code ids} to {@code on}; {@return what it did to each} */
    public List<Flagged> set(List<Long> ids, Flag flag, boolean on) {
        List<Flagged> out = new ArrayList<>();
        for (Article a : require(ids)) {
            boolean change = flag.of(a) != on;
            if (change) {
                set(a.id(), flag, on);
            }
            out.add(new Flagged(a, change));
        }
        return out;
    }

    /** Replaces an article's notes (Markdown); blank clears them. */
    public void setNotes(long id, String notes) {
        library.setNotes(id, notes);
    }

    /**
     * What changing an article's own tags did.
     *
     * @param article the article as it was
     * @param changed the tags added or removed
     * @param now the article's tags now
     */
    public record Tagged(Article article, List<String> changed, List<String> now) {}

    /** Adds tags of the reader's own to an article. */
    public Tagged addTags(long id, List<String> tags) {
        Article a = require(id);
        List<String> changed = library.addUserTags(id, tags);
        return tagged(a, changed);
    }

    /** Removes tags the reader added to an article; a tag it came with from its source cannot go. */
    public Tagged removeTags(long id, List<String> tags) {
        Article a = require(id);
        List<String> own = library.userTags(id);
        for (String t : tags) {
            boolean mine = own.stream().anyMatch(o -> o.equalsIgnoreCase(t.strip()));
            if (!mine && a.tags().stream().anyMatch(o -> o.equalsIgnoreCase(t.strip()))) {
                throw new LibraryException("The tag '" + t.strip() + "' came with article " + id
                        + " from its source, so it cannot be removed; only tags added with 'gleaner tag add' can.");
            }
        }
        return tagged(a, library.removeUserTags(id, tags));
    }

    private Tagged tagged(Article before, List<String> changed) {
        Article now = library.article(before.id()).orElse(before);
        return new Tagged(before, changed, now.tags());
    }

    /**
     * What giving an article its link did.
     *
     * @param before the article as it was
     * @param url the link it has now
     */
    public record Linked(Article before, String url) {}

    /** Gives an article (an imported note) the link an issue lists it under. */
    public Linked link(long id, String url) {
        Article before = require(id);
        library.setUrl(id, url);
        return new Linked(before, library.article(id).orElseThrow().url());
    }

    /** Deletes one article (issue items keep their heading, summary and link). */
    public void delete(long id) {
        library.delete(id);
    }

    /** Deletes every article of {@code ids} once, after checking them all; {@return the articles deleted} */
    public List<Article> delete(List<Long> ids) {
        List<Article> gone = require(ids.stream().distinct().toList());
        for (Article a : gone) {
            delete(a.id());
        }
        return gone;
    }
}
