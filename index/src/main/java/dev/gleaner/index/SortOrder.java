package dev.gleaner.index;

/** The order of search hits. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest (published, else added) first. */
    DATE
}
