package dev.gleaner.index.internal;

import dev.gleaner.index.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Turns scored documents into {@link SearchHit}s: stored fields, and a snippet or the text's start. */
final class Hits {
    private static final int SNIPPET_FALLBACK = 200;

    private Hits() {}

    static Document[] documents(IndexSearcher searcher, ScoreDoc[] scored) throws IOException {
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[scored.length];
        for (int i = 0; i < scored.length; i++) {
            docs[i] = stored.document(scored[i].doc);
        }
        return docs;
    }

    /** {@return the hits without marked snippets: each shows the start of its text} */
    static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] scored, LibraryTexts library) throws IOException {
        Document[] docs = documents(searcher, scored);
        String[] texts = library.texts(searcher, scored, docs);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < scored.length; i++) {
            hits.add(toHit(docs[i], scored[i].score, null, texts[i]));
        }
        return hits;
    }

    static SearchHit toHit(Document doc, float score, String snippet, String text) {
        String title = doc.get(ArticleDocuments.TITLE);
        String shown = snippet;
        if (shown == null || shown.isBlank()) {
            String body = text == null
                    ? ""
                    : text.substring(Math.min(text.length(), title.length())).strip();
            shown = body.length() > SNIPPET_FALLBACK ? body.substring(0, SNIPPET_FALLBACK) + "…" : body;
        }
        shown = shown.replaceAll("\\s+", " ").strip();
        return new SearchHit(
                Long.parseLong(doc.get(ArticleDocuments.ID)),
                title,
                doc.get(ArticleDocuments.URL),
                doc.get(ArticleDocuments.PATH),
                doc.get(ArticleDocuments.PUBLISHED),
                doc.get(ArticleDocuments.SITE),
                score,
                shown);
    }
}
