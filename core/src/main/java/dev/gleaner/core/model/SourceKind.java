package dev.gleaner.core.model;

/** Where articles come from. */
public enum SourceKind {
    /** An RSS, Atom or JSON feed. */
    FEED,
    /** A web page clipped by hand. */
    PAGE,
    /** A local file or folder imported by hand. */
    FOLDER,
    /** A Hugo site whose posts were read back. */
    HUGO_SITE;
}
