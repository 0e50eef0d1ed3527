package dev.gleaner.app.library;

import java.util.Objects;

/**
 * An entry of the sidebar: a list of articles (Inbox, All, Starred, Notes, a saved search, one
 * feed) or a view (Feeds, Tags, Issues, the issues of one series).
 *
 * @param kind what the entry shows
 * @param sourceId the feed of a {@link Kind#FEED} entry, else {@code null}
 * @param name the feed's name for a {@link Kind#FEED} entry, the folder's for a {@link Kind#FOLDER}
 *     entry, the series name for a {@link Kind#SERIES}
 *     entry, the saved search's name for a {@link Kind#SEARCH} entry, else {@code null} (the label comes
 *     from the texts)
 */
public record Place(Kind kind, Long sourceId, String name) {
    public Place {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.FEED) != (sourceId != null)) {
            throw new IllegalArgumentException("a source id belongs to FEED entries only: " + kind);
        }
        if ((kind == Kind.SERIES || kind == Kind.SEARCH || kind == Kind.FOLDER) && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("a " + kind + " entry needs a name");
        }
    }

    /** {@return the entry listing what the saved search {@code name} finds} */
    public static Place savedSearch(String name) {
        return new Place(Kind.SEARCH, null, name);
    }

    /** {@return the entry listing the issues of {@code series}} */
    public static Place series(String series) {
        return new Place(Kind.SERIES, null, series);
    }

    /** {@return the entry listing the articles of the feeds in {@code folder}} */
    public static Place folder(String folder) {
        return new Place(Kind.FOLDER, null, folder);
    }

    /** {@return the entry of a fixed kind} */
    public static Place of(Kind kind) {
        return new Place(kind, null, null);
    }

    /** {@return whether this entry lists articles (rather than opening a view)} */
    public boolean listsArticles() {
        return switch (kind) {
            case INBOX, ALL, STARRED, NOTES, SEARCH, FEED, FOLDER -> true;
            case FEEDS, TAGS, ISSUES, SERIES -> false;
        };
    }

    /** {@return this entry as the window stores it to come back to it: "INBOX", "FEED:3", "SERIES:name", ...} */
    public String stored() {
        return switch (kind) {
            case FEED -> "FEED:" + sourceId;
            case SERIES -> "SERIES:" + name;
            case SEARCH -> "SEARCH:" + name;
            case FOLDER -> "FOLDER:" + name;
            default -> kind.name();
        };
    }

    /** {@return the entry {@link #stored} wrote, or the Inbox when {@code saved} names none} */
    public static Place fromStored(String saved) {
        try {
            if (saved != null && saved.startsWith("FEED:")) {
                return new Place(Kind.FEED, Long.parseLong(saved.substring(5)), "");
            }
            if (saved != null && saved.startsWith("SERIES:")) {
                return series(saved.substring(7));
            }
            if (saved != null && saved.startsWith("SEARCH:")) {
                return savedSearch(saved.substring(7));
            }
            if (saved != null && saved.startsWith("FOLDER:")) {
                return folder(saved.substring(7));
            }
            return of(Kind.valueOf(saved));
        } catch (RuntimeException e) {
            // A kind that needs a name or an id (FEED, SERIES, ...) without it, or nothing stored yet.
            return of(Kind.INBOX);
        }
    }

    /** What a sidebar entry shows. */
    public enum Kind {
        INBOX,
        ALL,
        STARRED,
        NOTES,
        /** What one saved search finds, best match first. */
        SEARCH,
        FEED,
        FEEDS,
        /** The articles of the feeds in one folder; its feeds are listed under it while it is open. */
        FOLDER,
        TAGS,
        ISSUES,
        /** The issues of one series, newest first. */
        SERIES
    }
}
