package dev.gleaner.core.library.internal;

import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.feed.FeedStore;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.core.model.SourceKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQLite implementation of {@link FeedStore}, on the {@code sources} feed columns. */
final class SqliteFeedStore implements FeedStore {
    private static final String COLUMNS = "s.id, s.location, s.title, s.site_url, s.folder, s.etag, s.last_modified,"
            + " s.last_attempt, s.last_success, s.last_error, s.failures, s.next_attempt, s.full_text,"
            + " (SELECT count(*) FROM article_sources x JOIN articles a ON a.id = x.article_id"
            + "   WHERE x.source_id = s.id AND a.read = 0),"
            + " (SELECT count(*) FROM article_sources x WHERE x.source_id = s.id), s.failing_since";

    /**
     * Articles a removal keeps besides those still in another source: starred, noted, or part of a
     * weekly issue.
     */
    private static final String KEEP =
            "(a.starred = 1 OR a.notes <> '' OR a.id IN (SELECT article_id FROM issue_items WHERE article_id IS NOT NULL))";

    private final Database db;

    SqliteFeedStore(Database db) {
        this.db = db;
    }

    @Override
    public Feed subscribe(String url, String title, String folder) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sources(kind, location, title, folder, added) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT(kind, location) DO NOTHING")) {
                ps.setString(1, SourceKind.FEED.name());
                ps.setString(2, url);
                ps.setString(3, title);
                ps.setString(4, folder);
                ps.setString(5, Instant.now().toString());
                ps.executeUpdate();
            }
            return find(c, "s.location = ?", url).getFirst();
        });
    }

    @Override
    public List<Feed> feeds() {
        return db.read(c -> find(c, "1 = 1"));
    }

    @Override
    public Optional<Feed> feed(long id) {
        return db.read(c -> find(c, "s.id = ?", id).stream().findFirst());
    }

    @Override
    public Optional<Feed> feedByUrl(String url) {
        return db.read(c -> find(c, "s.location = ?", url).stream().findFirst());
    }

    @Override
    public SaveResult saveEntry(long feedId, String guid, ArticleDraft draft) {
        return saveEntries(feedId, List.of(new FeedItem(guid, draft, false))).getFirst();
    }

    @Override
    public List<SaveResult> saveEntries(long feedId, List<FeedItem> items) {
        return db.transaction(c -> {
            List<SaveResult> out = new ArrayList<>(items.size());
            for (FeedItem item : items) {
                SaveResult r = saveIn(c, feedId, item.guid(), item.draft());
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE article_sources SET excerpt = ? WHERE article_id = ? AND source_id = ?")) {
                    ps.setInt(1, item.excerpt() ? 1 : 0);
                    ps.setLong(2, r.id());
                    ps.setLong(3, feedId);
                    ps.executeUpdate();
                }
                out.add(r);
            }
            return out;
        });
    }

    @Override
    public List<Long> excerptArticles(long feedId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM articles a JOIN article_sources x"
                    + " ON x.article_id = a.id WHERE x.source_id = ? AND x.excerpt = 1 ORDER BY a.sort_time DESC")) {
                ps.setLong(1, feedId);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    private static SaveResult saveIn(Connection c, long feedId, String guid, ArticleDraft draft) throws SQLException {
        {
            Long known = null;
            if (guid != null) {
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT article_id FROM article_sources WHERE source_id = ? AND guid = ?")) {
                    ps.setLong(1, feedId);
                    ps.setString(2, guid);
                    try (ResultSet rs = ps.executeQuery()) {
                        known = rs.next() ? rs.getLong(1) : null;
                    }
                }
            }
            return SqliteLibrary.saveIn(c, draft, feedId, known, guid);
        }
    }

    @Override
    public void recordSuccess(long feedId, Instant at, String etag, String lastModified, String title, String siteUrl) {
        update(
                feedId,
                "etag = ?, last_modified = ?, last_attempt = ?, last_success = ?, last_error = NULL, failures = 0,"
                        + " failing_since = NULL, next_attempt = NULL, title = coalesce(title, ?), site_url = coalesce(?, site_url)",
                etag,
                lastModified,
                at.toString(),
                at.toString(),
                title,
                siteUrl);
    }

    @Override
    public void recordRefused(long feedId, String refused) {
        update(feedId, "last_error = ?", refused);
    }

    @Override
    public void recordNotModified(long feedId, Instant at) {
        update(
                feedId,
                "last_attempt = ?, last_success = ?, last_error = NULL, failures = 0, failing_since = NULL,"
                        + " next_attempt = NULL",
                at.toString(),
                at.toString());
    }

    @Override
    public void recordFailure(long feedId, Instant at, String error, Instant nextAttempt) {
        update(
                feedId,
                "last_attempt = ?, last_error = ?, failures = failures + 1, next_attempt = ?,"
                        + " failing_since = coalesce(failing_since, ?)",
                at.toString(),
                error,
                nextAttempt == null ? null : nextAttempt.toString(),
                at.toString());
    }

    @Override
    public void moveTo(long feedId, String newUrl) {
        if (feedByUrl(newUrl).filter(f -> f.id() != feedId).isPresent()) {
            return; // another subscription already has that URL; keep both rather than merge silently
        }
        update(feedId, "location = ?", newUrl);
    }

    @Override
    public void describe(long feedId, String title, String folder) {
        String f = folder == null ? null : folder.strip();
        update(
                feedId,
                "title = coalesce(?, title), folder = CASE WHEN ? IS NULL THEN folder ELSE nullif(?, '') END",
                title,
                f,
                f);
    }

    @Override
    public void setFullText(long feedId, boolean fullText) {
        update(feedId, "full_text = ?", fullText ? 1 : 0);
    }

    @Override
    public Removal remove(long feedId) {
        return db.transaction(c -> {
            if (find(c, "s.id = ?", feedId).isEmpty()) {
                throw noSuchFeed(feedId);
            }
            List<Long> doomed = new ArrayList<>();
            int kept = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, " + KEEP
                    + " OR EXISTS (SELECT 1 FROM article_sources o WHERE o.article_id = a.id AND o.source_id <> ?)"
                    + " FROM articles a JOIN article_sources x ON x.article_id = a.id WHERE x.source_id = ?")) {
                ps.setLong(1, feedId);
                ps.setLong(2, feedId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(2) != 0) {
                            kept++;
                        } else {
                            doomed.add(rs.getLong(1));
                        }
                    }
                }
            }
            for (long id : doomed) {
                long seq = Database.nextChangeSequence(c);
                try (PreparedStatement del = c.prepareStatement("DELETE FROM articles WHERE id = ?");
                        PreparedStatement log =
                                c.prepareStatement("INSERT INTO deletions(article_id, change_seq) VALUES (?, ?)")) {
                    del.setLong(1, id);
                    del.executeUpdate();
                    log.setLong(1, id);
                    log.setLong(2, seq);
                    log.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sources WHERE id = ?")) {
                ps.setLong(1, feedId);
                ps.executeUpdate();
            }
            return new Removal(doomed.size(), kept);
        });
    }

    private void update(long feedId, String assignments, Object... values) {
        db.transaction(c -> {
            Object[] args = new Object[values.length + 2];
            System.arraycopy(values, 0, args, 0, values.length);
            args[values.length] = feedId;
            args[values.length + 1] = SourceKind.FEED.name();
            try (PreparedStatement ps = SqliteLibrary.prepare(
                    c, "UPDATE sources SET " + assignments + " WHERE id = ? AND kind = ?", args)) {
                if (ps.executeUpdate() == 0) {
                    throw noSuchFeed(feedId);
                }
            }
            return null;
        });
    }

    private static LibraryException noSuchFeed(long id) {
        return new LibraryException("There is no feed " + id + ": check the id with 'gleaner feed list'.");
    }

    private static List<Feed> find(Connection c, String where, Object... args) throws SQLException {
        Object[] all = new Object[args.length + 1];
        all[0] = SourceKind.FEED.name();
        System.arraycopy(args, 0, all, 1, args.length);
        try (PreparedStatement ps = SqliteLibrary.prepare(
                        c,
                        "SELECT " + COLUMNS + " FROM sources s WHERE s.kind = ? AND " + where + " ORDER BY s.id",
                        all);
                ResultSet rs = ps.executeQuery()) {
            List<Feed> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Feed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        instant(rs.getString(8)),
                        instant(rs.getString(9)),
                        rs.getString(10),
                        rs.getInt(11),
                        instant(rs.getString(12)),
                        rs.getInt(13) != 0,
                        rs.getInt(14),
                        rs.getInt(15),
                        instant(rs.getString(16))));
            }
            return out;
        }
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
