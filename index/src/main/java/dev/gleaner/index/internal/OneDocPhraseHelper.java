package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.spans.SpanCollector;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanScorer;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queries.spans.Spans;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

/**
 * Finds where a snippet's phrases match in one article, as Lucene's {@link PhraseHelper} does (the
 * same spans, the same marked offsets), but reading each of the phrases' words from the index once.
 *
 * <p>Lucene's helper runs every phrase of the query as a span query on the article's segment: for a
 * long query with synonyms (the proximity clause holds a sloppy phrase for each combination of them,
 * 20 for {@code kafka consumer group rebalance}) that looked up 80 terms and opened 80 postings for
 * each hit, most of the snippets' time. Here the positions and offsets of the phrases' few distinct
 * words in the article are read once into a one-article in-memory index, and the same span queries
 * run there: spans depend only on those positions, so they match the same places.
 */
final class OneDocPhraseHelper extends PhraseHelper {
    private final String field;
    private final Predicate<String> fieldMatcher;
    private final Set<BytesRef> positionInsensitive;
    /** The distinct words of the span queries, in the field highlighted. */
    private final List<BytesRef> words;
    /** Whether Lucene's own way is taken: span queries to rewrite, or on another field. */
    private final boolean asLucene;

    private final MemoryIndex memory = new MemoryIndex(true, false);
    /** The span queries in the order Lucene's helper runs them, and of each near query of words its clauses' words and bound. */
    private final List<SpanQuery> spanQueries;

    private final int[][][] nearClauses;
    private final int[] nearBounds;
    /** Per word: its positions in the article read last (the first {@link #freqs} of them). */
    private final int[][] positions;

    private final int[] freqs;

