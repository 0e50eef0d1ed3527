package dev.gleaner.core.library.internal;

import dev.gleaner.core.feed.FeedStore;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.ArticleText;
import dev.gleaner.core.model.Changes;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.core.model.Source;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.core.url.CanonicalUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQLite implementation of {@link Library}. */
public final class SqliteLibrary implements Library {
    private static final String ARTICLE_COLUMNS =
            "a.id, a.url, a.title, a.authors, a.published, a.added, a.updated, a.lang, a.site_name,"
                    + " a.read, a.starred, a.notes, a.markdown, a.text,"
                    + " (SELECT body FROM article_bodies b WHERE b.article_id = a.id) AS body, a.source_path, a.lead_image, a.change_seq,"
                    + " (SELECT group_concat(tag, char(31)) FROM"
                    + " (SELECT tag, 0 AS k, position AS p FROM article_tags t WHERE t.article_id = a.id"
                    + " UNION ALL SELECT u.tag, 1, u.rowid FROM user_tags u WHERE u.article_id = a.id"
                    + " AND NOT EXISTS (SELECT 1 FROM article_tags t2"
                    + " WHERE t2.article_id = a.id AND t2.tag = u.tag COLLATE NOCASE)"
                    + " ORDER BY k, p)) AS tags";

    /** The columns of {@link ArticleRows#readText}. */
    private static final String TEXT_COLUMNS = "a.id, a.title, a.notes, a.markdown, a.text,"
            + " (SELECT body FROM article_bodies b WHERE b.article_id = a.id) AS body,"
            + ARTICLE_COLUMNS.substring(ARTICLE_COLUMNS.indexOf(" (SELECT group_concat"));

    private final Database db;
    private final SqliteFeedStore feeds;

    private final SqliteIssueStore issues;

    private SqliteLibrary(Database db) {
        this.db = db;
        this.issues = new SqliteIssueStore(db);
        this.feeds = new SqliteFeedStore(db);
    }

    @Override
    public dev.gleaner.core.issue.IssueStore issues() {
        return issues;
    }

    @Override
    public FeedStore feeds() {
        return feeds;
    }

    /** Opens the library in {@code file}, creating or migrating it as needed. */
    public static SqliteLibrary open(Path file) {
        return new SqliteLibrary(Database.open(file));
    }

    /** {@return the underlying database, for the other stores in this module} */
    public Database database() {
        return db;
    }

    @Override
    public SaveResult save(ArticleDraft draft, Long sourceId) {
        return db.transaction(c -> saveIn(c, draft, sourceId, null, null));
    }

    @Override
    public List<SaveResult> saveAll(List<ArticleDraft> drafts, Long sourceId) {
        return db.transaction(c -> {
            List<SaveResult> saved = new ArrayList<>(drafts.size());
            for (ArticleDraft draft : drafts) {
                saved.add(saveIn(c, draft, sourceId, null, null));
            }
            return saved;
        });
    }

