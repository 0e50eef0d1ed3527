package dev.gleaner.core.library.internal;

import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.ArticleText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Row mapping for the {@code articles} table and its satellites. */
final class ArticleRows {
    private static final char SEP = '\u001f';

    private ArticleRows() {}

    static Article read(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        String tags = rs.getString("tags");
        byte[] packed = rs.getBytes("body");
        String[] body = packed == null ? null : BodyCodec.unpack(packed);
        return new Article(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("title"),
                split(rs.getString("authors")),
                published == null ? null : OffsetDateTime.parse(published),
                Instant.parse(rs.getString("added")),
                Instant.parse(rs.getString("updated")),
                rs.getString("lang"),
                rs.getString("site_name"),
                split(tags),
                rs.getInt("read") != 0,
                rs.getInt("starred") != 0,
                rs.getString("notes"),
                body == null ? rs.getString("markdown") : body[0],
                body == null ? rs.getString("text") : body[1],
                rs.getString("source_path"),
                rs.getString("lead_image"),
                rs.getLong("change_seq"));
    }

    /** {@return the searched text of the row} (columns: id, title, notes, markdown, text, body, tags) */
    static ArticleText readText(ResultSet rs) throws SQLException {
        byte[] packed = rs.getBytes("body");
        String body;
        if (packed == null) {
            String text = rs.getString("text");
            body = text == null || text.isBlank() ? rs.getString("markdown") : text;
        } else {
            body = BodyCodec.unpackSearched(packed);
        }
        return new ArticleText(
                rs.getLong("id"), rs.getString("title"), split(rs.getString("tags")), rs.getString("notes"), body);
    }

    static Long idBy(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static String hashOf(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static long insert(Connection c, ArticleDraft d, String url, String urlKey, String hash, long seq)
            throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO articles(url, url_key, source_path, title, authors, published, sort_time, added, updated,"
                        + " lang, site_name, markdown, text, lead_image, content_hash, change_seq)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            int i = bindContent(ps, d, url, urlKey);
            ps.setLong(i++, sortTime(d));
            ps.setString(i++, now);
            ps.setString(i++, now);
            ps.setString(i++, d.lang());
            ps.setString(i++, d.siteName());
            ps.setString(i++, d.leadImage());
            ps.setString(i++, hash);
            ps.setLong(i, seq);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                putBody(c, id, d);
                putTags(c, id, d.tags());
                return id;
            }
        }
    }

    static void update(Connection c, long id, ArticleDraft d, String url, String urlKey, String hash, long seq)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE articles SET url = coalesce(?, url), url_key = coalesce(?, url_key),"
                        + " source_path = coalesce(?, source_path), title = ?, authors = ?, published = ?,"
                        + " sort_time = ?, updated = ?, lang = ?, site_name = ?, markdown = '', text = '',"
                        + " lead_image = ?, content_hash = ?, change_seq = ? WHERE id = ?")) {
            int i = bindContent(ps, d, url, urlKey);
            ps.setLong(i++, sortTime(d));
            ps.setString(i++, Instant.now().toString());
            ps.setString(i++, d.lang());
            ps.setString(i++, d.siteName());
            ps.setString(i++, d.leadImage());
            ps.setString(i++, hash);
            ps.setLong(i++, seq);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
        putBody(c, id, d);
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_tags WHERE article_id = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        putTags(c, id, d.tags());
    }

    /** The Markdown and the text, compressed together, in their own table: article rows stay small. */
    private static void putBody(Connection c, long id, ArticleDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_bodies(article_id, body) VALUES (?, ?)"
                + " ON CONFLICT(article_id) DO UPDATE SET body = excluded.body")) {
            ps.setLong(1, id);
            ps.setBytes(2, BodyCodec.pack(d.markdown(), d.text()));
            ps.executeUpdate();
        }
    }

    private static int bindContent(PreparedStatement ps, ArticleDraft d, String url, String urlKey)
            throws SQLException {
        ps.setString(1, url);
        ps.setString(2, urlKey);
        ps.setString(3, d.sourcePath());
        ps.setString(4, d.title().strip());
        ps.setString(5, String.join(String.valueOf(SEP), d.authors()));
        ps.setString(6, d.published() == null ? null : d.published().toString());
        return 7;
    }

    private static long sortTime(ArticleDraft d) {
        return d.published() == null
                ? Instant.now().getEpochSecond()
                : d.published().toEpochSecond();
    }

    private static void putTags(Connection c, long id, List<String> tags) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO article_tags(article_id, position, tag) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String tag : tags.stream()
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .distinct()
                    .toList()) {
                ps.setLong(1, id);
                ps.setInt(2, position++);
                ps.setString(3, tag);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void putRawHtml(Connection c, long id, String html) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO raw_html(article_id, gz) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET gz = excluded.gz")) {
            ps.setLong(1, id);
            ps.setBytes(2, gzip(html));
            ps.executeUpdate();
        }
    }

    static Optional<String> rawHtml(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT gz FROM raw_html WHERE article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(gunzip(rs.getBytes(1))) : Optional.empty();
            }
        }
    }

    /** A digest of everything an ingester controls, so that re-saving identical content is a no-op. */
    static String contentHash(ArticleDraft d, String urlKey) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object field : new Object[] {
                urlKey,
                d.sourcePath(),
                d.title(),
                d.authors(),
                d.published(),
                d.lang(),
                d.siteName(),
                d.tags(),
                d.markdown(),
                d.text(),
                d.leadImage()
            }) {
                md.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(String.valueOf(SEP)));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
