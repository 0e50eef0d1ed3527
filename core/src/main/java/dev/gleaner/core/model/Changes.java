package dev.gleaner.core.model;

import java.util.List;

/**
 * What changed in the library after a given change sequence, for the index to catch up.
 *
 * @param upTo the sequence these changes reach
 * @param changed articles added or updated since, in sequence order
 * @param deletedIds ids of articles deleted since
 */
public record Changes(long upTo, List<Article> changed, List<Long> deletedIds) {
    public Changes {
        changed = List.copyOf(changed);
        deletedIds = List.copyOf(deletedIds);
    }
}
