package dev.gleaner.index.internal;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.library.LibraryException;
import dev.gleaner.core.model.ArticleText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The articles' texts, which the index does not store: read from the library the index last caught
 * up with, and used only while they are still the texts that were indexed.
 */
final class LibraryTexts {

    /** The library last caught up with: where the snippets' texts are read. */
    private volatile Library library;

    /** Reads texts from {@code library} from now on. */
    void follow(Library library) {
        this.library = library;
    }

    /** {@return the library last caught up with, or null before the first catch-up} */
    Library library() {
        return library;
    }

    /**
     * {@return the indexed text of each hit, read from the library; {@code null} where the library
     * is not known yet, no longer has the article, or has changed its text since it was indexed}
     */
    String[] texts(IndexSearcher searcher, ScoreDoc[] scored, Document[] docs) throws IOException {
        String[] texts = new String[scored.length];
        Library source = library;
        if (source == null || scored.length == 0) {
            return texts;
        }
        List<Long> ids = new ArrayList<>(scored.length);
        for (Document doc : docs) {
            ids.add(Long.parseLong(doc.get(ArticleDocuments.ID)));
        }
        Map<Long, ArticleText> articles = new HashMap<>();
        try {
            source.articleTexts(ids).forEach(a -> articles.put(a.id(), a));
        } catch (LibraryException e) {
            return texts; // a closed or failing library: the hits without their text
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < scored.length; i++) {
            ArticleText a = articles.get(ids.get(i));
            if (a == null) {
                continue;
            }
            String text = ArticleDocuments.text(a);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scored[i].doc, leaves));
            NumericDocValues print = leaf.reader().getNumericDocValues(ArticleDocuments.TEXT_PRINT);
            if (print != null
                    && print.advanceExact(scored[i].doc - leaf.docBase)
                    && print.longValue() == ArticleDocuments.print(text)) {
                texts[i] = text;
            }
        }
        return texts;
    }
}
