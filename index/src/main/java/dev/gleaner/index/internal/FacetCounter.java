package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final List<String> fields;
    private final int topValues;

    FacetCounter(List<String> fields, int topValues) {
        this.fields = List.copyOf(fields);
        this.topValues = topValues;
    }

    @Override
    public Counts newCollector() {
        return new Counts(fields);
    }

    @Override
    public Map<String, Map<String, Integer>> reduce(Collection<Counts> collectors) {
        Map<String, Map<String, Integer>> merged = new LinkedHashMap<>();
        for (String field : fields) {
            Map<String, Integer> all = new HashMap<>();
            for (Counts c : collectors) {
                c.counts.get(field).forEach((k, v) -> all.merge(k, v, Integer::sum));
            }
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

    /** One slice's counts. */
    static final class Counts implements Collector {
        private final List<String> fields;
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        Counts(List<String> fields) {
            this.fields = fields;
            fields.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SortedSetDocValues> values = new ArrayList<>();
            List<long[]> ordCounts = new ArrayList<>();
            for (String field : fields) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), field);
                values.add(dv);
                ordCounts.add(new long[(int) Math.min(Integer.MAX_VALUE - 8, dv.getValueCount())]);
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < values.size(); i++) {
                        SortedSetDocValues dv = values.get(i);
                        if (dv.advanceExact(doc)) {
                            long[] c = ordCounts.get(i);
                            for (int k = 0; k < dv.docValueCount(); k++) {
                                c[(int) dv.nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < fields.size(); i++) {
                        SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), fields.get(i));
                        long[] c = ordCounts.get(i);
                        Map<String, Integer> target = counts.get(fields.get(i));
                        for (int ord = 0; ord < c.length; ord++) {
                            if (c[ord] > 0) {
                                target.merge(dv.lookupOrd(ord).utf8ToString(), (int) c[ord], Integer::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
