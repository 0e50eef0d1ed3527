package dev.gleaner.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A search the reader saved under a name (a smart folder): running it again lists what matches now.
 *
 * @param name the name the reader gave it, unique regardless of case, one line of at most {@value #MAX_NAME}
 *     characters
 * @param query the query as typed into the search box, never blank
 * @param created when it was first saved
 */
public record SavedSearch(String name, String query, Instant created) {
    /** The longest name a saved search may have. */
    public static final int MAX_NAME = 100;

    public SavedSearch {
        name = checkName(name);
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("the saved search '" + name + "' needs a query");
        }
        Objects.requireNonNull(created, "created");
    }

    /**
     * {@return {@code name} without surrounding spaces}
     *
     * @throws IllegalArgumentException when it is blank, spans lines or is longer than {@value #MAX_NAME}
     */
    public static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a saved search needs a name");
        }
        if (n.contains("\n") || n.contains("\r")) {
            throw new IllegalArgumentException("a saved search's name is one line: '" + n.replace("\n", "\\n") + "'");
        }
        if (n.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    "a saved search's name has at most " + MAX_NAME + " characters: '" + n.substring(0, 20) + "...'");
        }
        return n;
    }
}