    /**
     * Saves inside a transaction; {@code knownId} is an article already identified (by GUID), used
     * unless another article already holds the draft's canonical URL.
     */
    static SaveResult saveIn(Connection c, ArticleDraft draft, Long sourceId, Long knownId, String guid)
            throws SQLException {
        String url = draft.url() == null
                ? null
                : CanonicalUrl.canonicalize(draft.url()).orElse(draft.url().strip());
        String urlKey = draft.url() == null ? null : CanonicalUrl.identityKey(draft.url());
        String hash = ArticleRows.contentHash(draft, urlKey);
        Long existing = urlKey == null ? null : ArticleRows.idBy(c, "url_key", urlKey);
        if (existing == null) {
            existing = knownId;
        }
        if (existing == null && draft.sourcePath() != null) {
            existing = ArticleRows.idBy(c, "source_path", draft.sourcePath());
        }
        SaveResult result;
        if (existing == null) {
            long id = ArticleRows.insert(c, draft, url, urlKey, hash, Database.nextChangeSequence(c));
            result = new SaveResult(id, SaveResult.Outcome.ADDED);
        } else if (hash.equals(ArticleRows.hashOf(c, existing))) {
            result = new SaveResult(existing, SaveResult.Outcome.UNCHANGED);
        } else {
            ArticleRows.update(c, existing, draft, url, urlKey, hash, Database.nextChangeSequence(c));
            result = new SaveResult(existing, SaveResult.Outcome.UPDATED);
        }
        // The page is kept even when the article did not change: an article stored before pages
        // were kept gets one, and re-extraction reads the page as it was last fetched.
        if (draft.rawHtml() != null) {
            ArticleRows.putRawHtml(c, result.id(), draft.rawHtml());
        }
        if (sourceId != null) {
            try (PreparedStatement link = c.prepareStatement(
                    "INSERT INTO article_sources(article_id, source_id, guid, first_seen) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT(article_id, source_id) DO UPDATE SET guid = coalesce(excluded.guid, guid)")) {
                link.setLong(1, result.id());
                link.setLong(2, sourceId);
                link.setString(3, guid);
                link.setString(4, Instant.now().toString());
                link.executeUpdate();
            }
        }
        return result;
    }

    @Override
    public Optional<Article> article(long id) {
        return db.read(c -> one(c, "SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.id = ?", id));
    }

