package dev.gleaner.core.library.internal;

import dev.gleaner.core.library.LibraryException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Forward-only schema migrations. {@code PRAGMA user_version} is the number of migrations applied;
 * a library written by a newer Gleaner (a higher version) is refused, never changed.
 */
final class Migrations {

    /** Each entry is one migration: SQL statements separated by ';' at line ends. */
    private static final List<String> STEPS = List.of("""
          CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
          INSERT INTO meta(key, value) VALUES ('change_seq', 0);
          CREATE TABLE sources(
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            location TEXT NOT NULL,
            title TEXT,
            folder TEXT,
            added TEXT NOT NULL,
            site_url TEXT,
            etag TEXT,
            last_modified TEXT,
            last_attempt TEXT,
            last_success TEXT,
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT,
            full_text INTEGER NOT NULL DEFAULT 0,
            UNIQUE(kind, location));
          CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            url TEXT,
            url_key TEXT UNIQUE,
            source_path TEXT UNIQUE,
            title TEXT NOT NULL,
            authors TEXT NOT NULL DEFAULT '',
            published TEXT,
            sort_time INTEGER NOT NULL,
            added TEXT NOT NULL,
            updated TEXT NOT NULL,
            lang TEXT,
            site_name TEXT,
            read INTEGER NOT NULL DEFAULT 0,
            starred INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            markdown TEXT NOT NULL,
            text TEXT NOT NULL,
            lead_image TEXT,
            content_hash TEXT NOT NULL,
            change_seq INTEGER NOT NULL);
          CREATE INDEX articles_change_seq ON articles(change_seq);
          CREATE INDEX articles_sort ON articles(sort_time DESC, id DESC);
          CREATE TABLE article_tags(
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY(article_id, position));
          CREATE INDEX article_tags_tag ON article_tags(tag);
          CREATE TABLE article_sources(
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            guid TEXT,
            first_seen TEXT NOT NULL,
            PRIMARY KEY(article_id, source_id));
          CREATE INDEX article_sources_source ON article_sources(source_id, guid);
          CREATE TABLE raw_html(
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            gz BLOB NOT NULL);
          CREATE TABLE deletions(article_id INTEGER NOT NULL, change_seq INTEGER NOT NULL);
          CREATE INDEX deletions_seq ON deletions(change_seq);
          CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)
          """, """
          CREATE TABLE series(
            name TEXT PRIMARY KEY,
            title_pattern TEXT NOT NULL,
            authors TEXT NOT NULL,
            tags TEXT NOT NULL,
            categories TEXT NOT NULL,
            week_start TEXT NOT NULL,
            zone TEXT NOT NULL,
            front_matter TEXT NOT NULL,
            file_pattern TEXT NOT NULL,
            site_dir TEXT,
            content_dir TEXT NOT NULL,
            period_heading TEXT NOT NULL,
            references_heading TEXT NOT NULL,
            options TEXT NOT NULL,
            page_bundle INTEGER NOT NULL);
          CREATE TABLE issues(
            id INTEGER PRIMARY KEY,
            series TEXT NOT NULL,
            number INTEGER NOT NULL,
            title TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            date TEXT NOT NULL,
            status TEXT NOT NULL,
            layout TEXT NOT NULL,
            export_path TEXT,
            export_hash TEXT,
            UNIQUE(series, number));
          CREATE TABLE issue_items(
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            heading TEXT NOT NULL,
            summary TEXT NOT NULL,
            url TEXT NOT NULL,
            PRIMARY KEY(issue_id, position));
          CREATE INDEX issue_items_article ON issue_items(article_id)
          """, """
          ALTER TABLE article_sources ADD COLUMN excerpt INTEGER NOT NULL DEFAULT 0
          """, """
          CREATE INDEX article_tags_tag_nocase ON article_tags(tag COLLATE NOCASE)
          """, """
          ALTER TABLE issue_items ADD COLUMN also_urls TEXT NOT NULL DEFAULT ''
          """, """
          CREATE TABLE user_tags(
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag TEXT NOT NULL COLLATE NOCASE,
            added TEXT NOT NULL,
            PRIMARY KEY(article_id, tag));
          CREATE INDEX user_tags_tag ON user_tags(tag);
          CREATE TABLE saved_searches(
            name TEXT PRIMARY KEY COLLATE NOCASE,
            query TEXT NOT NULL,
            created TEXT NOT NULL)
          """, """
          CREATE TABLE article_bodies(
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            body BLOB NOT NULL);
          INSERT INTO article_bodies(article_id, body)
            SELECT id, gleaner_pack_body(markdown, text) FROM articles;
          UPDATE articles SET markdown = '', text = ''
          """, """
          ALTER TABLE sources ADD COLUMN failing_since TEXT;
          UPDATE sources SET failing_since = CASE WHEN failures = 1 THEN last_attempt
            ELSE coalesce(last_success, added) END
            WHERE failures > 0
          """);

    private Migrations() {}

    /** {@return the schema version this Gleaner writes} */
    static int latest() {
        return STEPS.size();
    }

    static void apply(Connection c, Path file) throws SQLException {
        int version;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            version = rs.getInt(1);
        }
        if (version > latest()) {
            throw new LibraryException("The library "
                    + file
                    + " was written by a newer Gleaner (schema "
                    + version
                    + ", this one knows "
                    + latest()
                    + "): update Gleaner to open it.");
        }
        for (int v = version; v < latest(); v++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v).split(";\\s*\\n")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
