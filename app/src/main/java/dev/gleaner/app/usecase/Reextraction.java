package dev.gleaner.app.usecase;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.Reextractor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Extracting articles again from the pages kept with them, with this version's extractor: {@code
 * gleaner reextract} and the reader's "Extract again" go through this class. Read, starred, notes,
 * the reader's own tags and issues are kept; each article is stored as it is done.
 */
public final class Reextraction {
    private final Library library;
    private final Supplier<ArticleExtractor> extractor;
    private final Articles articles;

    /** Creates the use case on {@code library}, extracting with the extractor {@code extractor} supplies. */
    public Reextraction(Library library, Supplier<ArticleExtractor> extractor) {
        this.library = library;
        this.extractor = extractor;
        this.articles = new Articles(library);
    }

    /** {@return what extracting {@code article} again from its stored page did} */
    public Reextractor.Outcome one(Article article) {
        return new Reextractor(library, extractor.get()).reextract(article);
    }

    /**
     * What a run did.
     *
     * @param outcomes what happened to each article, in order (for every article, those without a
     *     stored page are only counted)
     * @param withoutPage how many articles had no stored page (every article only)
     * @param stopped whether it was cancelled before the last article
     */
    public record Run(List<Reextractor.Outcome> outcomes, int withoutPage, boolean stopped) {
        public Run {
            outcomes = List.copyOf(outcomes);
        }

        /** {@return how many articles could not be extracted again} */
        public long failed() {
            return outcomes.stream()
                    .filter(o -> o instanceof Reextractor.Failed)
                    .count();
        }
    }

    /**
     * Extracts the articles {@code ids} again (checked whole first), or every article when {@code ids}
     * is empty; {@code each} gets each outcome as it is stored, {@code progress} articles seen of
     * articles to do, and a cancel stops before the next article.
     *
     * @throws Articles.NoSuchArticle when one of {@code ids} names no article, before anything changes
     */
    public Run run(List<Long> ids, Progress progress, Consumer<Reextractor.Outcome> each) {
        boolean all = ids.isEmpty();
        List<Long> todo = all ? library.ids(new ArticleQuery(null, false, false, null, 0, Integer.MAX_VALUE)) : ids;
        if (!all) {
            articles.require(ids);
        }
        Reextractor reextractor = new Reextractor(library, extractor.get());
        List<Reextractor.Outcome> outcomes = new ArrayList<>();
        int withoutPage = 0;
        int seen = 0;
        for (long id : todo) {
            if (progress.cancelled()) {
                return new Run(outcomes, withoutPage, true);
            }
            seen++;
            Article article = library.article(id).orElse(null);
            if (article != null) { // else deleted meanwhile
                Reextractor.Outcome outcome = reextractor.reextract(article);
                if (all && outcome instanceof Reextractor.Skipped) {
                    withoutPage++;
                } else {
                    outcomes.add(outcome);
                    each.accept(outcome);
                }
                progress.update(seen, todo.size());
            }
        }
        return new Run(outcomes, withoutPage, false);
    }
}
