package dev.gleaner.ingest.feed;

/** The syntax a feed was written in. */
public enum FeedFormat {
    /** RSS 0.9x, 1.0 (RDF) or 2.0. */
    RSS,
    /** Atom 0.3 or 1.0. */
    ATOM,
    /** JSON Feed 1.0 or 1.1. */
    JSON,
    /** Ill-formed XML read leniently: what could be recovered. */
    RECOVERED;
}