    @Override
    public Optional<Article> findByUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String key = CanonicalUrl.identityKey(url);
        return db.read(c -> one(c, "SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.url_key = ?", key));
    }

    @Override
    public Map<Long, String> localPaths(long sourceId) {
        return db.read(c -> {
            Map<Long, String> paths = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT a.id, a.source_path FROM articles a"
                    + " WHERE a.source_path IS NOT NULL"
                    + " AND a.id IN (SELECT article_id FROM article_sources WHERE source_id = ?)")) {
                q.setLong(1, sourceId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        paths.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return paths;
        });
    }

    @Override
    public Optional<Article> findBySourcePath(String path) {
        return db.read(c -> one(c, "SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.source_path = ?", path));
    }

    @Override
    public List<Article> articles(ArticleQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        String sql = "SELECT " + ARTICLE_COLUMNS + " FROM articles a" + where
                + " ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?";
        args.add(query.limit());
        args.add(query.offset());
        return db.read(c -> many(c, sql, args.toArray()));
    }

    @Override
    public List<Long> ids(ArticleQuery query) {
        return ids(List.of(query));
    }

    @Override
    public List<Long> ids(List<ArticleQuery> queries) {
        if (queries.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (ArticleQuery q : queries) {
            String w = where(q, args);
            if (w.isEmpty()) {
                any.clear();
                args.clear();
                break;
            }
            any.add("(" + w.substring(" WHERE ".length()) + ")");
        }
        String where = any.isEmpty() ? "" : " WHERE " + String.join(" OR ", any);
        String sql = "SELECT a.id FROM articles a" + where + " ORDER BY a.sort_time DESC, a.id DESC";
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, args.toArray());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    @Override
    public List<Article> articlesById(List<Long> ids) {
        return byIds(ids, ARTICLE_COLUMNS, ArticleRows::read, Article::id);
    }

    @Override
    public List<ArticleText> articleTexts(List<Long> ids) {
        // Only the searched columns, and of the packed body only the part searched: a search reads
        // this for each hit it shows.
        return byIds(ids, TEXT_COLUMNS, ArticleRows::readText, ArticleText::id);
    }

    /** Reads one row of the result. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** {@return the rows of {@code ids} that exist, in the order of {@code ids}, read 500 at a time} */
    private <T> List<T> byIds(
            List<Long> ids, String columns, RowReader<T> reader, java.util.function.ToLongFunction<T> idOf) {
        java.util.Map<Long, T> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            String sql = "SELECT " + columns + " FROM articles a WHERE a.id IN (" + marks + ")";
            db.read(c -> {
                try (PreparedStatement ps = prepare(c, sql, chunk.toArray());
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        T row = reader.read(rs);
                        found.put(idOf.applyAsLong(row), row);
                    }
                }
                return null;
            });
        }
        List<T> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            T row = found.get(id);
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    @Override
    public int count(ArticleQuery query) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT count(*) FROM articles a" + where(query, args);
        return db.read(c -> {
            try (PreparedStatement ps = prepare(c, sql, args.toArray());
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static String where(ArticleQuery q, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (q.sourceId() != null) {
            conditions.add("a.id IN (SELECT article_id FROM article_sources WHERE source_id = ?)");
            args.add(q.sourceId());
        }
        if (q.unreadOnly()) {
            conditions.add("a.read = 0");
        }
        if (q.starredOnly()) {
            conditions.add("a.starred = 1");
        }
        if (q.tag() != null) {
            // Tags fold case as the search's tag: filter does ("Redis" lists "redis" posts).
            conditions.add("(a.id IN (SELECT article_id FROM article_tags WHERE tag = ? COLLATE NOCASE)"
                    + " OR a.id IN (SELECT article_id FROM user_tags WHERE tag = ?))");
            args.add(q.tag());
            args.add(q.tag());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    @Override
    public void setRead(long id, boolean read) {
        setFlag(id, "read", read ? 1 : 0);
    }

    @Override
    public void setStarred(long id, boolean starred) {
        setFlag(id, "starred", starred ? 1 : 0);
    }

    @Override
    public void relocate(long id, String newSourcePath) {
        setFlag(id, "source_path", newSourcePath);
    }

    @Override
    public void setUrl(long id, String url) {
        String given = url == null ? "" : url.strip();
        String canonical = CanonicalUrl.canonicalize(given).orElse(null);
        if (canonical == null || given.codePoints().anyMatch(Character::isWhitespace)) {
            throw new LibraryException("'" + given + "' is not a web address: give an http(s) URL as the link.");
        }
        String key = CanonicalUrl.identityKey(given);
        db.transaction(c -> {
            Long holder = ArticleRows.idBy(c, "url_key", key);
            if (holder != null && holder != id) {
                throw new LibraryException(
                        given + " is already the link of article " + holder + ": open that article instead.");
            }
            long seq = Database.nextChangeSequence(c);
            // The content hash stays: a re-import of the note's unchanged file leaves the link alone.
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE articles SET url = ?, url_key = ?, change_seq = ? WHERE id = ?")) {
                ps.setString(1, canonical);
                ps.setString(2, key);
                ps.setLong(3, seq);
                ps.setLong(4, id);
                if (ps.executeUpdate() == 0) {
                    throw new LibraryException(
                            "There is no article " + id + " in the library: check the id with 'gleaner list'.");
                }
            }
            return null;
        });
    }

    @Override
    public void setNotes(long id, String notes) {
        setFlag(id, "notes", notes == null ? "" : notes);
    }

    private void setFlag(long id, String column, Object value) {
        db.transaction(c -> {
            long seq = Database.nextChangeSequence(c);
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE articles SET " + column + " = ?, change_seq = ? WHERE id = ?")) {
                ps.setObject(1, value);
                ps.setLong(2, seq);
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) {
                    throw new LibraryException(
                            "There is no article " + id + " in the library: check the id with 'gleaner list'.");
                }
            }
            return null;
        });
    }

    @Override
    public void delete(long id) {
        db.transaction(c -> {
            long seq = Database.nextChangeSequence(c);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) {
                    throw new LibraryException(
                            "There is no article " + id + " in the library: check the id with 'gleaner list'.");
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO deletions(article_id, change_seq) VALUES (?, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, seq);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> userTags(long id) {
        return db.read(c -> UserTags.of(c, id));
    }

    @Override
    public List<String> addUserTags(long id, List<String> tags) {
        return db.transaction(c -> UserTags.add(c, id, tags));
    }

    @Override
    public List<String> removeUserTags(long id, List<String> tags) {
        return db.transaction(c -> UserTags.remove(c, id, tags));
    }

    @Override
    public List<dev.gleaner.core.model.SavedSearch> savedSearches() {
        return db.read(SavedSearchRows::all);
    }

    @Override
    public dev.gleaner.core.model.SavedSearch saveSearch(String name, String query) {
        return db.transaction(c -> SavedSearchRows.save(c, name, query));
    }

    @Override
    public boolean removeSavedSearch(String name) {
        return db.transaction(c -> SavedSearchRows.remove(c, name));
    }

    @Override
    public Optional<String> rawHtml(long id) {
        return db.read(c -> ArticleRows.rawHtml(c, id));
    }

    @Override
    public Source addSource(SourceKind kind, String location, String title, String folder) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sources(kind, location, title, folder, added) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT(kind, location) DO NOTHING")) {
                ps.setString(1, kind.name());
                ps.setString(2, location);
                ps.setString(3, title);
                ps.setString(4, folder);
                ps.setString(5, Instant.now().toString());
                ps.executeUpdate();
            }
            return SourceRows.find(c, "kind = ? AND location = ?", kind.name(), location)
                    .getFirst();
        });
    }

    @Override
    public Optional<Source> source(long id) {
        return db.read(c -> SourceRows.find(c, "id = ?", id).stream().findFirst());
    }

    @Override
    public List<Source> sources(SourceKind kind) {
        return db.read(c -> kind == null ? SourceRows.find(c, "1 = 1") : SourceRows.find(c, "kind = ?", kind.name()));
    }

    @Override
    public List<Source> sourcesOf(long articleId) {
        return db.read(c ->
                SourceRows.find(c, "id IN (SELECT source_id FROM article_sources WHERE article_id = ?)", articleId));
    }

    @Override
    public long changeSequence() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'change_seq'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void addChangeListener(dev.gleaner.core.library.ChangeListener listener) {
        db.addChangeListener(listener);
    }

    @Override
    public void removeChangeListener(dev.gleaner.core.library.ChangeListener listener) {
        db.removeChangeListener(listener);
    }

    @Override
    public Changes changesSince(long sequence, int max) {
        return db.read(c -> {
            List<Article> changed = many(
                    c,
                    "SELECT " + ARTICLE_COLUMNS
                            + " FROM articles a WHERE a.change_seq > ? ORDER BY a.change_seq LIMIT ?",
                    sequence,
                    max);
            long upTo =
                    changed.isEmpty() ? currentSequence(c) : changed.getLast().changeSeq();
            if (changed.size() < max) {
                upTo = currentSequence(c);
            }
            List<Long> deleted = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT article_id FROM deletions WHERE change_seq > ? AND change_seq <= ? ORDER BY change_seq")) {
                ps.setLong(1, sequence);
                ps.setLong(2, upTo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        deleted.add(rs.getLong(1));
                    }
                }
            }
            return new Changes(upTo, changed, deleted);
        });
    }

    private static long currentSequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'change_seq'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public Optional<String> setting(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void putSetting(String key, String value) {
        db.transaction(c -> {
            String sql = value == null
                    ? "DELETE FROM settings WHERE key = ?"
                    : "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, key);
                if (value != null) {
                    ps.setString(2, value);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> check() {
        return db.read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        if (!"ok".equals(rs.getString(1))) {
                            problems.add("integrity: " + rs.getString(1));
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next()) {
                        problems.add("foreign key: row " + rs.getLong(2) + " of " + rs.getString(1)
                                + " points to a missing " + rs.getString(3));
                    }
                }
            }
            return problems;
        });
    }

    @Override
    public void close() {
        db.close();
    }

    private static Optional<Article> one(Connection c, String sql, Object... args) throws SQLException {
        List<Article> found = many(c, sql, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private static List<Article> many(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            List<Article> out = new ArrayList<>();
            while (rs.next()) {
                out.add(ArticleRows.read(rs));
            }
            return out;
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
