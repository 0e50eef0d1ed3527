package dev.gleaner.index.internal;

import dev.gleaner.index.SearchHit;
import dev.gleaner.index.SearchRequest;
import dev.gleaner.index.SearchResult;
import dev.gleaner.index.SortOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;

/**
 * The search side of the index: queries in Gleaner's query language with marked snippets and
 * facet counts, and title prefixes for search-as-you-type. Never waits for the writer.
 */
final class IndexQueries {
    private static final List<String> FACETS =
            List.of(ArticleDocuments.SITE, ArticleDocuments.TAG, ArticleDocuments.LANG, ArticleDocuments.MONTH);
    private static final int FACET_VALUES = 20;
    private static final int SNIPPET_GOAL = 160;
    /** Totals up to this many are counted while the hits are scored; beyond it, in a pass of their own. */
    private static final int COUNT_WHILE_SCORING = 10_000;
    /** How many of the best hits by their words are ranked again by how close the words stand. */
    private static final int RESCORE_WINDOW = 100;
    /** How many recently searched texts keep their parsed query. */
    private static final int RECENT_QUERIES = 64;

    private final GleanerAnalysis analysis;
    private final QueryLanguage language;
    private final Searchers searchers;
    private final LibraryTexts library;
    /** The facet fields' ordinals of the segments counted more than once. */
    private final FacetOrdinals facetOrdinals = new FacetOrdinals(FACETS);
    /** The last queries read (text to parsed query; queries are immutable), least recently used first. */
    private final Map<String, QueryLanguage.Parsed> recentQueries = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, QueryLanguage.Parsed> eldest) {
            return size() > RECENT_QUERIES;
        }
    };

    IndexQueries(GleanerAnalysis analysis, Searchers searchers, LibraryTexts library) {
        this.analysis = analysis;
        this.language = new QueryLanguage(analysis.queryAnalyzer());
        this.searchers = searchers;
        this.library = library;
    }

    SearchResult search(SearchRequest request) {
        QueryLanguage.Parsed parsed = parse(request.query());
        return searchers.withSearcher(searcher -> {
            String note = parsed.note();
            SearchResult result = run(searcher, parsed.query(), parsed.proximity(), request, note);
            if (result.total() == 0 && parsed.relaxed() != null) {
                String relaxedNote = "No article has all the words; showing articles with some of them.";
                result = run(
                        searcher,
                        parsed.relaxed(),
                        parsed.proximity(),
                        request,
                        note == null ? relaxedNote : note + " " + relaxedNote);
            }
            return result;
        });
    }

    /**
     * {@return the query read in Gleaner's query language}, from the recent queries when the same text
     * was searched lately: a search as you type, the complete search and its facets read the same text,
     * and analysing a long query with its synonyms into phrases takes a good part of a short search.
     */
    private QueryLanguage.Parsed parse(String query) {
        synchronized (recentQueries) {
            QueryLanguage.Parsed known = recentQueries.get(query);
            if (known != null) {
                return known;
            }
        }
        QueryLanguage.Parsed parsed = language.parse(query);
        synchronized (recentQueries) {
            recentQueries.put(query, parsed);
        }
        return parsed;
    }

    /** Forgets the recently parsed queries: a benchmark's first search of a text. */
    void forgetRecent() {
        synchronized (recentQueries) {
            recentQueries.clear();
        }
    }

    Map<String, Map<String, Integer>> facets(String query, BooleanSupplier cancelled) {
        QueryLanguage.Parsed parsed = parse(query);
        return searchers.withSearcher(searcher -> {
            Query q = parsed.query();
            if (parsed.relaxed() != null && !anyMatch(searcher, q)) {
                q = parsed.relaxed();
            }
            return searcher.search(q, new FacetCounter(facetOrdinals, FACET_VALUES, cancelled));
        });
    }

    private SearchResult run(IndexSearcher searcher, Query query, Query proximity, SearchRequest request, String note)
            throws IOException {
        boolean byDate = request.sort() == SortOrder.DATE;
        int countUpTo = request.countUpTo();
        // The facets visit every match anyway: the best hits are found in the same pass, scoring
        // every match by its words (never by the proximity clause, whose score is added to the
        // best hits only), rather than in a pass of their own that verifies the phrases again.
        boolean onePass = request.facets() && !byDate;
        // A total counted in full without facets goes without scores, so that the best hits are
        // found apart, skipping what cannot make the first page.
        boolean countApart = !onePass && (request.facets() || countUpTo > COUNT_WHILE_SCORING);
        int threshold = countApart ? request.limit() : countUpTo;
        Query matching =
                proximity != null && query instanceof BooleanQuery bq && !byDate ? without(bq, proximity) : query;
        // The proximity clause (a sloppy phrase) has no bound on its score, so a search with it
        // must score every match. It never changes what matches: the best hits of the words alone
        // are found first, then the window is ranked again with the clause's score added, as the
        // whole query would score them.
        int window = matching == query ? request.limit() : Math.max(RESCORE_WINDOW, request.limit() * 4);
        TopDocs top;
        Map<String, Map<String, Integer>> facets = Map.of();
        long total;
        boolean lowerBound = false;
        if (byDate) {
            Sort sort =
                    new Sort(new SortField(ArticleDocuments.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            top = searcher.search(query, new TopFieldCollectorManager(sort, request.limit(), null, threshold));
        } else if (onePass) {
            Object[] both = searcher.search(
                    matching,
                    new MultiCollectorManager(
                            new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE),
                            new FacetCounter(facetOrdinals, FACET_VALUES, () -> false)));
            top = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Integer>> f = (Map<String, Map<String, Integer>>) both[1];
            facets = f;
        } else {
            top = searcher.search(matching, new TopScoreDocCollectorManager(window, null, Math.max(window, threshold)));
        }
        if (matching != query) {
            TopDocs ranked = ProximityRescorer.rescore(searcher, top, proximity, request.limit());
            top = new TopDocs(top.totalHits, ranked.scoreDocs);
        }
        if (onePass) {
            total = top.totalHits.value();
        } else if (countApart) {
            if (request.facets()) {
                Object[] both = searcher.search(
                        matching,
                        new MultiCollectorManager(
                                new TotalHitCountCollectorManager(searcher.getSlices()),
                                new FacetCounter(facetOrdinals, FACET_VALUES, () -> false)));
                total = (Integer) both[0];
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Integer>> f = (Map<String, Map<String, Integer>>) both[1];
                facets = f;
            } else {
                total = searcher.count(matching);
            }
        } else {
            lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
            total = lowerBound ? Math.min(top.totalHits.value(), countUpTo) : top.totalHits.value();
        }
        ScoreDoc[] scored = top.scoreDocs;
        Document[] docs = Hits.documents(searcher, scored);
        String[] texts = library.texts(searcher, scored, docs);
        int highlighted = Math.min(request.highlighted(), scored.length);
        String[] snippets = new String[scored.length];
        Map<Integer, String> textOf = new HashMap<>();
        List<ScoreDoc> marking = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < highlighted; i++) {
            if (texts[i] != null) {
                textOf.put(scored[i].doc, texts[i]);
                marking.add(scored[i]);
                at.add(i);
            }
        }
        if (!marking.isEmpty()) {
            UnifiedHighlighter highlighter =
                    new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analysis.indexAnalyzer())
                            .withMaxLength(50_000)
                            .withScorer(new SnippetPassageScorer())
                            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                                    new SpaceBreakIterator(), SNIPPET_GOAL, 0.5f))
                            // Each matched term apart: a proximity match would otherwise mark every word between.
                            .withWeightMatches(false)
                            .withFormatter(new SnippetFormatter(request.query()))) {
                        @Override
                        protected PhraseHelper getPhraseHelper(
                                String field, Query query, Set<HighlightFlag> highlightFlags) {
                            // As Lucene chooses its helper, with one that reads each article's words once.
                            if (highlightFlags.contains(HighlightFlag.WEIGHT_MATCHES)
                                    || !highlightFlags.contains(HighlightFlag.PHRASES)) {
                                return super.getPhraseHelper(field, query, highlightFlags);
                            }
                            return new OneDocPhraseHelper(
                                    query,
                                    field,
                                    getFieldMatcher(field),
                                    this::requiresRewrite,
                                    this::preSpanQueryRewrite,
                                    !highlightFlags.contains(HighlightFlag.MULTI_TERM_QUERY));
                        }

                        @Override
                        protected List<CharSequence[]> loadFieldValues(
                                String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
                            // The texts come from the library (the index does not store them), loaded above.
                            List<CharSequence[]> values = new ArrayList<>();
                            for (int doc = docIter.nextDoc();
                                    doc != DocIdSetIterator.NO_MORE_DOCS;
                                    doc = docIter.nextDoc()) {
                                CharSequence[] perField = new CharSequence[fields.length];
                                for (int f = 0; f < fields.length; f++) {
                                    perField[f] =
                                            ArticleDocuments.TEXT.equals(fields[f]) ? textOf.getOrDefault(doc, "") : "";
                                }
                                values.add(perField);
                            }
                            return values;
                        }
                    };
            TopDocs first = new TopDocs(top.totalHits, marking.toArray(ScoreDoc[]::new));
            // A few passages: the formatter picks the best one outside the title, joining neighbours.
            String[] marked = highlighter.highlight(ArticleDocuments.TEXT, query, first, 3);
            for (int j = 0; j < marked.length; j++) {
                snippets[at.get(j)] = marked[j];
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < scored.length; i++) {
            float score = Float.isNaN(scored[i].score) ? 0f : scored[i].score;
            hits.add(Hits.toHit(docs[i], score, snippets[i], texts[i]));
        }
        return new SearchResult(total, hits, facets, note, lowerBound);
    }

    /**
     * {@return whether any article matches {@code query}}, found without scores: a scored search
     * for one hit would score matches (a proximity clause and all) until it found the best.
     */
    private static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            DocIdSetIterator it = supplier.get(1).iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@return {@code query} without the clause {@code clause}} */
    private static Query without(BooleanQuery query, Query clause) {
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(query.getMinimumNumberShouldMatch());
        for (BooleanClause c : query.clauses()) {
            if (!(c.occur() == Occur.SHOULD && c.query().equals(clause))) {
                b.add(c);
            }
        }
        return b.build();
    }

    List<SearchHit> titlePrefix(String typed, int limit) {
        if (typed == null || typed.isBlank() || limit < 1) {
            return List.of();
        }
        String trimmed = typed.strip();
        boolean endsWithSpace = Character.isWhitespace(typed.charAt(typed.length() - 1));
        int lastSpace = trimmed.lastIndexOf(' ');
        String complete = endsWithSpace ? trimmed : (lastSpace < 0 ? "" : trimmed.substring(0, lastSpace));
        String partial = endsWithSpace ? "" : trimmed.substring(lastSpace + 1);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : analyze(analysis.indexAnalyzer(), ArticleDocuments.TITLE, complete)) {
            b.add(new TermQuery(new Term(ArticleDocuments.TITLE, term)), Occur.MUST);
            clauses++;
        }
        if (!partial.isEmpty()) {
            // The half-typed word as typed (lowercased) and as analyzed: Nori may drop or stem it.
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(
                    new PrefixQuery(new Term(ArticleDocuments.TITLE, partial.toLowerCase(java.util.Locale.ROOT))),
                    Occur.SHOULD);
            for (String term : analyze(analysis.indexAnalyzer(), ArticleDocuments.TITLE, partial)) {
                either.add(new PrefixQuery(new Term(ArticleDocuments.TITLE, term)), Occur.SHOULD);
                either.add(new BoostQuery(new TermQuery(new Term(ArticleDocuments.TITLE, term)), 2f), Occur.SHOULD);
            }
            b.add(either.build(), Occur.MUST);
            clauses++;
        }
        if (clauses == 0) {
            return List.of();
        }
        Query query = b.build();
        return searchers.withSearcher(s -> {
            return Hits.hits(s, s.search(query, limit).scoreDocs, library);
        });
    }

    static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
