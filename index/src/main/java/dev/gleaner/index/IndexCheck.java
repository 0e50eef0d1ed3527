package dev.gleaner.index;

import java.util.List;

/**
 * How the index compares with the library.
 *
 * @param indexedSequence the change sequence the index reflects
 * @param librarySequence the library's current change sequence
 * @param indexedCount articles in the index
 * @param libraryCount articles in the library
 * @param missing how many library articles the index lacks
 * @param extra how many indexed articles the library no longer has
 * @param problems one line per problem; empty when the index is healthy
 */
public record IndexCheck(
        long indexedSequence,
        long librarySequence,
        int indexedCount,
        int libraryCount,
        int missing,
        int extra,
        List<String> problems) {
    public IndexCheck {
        problems = List.copyOf(problems);
    }

    /** {@return whether the index matches the library} */
    public boolean healthy() {
        return problems.isEmpty();
    }
}
