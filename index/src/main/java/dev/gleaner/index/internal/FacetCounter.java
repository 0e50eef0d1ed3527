package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts the matching documents' values of the facet fields (site, tag, lang, month). */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Map<String, Map<String, Integer>>> {
    /** Matches counted between two looks at whether the count was cancelled. */
    private static final int CHECK_EVERY = 1024;

    private final List<String> fields;
    private final int topValues;
    private final BooleanSupplier cancelled;
    private final FacetOrdinals ordinals;

    FacetCounter(List<String> fields, int topValues) {
        this(new FacetOrdinals(fields), topValues, () -> false);
    }

    /**
     * Counts of the fields of {@code ordinals}, read from the ordinals it keeps where it has them,
     * that stop with a {@link CancellationException} once {@code cancelled} says true.
     */
    FacetCounter(FacetOrdinals ordinals, int topValues, BooleanSupplier cancelled) {
        this.fields = ordinals.fields();
        this.topValues = topValues;
        this.cancelled = cancelled;
        this.ordinals = ordinals;
    }

    @Override
    public Counts newCollector() {
        return new Counts(fields, cancelled, ordinals);
    }

    @Override
    public Map<String, Map<String, Integer>> reduce(Collection<Counts> collectors) {
        Map<String, Map<String, Integer>> merged = new LinkedHashMap<>();
        for (String field : fields) {
            Map<String, Integer> spelled = new HashMap<>();
            for (Counts c : collectors) {
                c.counts.get(field).forEach((k, v) -> spelled.merge(k, v, Integer::sum));
            }
            Map<String, Integer> all = foldCase(spelled);
            Map<String, Integer> top = new LinkedHashMap<>();
            all.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(topValues)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            merged.put(field, top);
        }
        return merged;
    }

    /**
     * {@return the counts with values that differ only in case ("Redis", "redis") counted as one, as
     * the filters match them, under the spelling most articles use}. A document holds one spelling
     * of a value at most, so the sums count documents.
     */
    static Map<String, Integer> foldCase(Map<String, Integer> spelled) {
        Map<String, String> shown = new HashMap<>();
        Map<String, Integer> byKey = new HashMap<>();
        for (Map.Entry<String, Integer> e : spelled.entrySet()) {
            String key = ArticleDocuments.key(e.getKey());
            byKey.merge(key, e.getValue(), Integer::sum);
            shown.merge(key, e.getKey(), (a, b) -> {
                int ca = spelled.get(a), cb = spelled.get(b);
                return ca != cb ? (ca > cb ? a : b) : (a.compareTo(b) <= 0 ? a : b);
            });
        }
        Map<String, Integer> out = new HashMap<>();
        byKey.forEach((key, count) -> out.put(shown.get(key), count));
        return out;
    }

    /** One slice's counts. */
    static final class Counts implements Collector {
        private final List<String> fields;
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final BooleanSupplier cancelled;
        private final FacetOrdinals ordinals;
        private int sinceCheck;

        Counts(List<String> fields, BooleanSupplier cancelled, FacetOrdinals ordinals) {
            this.fields = fields;
            this.cancelled = cancelled;
            this.ordinals = ordinals;
            fields.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            checkCancelled();
            SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
            long[][] ordCounts = new long[fields.size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                ordCounts[i] = new long[(int) Math.min(Integer.MAX_VALUE - 8, values[i].getValueCount())];
            }
            FacetOrdinals.Field[] kept = ordinals.of(context.reader());
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (++sinceCheck >= CHECK_EVERY) {
                        sinceCheck = 0;
                        checkCancelled();
                    }
                    if (kept != null) {
                        for (int i = 0; i < kept.length; i++) {
                            FacetOrdinals.Field field = kept[i];
                            if (field == null) {
                                continue;
                            }
                            long[] c = ordCounts[i];
                            int[] ords = field.ords();
                            int[] starts = field.starts();
                            if (starts == null) {
                                int ord = ords[doc];
                                if (ord >= 0) {
                                    c[ord]++;
                                }
                            } else {
                                for (int k = starts[doc], end = starts[doc + 1]; k < end; k++) {
                                    c[ords[k]]++;
                                }
                            }
                        }
                        return;
                    }
                    for (int i = 0; i < values.length; i++) {
                        SortedSetDocValues dv = values[i];
                        if (dv.advanceExact(doc)) {
                            long[] c = ordCounts[i];
                            for (int k = 0; k < dv.docValueCount(); k++) {
                                c[(int) dv.nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < fields.size(); i++) {
                        // The values' text from the kept ordinals' table, else from the doc values.
                        FacetOrdinals.Field field = kept == null ? null : kept[i];
                        String[] text = field == null ? null : field.values();
                        SortedSetDocValues dv =
                                text != null ? null : DocValues.getSortedSet(context.reader(), fields.get(i));
                        long[] c = ordCounts[i];
                        Map<String, Integer> target = counts.get(fields.get(i));
                        for (int ord = 0; ord < c.length; ord++) {
                            if (c[ord] > 0) {
                                String value = text != null
                                        ? text[ord]
                                        : dv.lookupOrd(ord).utf8ToString();
                                target.merge(value, (int) c[ord], Integer::sum);
                            }
                        }
                    }
                }
            };
        }

        private void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("facet counting cancelled");
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
