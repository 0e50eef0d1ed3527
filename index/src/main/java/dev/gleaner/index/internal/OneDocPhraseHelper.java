package dev.gleaner.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanScorer;
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
    }

    @Override
    public void createOffsetsEnumsForSpans(LeafReader leafReader, int docId, List<OffsetsEnum> results)
            throws IOException {
        if (asLucene) {
            super.createOffsetsEnumsForSpans(leafReader, docId, results);
            return;
        }
        memory.reset();
        memory.addField(field, tokensOf(leafReader, docId));
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
        for (Query query : getSpanQueries()) {
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
                for (int i = postings.freq(); i > 0; i--) {
                    int position = postings.nextPosition();
                    found.add(new int[] {position, w, postings.startOffset(), postings.endOffset()});
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(t -> t[0]).thenComparingInt(t -> t[1]));
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
