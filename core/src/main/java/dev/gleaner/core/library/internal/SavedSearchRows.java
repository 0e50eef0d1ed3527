package dev.gleaner.core.library.internal;

import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.SavedSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The saved searches table: a name (unique regardless of case), the query and when it was first saved. */
final class SavedSearchRows {
    private SavedSearchRows() {}

    static List<SavedSearch> all(Connection c) throws SQLException {
        List<SavedSearch> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT name, query, created FROM saved_searches ORDER BY name COLLATE NOCASE");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SavedSearch(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
            }
        }
        return out;
    }

    static SavedSearch save(Connection c, String name, String query) throws SQLException {
        SavedSearch s;
        try {
            s = new SavedSearch(name, query == null ? "" : query.strip(), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new LibraryException("Cannot save the search: " + e.getMessage() + ".", e);
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO saved_searches(name, query, created) VALUES (?, ?, ?)"
                        + " ON CONFLICT(name) DO UPDATE SET query = excluded.query")) {
            ps.setString(1, s.name());
            ps.setString(2, s.query());
            ps.setString(3, s.created().toString());
            ps.executeUpdate();
        }
        return all(c).stream()
                .filter(x -> x.name().equalsIgnoreCase(s.name()))
                .findFirst()
                .orElseThrow();
    }

    static boolean remove(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM saved_searches WHERE name = ?")) {
            ps.setString(1, name.strip());
            return ps.executeUpdate() > 0;
        }
    }
}
