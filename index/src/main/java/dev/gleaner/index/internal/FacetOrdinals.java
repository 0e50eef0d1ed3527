package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet fields' value ordinals of each segment, kept in memory: counting the facets of a common
 * word visits every match, and reading each match's values from the mapped doc values (four fields,
 * each through its own kind of reader) took a third of a warm search with many matches.
 *
 * <p>A segment's ordinals are kept from its second count on, so that a command that searches once
 * and exits does not read whole segments it will never count again; a window or {@code serve}
 * keeps them until the segment is closed (merged away or the index closed). At 100,000 articles
 * they take a few megabytes. The ordinals are the doc values' own, so counts and the values they
 * name are the same as read from the doc values.
 */
final class FacetOrdinals {
    /** A segment counted once, whose ordinals are read on its next count. */
    private static final Object SEEN = new Object();

    private final List<String> fields;
    /** By segment core: {@link #SEEN}, or one {@link Field} per field ({@code null} where it has no values). */
    private final Map<IndexReader.CacheKey, Object> bySegment = new ConcurrentHashMap<>();

    FacetOrdinals(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    List<String> fields() {
        return fields;
    }

    /**
     * One field's ordinals in one segment: document {@code d}'s are {@code ords[starts[d]]} to
     * {@code ords[starts[d + 1] - 1]}, or, when {@code starts} is null (one value at most per
     * document), {@code ords[d]}, -1 for none; {@code values[o]} is ordinal {@code o}'s value.
     */
    record Field(int[] starts, int[] ords, String[] values) {}

    /** {@return the segment's ordinals by field, or null when they are not kept (yet)} */
    Field[] of(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        IndexReader.CacheKey key = helper.getKey();
        Object known = bySegment.get(key);
        if (known instanceof Field[] kept) {
            return kept;
        }
        if (known == null) {
            if (bySegment.putIfAbsent(key, SEEN) == null) {
                helper.addClosedListener(bySegment::remove);
            }
            return null;
        }
        Field[] read = new Field[fields.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = read(reader, fields.get(i));
        }
        // Kept only while the segment is open: a segment closed meanwhile has lost its entry.
        bySegment.replace(key, SEEN, read);
        return read;
    }

    /** {@return how many segments have their ordinals kept} */
    int kept() {
        return (int) bySegment.values().stream().filter(v -> v != SEEN).count();
    }

    private static Field read(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        if (values.getValueCount() == 0) {
            return null;
        }
        int maxDoc = reader.maxDoc();
        String[] text = new String[Math.toIntExact(values.getValueCount())];
        for (int ord = 0; ord < text.length; ord++) {
            text[ord] = values.lookupOrd(ord).utf8ToString();
        }
        SortedDocValues single = DocValues.unwrapSingleton(values);
        if (single != null) {
            int[] ords = new int[maxDoc];
            Arrays.fill(ords, -1);
            for (int doc = single.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.nextDoc()) {
                ords[doc] = single.ordValue();
            }
            return new Field(null, ords, text);
        }
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc)];
        int size = 0;
        int next = 0; // the first document whose start is not set yet
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) {
                starts[next++] = size;
            }
            int count = values.docValueCount();
            if (size + count > ords.length) {
                ords = Arrays.copyOf(ords, Math.max(size + count, ords.length * 2));
            }
            for (int k = 0; k < count; k++) {
                ords[size++] = (int) values.nextOrd();
            }
        }
        while (next <= maxDoc) {
            starts[next++] = size;
        }
        return new Field(starts, Arrays.copyOf(ords, size), text);
    }
}
