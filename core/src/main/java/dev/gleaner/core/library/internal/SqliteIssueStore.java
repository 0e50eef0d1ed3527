package dev.gleaner.core.library.internal;

import dev.gleaner.core.issue.FrontMatterFormat;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.issue.Series;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The series and issues of a library, in the library's SQLite file. */
public final class SqliteIssueStore implements IssueStore {

    private static final String SEP = "\u001f";

    private final Database db;

    /** Creates the store on an open library database. */
    public SqliteIssueStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Series> allSeries() {
        return db.read(c -> {
            List<Series> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT * FROM series ORDER BY name");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(series(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Series> series(String name) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT * FROM series WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(series(rs)) : Optional.<Series>empty();
                }
            }
        });
    }

    @Override
    public void putSeries(Series s) {
        db.transaction(c -> {
            try (PreparedStatement up = c.prepareStatement("INSERT OR REPLACE INTO series(name, title_pattern,"
                    + " authors, tags, categories, week_start, zone, front_matter, file_pattern, site_dir,"
                    + " content_dir, period_heading, references_heading, options, page_bundle)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                up.setString(1, s.name());
                up.setString(2, s.titlePattern());
                up.setString(3, String.join(SEP, s.authors()));
                up.setString(4, String.join(SEP, s.tags()));
                up.setString(5, String.join(SEP, s.categories()));
                up.setString(6, s.weekStart().name());
                up.setString(7, s.zone().getId());
                up.setString(8, s.frontMatter().name());
                up.setString(9, s.filePattern());
                up.setString(10, s.siteDir());
                up.setString(11, s.contentDir());
                up.setString(12, s.periodHeading());
                up.setString(13, s.referencesHeading());
                Series.Options o = s.options();
                up.setString(
                        14,
                        (o.draft() ? "draft," : "")
                                + (o.slug() ? "slug," : "")
                                + (o.lastmod() ? "lastmod," : "")
                                + (o.description() ? "description," : ""));
                up.setInt(15, s.pageBundle() ? 1 : 0);
                up.executeUpdate();
            }
            return null;
        });
    }

    private static Series series(ResultSet rs) throws SQLException {
        String options = rs.getString("options");
        return new Series(
                rs.getString("name"),
                rs.getString("title_pattern"),
                list(rs.getString("authors")),
                list(rs.getString("tags")),
                list(rs.getString("categories")),
                DayOfWeek.valueOf(rs.getString("week_start")),
                ZoneId.of(rs.getString("zone")),
                FrontMatterFormat.valueOf(rs.getString("front_matter")),
                rs.getString("file_pattern"),
                rs.getString("site_dir"),
                rs.getString("content_dir"),
                rs.getString("period_heading"),
                rs.getString("references_heading"),
                new Series.Options(
                        options.contains("draft,"),
                        options.contains("slug,"),
                        options.contains("lastmod,"),
                        options.contains("description,")),
                rs.getInt("page_bundle") == 1);
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEP));
    }

    @Override
    public Optional<Issue> issue(String series, int number) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT * FROM issues WHERE series = ? AND number = ?")) {
                q.setString(1, series);
                q.setInt(2, number);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(issue(c, rs)) : Optional.<Issue>empty();
                }
            }
        });
    }

    @Override
    public List<Issue> issues(String series) {
        return db.read(c -> {
            List<Issue> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT * FROM issues WHERE series = ? ORDER BY number")) {
                q.setString(1, series);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(issue(c, rs));
                    }
                }
            }
            return out;
        });
    }

    private static Issue issue(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<IssueItem> items = new ArrayList<>();
        try (PreparedStatement q =
                c.prepareStatement("SELECT article_id, heading, summary, url, also_urls FROM issue_items"
                        + " WHERE issue_id = ? ORDER BY position")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    long a = r.getLong(1);
                    Long article = r.wasNull() ? null : a;
                    items.add(new IssueItem(
                            article, r.getString(2), r.getString(3), r.getString(4), alsoUrls(r.getString(5))));
                }
            }
        }
        return new Issue(
                rs.getString("series"),
                rs.getInt("number"),
                rs.getString("title"),
                new IssuePeriod(
                        LocalDate.parse(rs.getString("period_start")), LocalDate.parse(rs.getString("period_end"))),
                OffsetDateTime.parse(rs.getString("date")),
                IssueStatus.valueOf(rs.getString("status")),
                items,
                LayoutCodec.decode(rs.getString("layout")));
    }

    private static List<String> alsoUrls(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    @Override
    public void save(Issue issue) {
        db.transaction(c -> {
            Set<Long> before = new HashSet<>();
            Long id = null;
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM issues WHERE series = ? AND number = ?")) {
                q.setString(1, issue.series());
                q.setInt(2, issue.number());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getLong(1);
                    }
                }
            }
            if (id == null) {
                try (PreparedStatement in = c.prepareStatement("INSERT INTO issues(series, number, title,"
                        + " period_start, period_end, date, status, layout) VALUES (?,?,?,?,?,?,?,?)")) {
                    bindIssue(in, issue);
                    in.executeUpdate();
                }
                try (PreparedStatement q = c.prepareStatement("SELECT last_insert_rowid()");
                        ResultSet rs = q.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            } else {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT article_id FROM issue_items WHERE issue_id = ? AND article_id IS NOT NULL")) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            before.add(rs.getLong(1));
                        }
                    }
                }
                try (PreparedStatement up = c.prepareStatement("UPDATE issues SET series = ?, number = ?, title = ?,"
                        + " period_start = ?, period_end = ?, date = ?, status = ?, layout = ? WHERE id = ?")) {
                    bindIssue(up, issue);
                    up.setLong(9, id);
                    up.executeUpdate();
                }
                try (PreparedStatement del = c.prepareStatement("DELETE FROM issue_items WHERE issue_id = ?")) {
                    del.setLong(1, id);
                    del.executeUpdate();
                }
            }
            Set<Long> after = new HashSet<>();
            try (PreparedStatement in = c.prepareStatement("INSERT INTO issue_items(issue_id, position, article_id,"
                    + " heading, summary, url, also_urls) VALUES (?,?,?,?,?,?,?)")) {
                int position = 1;
                for (IssueItem item : issue.items()) {
                    in.setLong(1, id);
                    in.setInt(2, position++);
                    if (item.articleId() == null) {
                        in.setNull(3, Types.INTEGER);
                    } else {
                        in.setLong(3, item.articleId());
                        after.add(item.articleId());
                    }
                    in.setString(4, item.heading());
                    in.setString(5, item.summary());
                    in.setString(6, item.url());
                    // Further links hold no whitespace, so one per line keeps them in order.
                    in.setString(7, String.join("\n", item.alsoUrls()));
                    in.executeUpdate();
                }
            }
            Set<Long> changed = new HashSet<>(before);
            changed.addAll(after);
            Set<Long> common = new HashSet<>(before);
            common.retainAll(after);
            changed.removeAll(common);
            touch(c, changed);
            return null;
        });
    }

    private static void bindIssue(PreparedStatement s, Issue issue) throws SQLException {
        s.setString(1, issue.series());
        s.setInt(2, issue.number());
        s.setString(3, issue.title());
        s.setString(4, issue.period().start().toString());
        s.setString(5, issue.period().end().toString());
        s.setString(6, issue.date().toString());
        s.setString(7, issue.status().name());
        s.setString(8, LayoutCodec.encode(issue.layout()));
    }

    /** Gives articles whose issue membership changed a new change sequence, so the index re-reads them. */
    private static void touch(Connection c, Set<Long> articleIds) throws SQLException {
        if (articleIds.isEmpty()) {
            return;
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE articles SET change_seq = ? WHERE id = ?")) {
            for (long articleId : articleIds) {
                up.setLong(1, Database.nextChangeSequence(c));
                up.setLong(2, articleId);
                up.executeUpdate();
            }
        }
    }

    @Override
    public boolean delete(String series, int number) {
        return db.transaction(c -> {
            Set<Long> members = new HashSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT i.article_id FROM issue_items i JOIN issues s"
                    + " ON s.id = i.issue_id WHERE s.series = ? AND s.number = ? AND i.article_id IS NOT NULL")) {
                q.setString(1, series);
                q.setInt(2, number);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        members.add(rs.getLong(1));
                    }
                }
            }
            int n;
            try (PreparedStatement del = c.prepareStatement("DELETE FROM issues WHERE series = ? AND number = ?")) {
                del.setString(1, series);
                del.setInt(2, number);
                n = del.executeUpdate();
            }
            touch(c, members);
            return n > 0;
        });
    }

    @Override
    public void renumber(String series, int from, int to) {
        if (to <= 0) {
            throw new IllegalArgumentException("An issue number is 1 or more, not " + to + ".");
        }
        if (from == to) {
            return;
        }
        db.transaction(c -> {
            if (issueId(c, series, to) != null) {
                throw new IllegalArgumentException("Issue " + to + " of '" + series + "' exists already.");
            }
            try (PreparedStatement up =
                    c.prepareStatement("UPDATE issues SET number = ? WHERE series = ? AND number = ?")) {
                up.setInt(1, to);
                up.setString(2, series);
                up.setInt(3, from);
                if (up.executeUpdate() == 0) {
                    throw new IllegalArgumentException("There is no issue " + from + " of '" + series + "'.");
                }
            }
            return null;
        });
    }

    private static Long issueId(Connection c, String series, int number) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM issues WHERE series = ? AND number = ?")) {
            q.setString(1, series);
            q.setInt(2, number);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public void renameSeries(String from, String to) {
        String name = to == null ? "" : to.strip();
        if (name.isEmpty() || name.contains("\n") || name.contains("\r")) {
            throw new IllegalArgumentException("A series name is one non-empty line.");
        }
        if (name.equals(from)) {
            return;
        }
        db.transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM series WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("There is a series '" + name + "' already.");
                    }
                }
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE series SET name = ?, title_pattern = CASE"
                    + " WHEN title_pattern = ? THEN ? ELSE title_pattern END WHERE name = ?")) {
                up.setString(1, name);
                up.setString(2, Series.defaults(from).titlePattern());
                up.setString(3, Series.defaults(name).titlePattern());
                up.setString(4, from);
                if (up.executeUpdate() == 0) {
                    throw new IllegalArgumentException("There is no series '" + from + "'.");
                }
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE issues SET series = ? WHERE series = ?")) {
                up.setString(1, name);
                up.setString(2, from);
                up.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int deleteSeries(String name) {
        return db.transaction(c -> {
            Set<Long> members = new HashSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT i.article_id FROM issue_items i JOIN issues s"
                    + " ON s.id = i.issue_id WHERE s.series = ? AND i.article_id IS NOT NULL")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        members.add(rs.getLong(1));
                    }
                }
            }
            int issues;
            try (PreparedStatement del = c.prepareStatement("DELETE FROM issues WHERE series = ?")) {
                del.setString(1, name);
                issues = del.executeUpdate();
            }
            int series;
            try (PreparedStatement del = c.prepareStatement("DELETE FROM series WHERE name = ?")) {
                del.setString(1, name);
                series = del.executeUpdate();
            }
            touch(c, members);
            return series == 0 && issues == 0 ? -1 : issues;
        });
    }

    @Override
    public boolean isInIssue(long articleId) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM issue_items WHERE article_id = ? LIMIT 1")) {
                q.setLong(1, articleId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public Optional<EarlierSummary> earlierSummary(Long articleId, String url) {
        if (articleId == null && (url == null || url.isBlank())) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT s.series, s.number, i.summary FROM issue_items i"
                    + " JOIN issues s ON s.id = i.issue_id"
                    + " WHERE (i.article_id = ? OR i.url = ?) AND i.summary <> ''"
                    + " ORDER BY s.date DESC, s.number DESC LIMIT 1")) {
                if (articleId == null) {
                    q.setNull(1, java.sql.Types.INTEGER);
                } else {
                    q.setLong(1, articleId);
                }
                q.setString(2, url == null ? "" : url.strip());
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new EarlierSummary(rs.getString(1), rs.getInt(2), rs.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<ExportRecord> lastExport(String series, int number) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT export_path, export_hash FROM issues"
                    + " WHERE series = ? AND number = ? AND export_hash IS NOT NULL")) {
                q.setString(1, series);
                q.setInt(2, number);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new ExportRecord(rs.getString(1), rs.getString(2)))
                            : Optional.<ExportRecord>empty();
                }
            }
        });
    }

    @Override
    public void recordExport(String series, int number, ExportRecord record) {
        db.transaction(c -> {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE issues SET export_path = ?, export_hash = ? WHERE series = ? AND number = ?")) {
                up.setString(1, record.path());
                up.setString(2, record.sha256());
                up.setString(3, series);
                up.setInt(4, number);
                up.executeUpdate();
            }
            return null;
        });
    }
}
