package dev.gleaner.index.internal;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.index.IndexException;
import dev.gleaner.index.SearchHit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Articles like a given one: a "more like this" query over its title and text. */
final class RelatedArticles {
    private final GleanerAnalysis analysis;
    private final Searchers searchers;
    private final LibraryTexts texts;

    RelatedArticles(GleanerAnalysis analysis, Searchers searchers, LibraryTexts texts) {
        this.analysis = analysis;
        this.searchers = searchers;
        this.texts = texts;
    }

    List<SearchHit> related(long articleId, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return searchers.withSearcher(s -> {
            Term idTerm = new Term(ArticleDocuments.ID, Long.toString(articleId));
            TopDocs self = s.search(new TermQuery(idTerm), 1);
            if (self.scoreDocs.length == 0) {
                throw new IndexException("No article " + articleId
                        + " in the search index: check the id with `gleaner list`, or run `gleaner reindex`.");
            }
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analysis.indexAnalyzer());
            mlt.setFieldNames(new String[] {ArticleDocuments.TITLE, ArticleDocuments.TEXT});
            mlt.setMinTermFreq(2);
            mlt.setMinDocFreq(2);
            // Terms in more than 30% of articles say nothing about this one; in a small library that
            // bound would leave no term at all, so it never goes below two articles.
            mlt.setMaxDocFreq(Math.max(2, s.getIndexReader().numDocs() * 3 / 10));
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            // The title stored here and the text from the library (the index does not store it).
            Map<String, Collection<Object>> fields = new HashMap<>();
            fields.put(
                    ArticleDocuments.TITLE,
                    List.of(s.storedFields().document(self.scoreDocs[0].doc).get(ArticleDocuments.TITLE)));
            Library source = texts.library();
            if (source != null) {
                try {
                    source.article(articleId)
                            .ifPresent(a -> fields.put(ArticleDocuments.TEXT, List.of(ArticleDocuments.text(a))));
                } catch (LibraryException e) {
                    // a closed or failing library: related by title alone
                }
            }
            Query like = mlt.like(fields);
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(idTerm), Occur.MUST_NOT)
                    .build();
            return Hits.hits(s, s.search(q, limit).scoreDocs, texts);
        });
    }
}
