package dev.gleaner.core.library.internal;

import dev.gleaner.core.library.LibraryException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tags a reader adds to articles, kept apart from the tags an article came with so that re-imports keep them. */
final class UserTags {
    /** The longest tag a reader may add. */
    static final int MAX_LENGTH = 100;

    private UserTags() {}

    static List<String> of(Connection c, long id) throws SQLException {
        requireArticle(c, id);
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT tag FROM user_tags WHERE article_id = ? ORDER BY rowid")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static List<String> add(Connection c, long id, List<String> tags) throws SQLException {
        requireArticle(c, id);
        List<String> added = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO user_tags(article_id, tag, added) SELECT ?, ?, ? WHERE NOT EXISTS"
                        + " (SELECT 1 FROM article_tags WHERE article_id = ? AND tag = ? COLLATE NOCASE)"
                        + " ON CONFLICT(article_id, tag) DO NOTHING")) {
            for (String tag : distinct(tags)) {
                ps.setLong(1, id);
                ps.setString(2, tag);
                ps.setString(3, Instant.now().toString());
                ps.setLong(4, id);
                ps.setString(5, tag);
                if (ps.executeUpdate() > 0) {
                    added.add(tag);
                }
            }
        }
        if (!added.isEmpty()) {
            touch(c, id);
        }
        return added;
    }

    static List<String> remove(Connection c, long id, List<String> tags) throws SQLException {
        List<String> had = of(c, id);
        List<String> removed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_tags WHERE article_id = ? AND tag = ?")) {
            for (String tag : distinct(tags)) {
                ps.setLong(1, id);
                ps.setString(2, tag);
                if (ps.executeUpdate() > 0) {
                    had.stream()
                            .filter(t -> t.equalsIgnoreCase(tag))
                            .findFirst()
                            .ifPresent(removed::add);
                }
            }
        }
        if (!removed.isEmpty()) {
            touch(c, id);
        }
        return removed;
    }

    /** {@return the tags stripped, checked and without repeats (case folded)} */
    private static List<String> distinct(List<String> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : tags) {
            String tag = raw == null ? "" : raw.strip();
            if (tag.isEmpty()) {
                throw new LibraryException("A tag cannot be empty: give a word such as 'redis'.");
            }
            if (tag.chars().anyMatch(Character::isISOControl)) {
                throw new LibraryException("A tag is one line without control characters: '"
                        + tag.replaceAll("\\p{Cntrl}", "\\\\n") + "'.");
            }
            if (tag.length() > MAX_LENGTH) {
                throw new LibraryException(
                        "A tag has at most " + MAX_LENGTH + " characters: '" + tag.substring(0, 20) + "...'.");
            }
            out.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        return List.copyOf(out.values());
    }

    /** The article's tags changed: the search index must take it again. */
    private static void touch(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET change_seq = ? WHERE id = ?")) {
            ps.setLong(1, Database.nextChangeSequence(c));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static void requireArticle(Connection c, long id) throws SQLException {
        boolean found;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                found = rs.next();
            }
        }
        if (!found) {
            throw new LibraryException(
                    "There is no article " + id + " in the library: check the id with 'gleaner list'.");
        }
    }
}
