package dev.gleaner.index.internal;

import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleText;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** The index schema: how an {@link Article} becomes one Lucene document. */
final class ArticleDocuments {
    /** Bump when the fields or the analysis change: an index of another schema is rebuilt. */
    static final String SCHEMA = "gleaner-index-5";

    static final String ID = "id";
    static final String TITLE = "title";
    /**
     * Everything searchable in one field: title, tags, notes, body ({@link #text}). Indexed with
     * offsets for the snippets, not stored: the library holds the text, and the snippets of the few
     * hits shown load it from there.
     */
    static final String TEXT = "text";
    /** A fingerprint of the indexed text: a snippet is marked only in the very text that was indexed. */
    static final String TEXT_PRINT = "text_print";

    static final String BODY = "body";
    static final String URL = "url";
    static final String PATH = "path";
    static final String PUBLISHED = "published";
    static final String DATE = "date";
    static final String ADDED = "added";
    static final String TAG_KEY = "tag_key";
    static final String SITE_KEY = "site_key";
    static final String LANG_KEY = "lang_key";
    static final String FLAG = "flag";
    static final String SITE = "site";
    static final String TAG = "tag";
    static final String LANG = "lang";
    static final String MONTH = "month";

    static final DateTimeFormatter MONTH_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    /** Offsets for the highlighter; the text itself stays in the library. */
    private static final FieldType TEXT_TYPE = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** Stored for the hit list; positions for phrases; no offsets (snippets come from {@link #TEXT}). */
    private static final FieldType TITLE_TYPE = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private ArticleDocuments() {}

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    /** {@return what the {@link #TEXT} field of {@code a} indexes: title, tags, notes and body} */
    static String text(Article a) {
        return text(ArticleText.of(a));
    }

    static String text(ArticleText a) {
        StringBuilder text = new StringBuilder(a.title()).append('\n');
        if (!a.tags().isEmpty()) {
            text.append(String.join(", ", a.tags())).append('\n');
        }
        if (!a.notes().isBlank()) {
            text.append(a.notes()).append('\n');
        }
        return text.append('\n').append(a.body()).toString();
    }

    /** {@return the fingerprint of an indexed text: its length and its hash} */
    static long print(String text) {
        return ((long) text.length() << 32) | (text.hashCode() & 0xffffffffL);
    }

    static Document toDocument(Article a, boolean inIssue) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(a.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, a.id()));
        doc.add(new Field(TITLE, a.title(), TITLE_TYPE));
        String text = text(a);
        doc.add(new Field(TEXT, text, TEXT_TYPE));
        doc.add(new NumericDocValuesField(TEXT_PRINT, print(text)));
        if (a.url() != null) {
            doc.add(new StoredField(URL, a.url()));
        }
        if (a.sourcePath() != null) {
            doc.add(new StoredField(PATH, a.sourcePath()));
        }
        Instant date = a.published() != null ? a.published().toInstant() : a.added();
        if (date != null) {
            doc.add(new LongPoint(DATE, date.toEpochMilli()));
            doc.add(new NumericDocValuesField(DATE, date.toEpochMilli()));
            doc.add(new SortedSetDocValuesField(MONTH, new BytesRef(MONTH_FORMAT.format(date))));
        }
        if (a.published() != null) {
            doc.add(new StoredField(PUBLISHED, a.published().toString()));
        }
        if (a.added() != null) {
            doc.add(new LongPoint(ADDED, a.added().toEpochMilli()));
            doc.add(new NumericDocValuesField(ADDED, a.added().toEpochMilli()));
        }
        Set<String> tagKeys = new LinkedHashSet<>();
        for (String tag : a.tags()) {
            String t = tag.strip();
            if (!t.isEmpty() && tagKeys.add(key(t))) {
                doc.add(new StringField(TAG_KEY, key(t), Field.Store.NO));
                doc.add(new SortedSetDocValuesField(TAG, new BytesRef(t)));
            }
        }
        String host = host(a.url());
        String site =
                a.siteName() != null && !a.siteName().isBlank() ? a.siteName().strip() : host;
        if (site != null) {
            doc.add(new StoredField(SITE, site));
            doc.add(new SortedSetDocValuesField(SITE, new BytesRef(site)));
            doc.add(new StringField(SITE_KEY, key(site), Field.Store.NO));
        }
        if (host != null && !host.equalsIgnoreCase(site)) {
            doc.add(new StringField(SITE_KEY, key(host), Field.Store.NO));
        }
        if (a.lang() != null && !a.lang().isBlank()) {
            String lang = a.lang().strip().toLowerCase(Locale.ROOT);
            doc.add(new StringField(LANG_KEY, lang, Field.Store.NO));
            String primary = lang.split("[-_]")[0];
            if (!primary.equals(lang)) {
                doc.add(new StringField(LANG_KEY, primary, Field.Store.NO));
            }
            doc.add(new SortedSetDocValuesField(LANG, new BytesRef(primary)));
        }
        doc.add(new StringField(FLAG, a.read() ? "read" : "unread", Field.Store.NO));
        if (a.starred()) {
            doc.add(new StringField(FLAG, "starred", Field.Store.NO));
        }
        if (inIssue) {
            doc.add(new StringField(FLAG, "issue", Field.Store.NO));
        }
        return doc;
    }

    static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
