package dev.gleaner.core.library.internal;

import dev.gleaner.core.model.Source;
import dev.gleaner.core.model.SourceKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Row mapping for the {@code sources} table. */
final class SourceRows {
    private SourceRows() {}

    static List<Source> find(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement ps = SqliteLibrary.prepare(
                        c,
                        "SELECT id, kind, location, title, folder, added FROM sources WHERE " + where + " ORDER BY id",
                        args);
                ResultSet rs = ps.executeQuery()) {
            List<Source> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Source(
                        rs.getLong(1),
                        SourceKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        Instant.parse(rs.getString(6))));
            }
            return out;
        }
    }
}
