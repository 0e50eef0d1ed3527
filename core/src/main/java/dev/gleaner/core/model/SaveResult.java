package dev.gleaner.core.model;

/**
 * What saving an article did.
 *
 * @param id the article's id
 * @param outcome whether it was added, updated or already stored unchanged
 */
public record SaveResult(long id, Outcome outcome) {

    /** The closed set of things a save can do. */
    public enum Outcome {
        ADDED,
        UPDATED,
        UNCHANGED
    }
}