    OneDocPhraseHelper(
            Query query,
            String field,
            Predicate<String> fieldMatcher,
            Function<SpanQuery, Boolean> rewriteQueryPred,
            Function<Query, Collection<Query>> preExtractRewriteFunction,
            boolean ignoreQueriesNeedingRewrite) {
        super(query, field, fieldMatcher, rewriteQueryPred, preExtractRewriteFunction, ignoreQueriesNeedingRewrite);
        this.field = field;
        this.fieldMatcher = fieldMatcher;
        this.positionInsensitive = new HashSet<>(Arrays.asList(getAllPositionInsensitiveTerms()));
        Set<BytesRef> found = new LinkedHashSet<>();
        boolean[] otherField = {false};
        for (SpanQuery q : getSpanQueries()) {
            q.visit(new QueryVisitor() {
                @Override
                public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                    return this;
                }

                @Override
                public void consumeTerms(Query query, Term... terms) {
                    for (Term t : terms) {
                        found.add(t.bytes());
                        otherField[0] |= !t.field().equals(field);
                    }
                }
            });
        }
        this.words = List.copyOf(found);
        this.asLucene = willRewrite() || otherField[0];
        this.spanQueries = List.copyOf(getSpanQueries());
        this.nearClauses = new int[spanQueries.size()][][];
        this.nearBounds = new int[spanQueries.size()];
        for (int q = 0; q < spanQueries.size(); q++) {
            if (spanQueries.get(q) instanceof SpanNearQuery near) {
                nearClauses[q] = clauseWords(near);
                nearBounds[q] = near.getSlop() + near.getClauses().length - 1;
            }
        }
        this.positions = new int[words.size()][8];
        this.freqs = new int[words.size()];
    }

    /**
     * {@return the words of each clause of {@code near} (each a word or a choice of words), by their
     * index in {@link #words}; null when a clause is anything else}
     */
    private int[][] clauseWords(SpanNearQuery near) {
        SpanQuery[] clauses = near.getClauses();
        int[][] out = new int[clauses.length][];
        for (int c = 0; c < clauses.length; c++) {
            SpanQuery[] choices = clauses[c] instanceof SpanOrQuery or ? or.getClauses() : new SpanQuery[] {clauses[c]};
            out[c] = new int[choices.length];
            for (int i = 0; i < choices.length; i++) {
                if (!(choices[i] instanceof SpanTermQuery term)
                        || !term.getTerm().field().equals(field)) {
                    return null;
                }
                out[c][i] = words.indexOf(term.getTerm().bytes());
                if (out[c][i] < 0) {
                    return null;
                }
            }
        }
        return out;
    }

    /**
     * {@return whether span query {@code q} may match the article whose words were read last}: a
     * near query of words matches only where one occurrence of each clause's words stands within
     * its slop plus its clauses less one positions of the others (ordered or not, each word spans
     * one position), so where none do, it is not run.
     */
    private boolean mayMatch(int q) {
        int[][] clauses = nearClauses[q];
        if (clauses == null) {
            return true;
        }
        int k = clauses.length;
        int[][] at = new int[k][];
        for (int c = 0; c < k; c++) {
            at[c] = clausePositions(clauses[c]);
            if (at[c].length == 0) {
                return false;
            }
        }
        int[] next = new int[k];
        while (true) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            int lowest = -1;
            for (int c = 0; c < k; c++) {
                int position = at[c][next[c]];
                if (position < min) {
                    min = position;
                    lowest = c;
                }
                max = Math.max(max, position);
            }
            if ((long) max - min <= nearBounds[q]) {
                return true;
            }
            if (++next[lowest] == at[lowest].length) {
                return false;
            }
        }
    }

    /** {@return the positions of any of {@code choices} in the article read last, in order} */
    private int[] clausePositions(int[] choices) {
        if (choices.length == 1) {
            return Arrays.copyOf(positions[choices[0]], freqs[choices[0]]);
        }
        int size = 0;
        for (int w : choices) {
            size += freqs[w];
        }
        int[] out = new int[size];
        int n = 0;
        for (int w : choices) {
            System.arraycopy(positions[w], 0, out, n, freqs[w]);
            n += freqs[w];
        }
        Arrays.sort(out);
        return out;
    }

    @Override
    public void createOffsetsEnumsForSpans(LeafReader leafReader, int docId, List<OffsetsEnum> results)
            throws IOException {
        if (asLucene) {
            super.createOffsetsEnumsForSpans(leafReader, docId, results);
            return;
        }
        TokenStream tokens = tokensOf(leafReader, docId);
        boolean[] run = new boolean[spanQueries.size()];
        boolean any = false;
        for (int q = 0; q < run.length; q++) {
            run[q] = mayMatch(q);
            any |= run[q];
        }
        if (!any) {
            return; // no phrase can match here: Lucene's helper finds no spans
        }
        memory.reset();
        memory.addField(field, tokens);
        IndexSearcher searcher = memory.createSearcher();
        searcher.setQueryCache(null);
        LeafReaderContext context = searcher.getIndexReader().leaves().getFirst();
        // From here on as Lucene's helper: each span query's spans in one queue by position.
        PriorityQueue<Spans> queue = new PriorityQueue<>(getSpanQueries().size()) {
            @Override
            protected boolean lessThan(Spans a, Spans b) {
                return a.startPosition() <= b.startPosition();
            }
        };
        for (int q = 0; q < run.length; q++) {
            if (!run[q]) {
                continue; // cannot match: it would add no spans
            }
            Query query = spanQueries.get(q);
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            Scorer scorer = weight.scorer(context);
            if (scorer == null) {
                continue;
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            if (twoPhase != null) {
                if (twoPhase.approximation().advance(0) != 0 || !twoPhase.matches()) {
                    continue;
                }
            } else if (scorer.iterator().advance(0) != 0) {
                continue;
            }
            Spans spans = ((SpanScorer) scorer).getSpans();
            if (spans.nextStartPosition() != Spans.NO_MORE_POSITIONS) {
                queue.add(spans);
            }
        }
        Collected collector = new Collected();
        while (queue.size() > 0) {
            Spans spans = queue.top();
            spans.collect(collector);
            if (spans.nextStartPosition() == Spans.NO_MORE_POSITIONS) {
                queue.pop();
            } else {
                queue.updateTop();
            }
        }
        results.addAll(collector.byTerm.values());
    }

    /** {@return the occurrences of the phrases' words in the article, by position, as a token stream} */
    private TokenStream tokensOf(LeafReader reader, int docId) throws IOException {
        List<int[]> found = new ArrayList<>(); // position, word, start, end
        Arrays.fill(freqs, 0);
        Terms terms = reader.terms(field);
        if (terms != null) {
            TermsEnum termsEnum = terms.iterator();
            PostingsEnum postings = null;
            for (int w = 0; w < words.size(); w++) {
                if (!termsEnum.seekExact(words.get(w))) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.OFFSETS);
                if (postings.advance(docId) != docId) {
                    continue;
                }
                int freq = postings.freq();
                if (positions[w].length < freq) {
                    positions[w] = new int[Math.max(freq, positions[w].length * 2)];
                }
                for (int i = 0; i < freq; i++) {
                    int position = postings.nextPosition();
                    positions[w][i] = position;
                    found.add(new int[] {position, w, postings.startOffset(), postings.endOffset()});
                }
                freqs[w] = freq;
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return new Occurrences(found, words);
    }

    /** The words' occurrences replayed as tokens: the same positions and offsets as indexed. */
    private static final class Occurrences extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<int[]> tokens;
        private final List<BytesRef> words;
        private int next;
        private int position;

        Occurrences(List<int[]> tokens, List<BytesRef> words) {
            this.tokens = tokens;
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.size()) {
                return false;
            }
            clearAttributes();
            int[] t = tokens.get(next++);
            term.setBytesRef(words.get(t[1]));
            increment.setPositionIncrement(t[0] - position);
            position = t[0];
            offset.setOffset(t[2], t[3]);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            position = -1;
        }
    }

    /** As Lucene's helper collects: each word's matched offsets once, in order, except words matched anywhere. */
    private final class Collected implements SpanCollector {
        final Map<BytesRef, CollectedOffsets> byTerm = new HashMap<>();

        @Override
        public void collectLeaf(PostingsEnum postings, int position, Term term) throws IOException {
            if (!fieldMatcher.test(term.field())) {
                return;
            }
            CollectedOffsets offsets = byTerm.get(term.bytes());
            if (offsets == null) {
                if (positionInsensitive.contains(term.bytes())) {
                    return;
                }
                offsets = new CollectedOffsets(term.bytes(), postings.freq());
                byTerm.put(term.bytes(), offsets);
            }
            offsets.add(postings.startOffset(), postings.endOffset());
        }

        @Override
        public void reset() {}
    }

    /** One word's matched offsets, sorted, each pair once. */
    private static final class CollectedOffsets extends OffsetsEnum {
        private final BytesRef term;
        private int[] starts;
        private int[] ends;
        private int size;
        private int at = -1;

        CollectedOffsets(BytesRef term, int capacity) {
            this.term = term;
            this.starts = new int[Math.max(1, capacity)];
            this.ends = new int[Math.max(1, capacity)];
        }

        void add(int start, int end) {
            int i = size - 1;
            for (; i >= 0; i--) {
                int cmp = starts[i] != start ? Integer.compare(starts[i], start) : Integer.compare(ends[i], end);
                if (cmp == 0) {
                    return;
                } else if (cmp < 0) {
                    break;
                }
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            System.arraycopy(starts, i + 1, starts, i + 2, size - (i + 1));
            System.arraycopy(ends, i + 1, ends, i + 2, size - (i + 1));
            starts[i + 1] = start;
            ends[i + 1] = end;
            size++;
        }

        @Override
        public boolean nextPosition() {
            return ++at < size;
        }

        @Override
        public int freq() {
            return size;
        }

        @Override
        public BytesRef getTerm() {
            return term;
        }

        @Override
        public int startOffset() {
            return starts[at];
        }

        @Override
        public int endOffset() {
            return ends[at];
        }
    }
}
