package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.Reextractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extracting articles again, as 'gleaner reextract' and the reader take it, on a real library. */
class ReextractionTest {
    @TempDir
    Path dir;

    @Test
    void aListWithAMissingIdChangesNothingAndEveryArticleCountsThoseWithoutAPage() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            long a = library.save(ArticleDraft.of("https://blog.example.com/a", null, "레디스 락", "본문.", "본문."), null)
                    .id();
            long b = library.save(ArticleDraft.of("https://blog.example.com/b", null, "카프카", "본문.", "본문."), null)
                    .id();
            Reextraction reextraction = new Reextraction(library, ArticleExtractor::new);

            var missing = assertThrows(
                    Articles.NoSuchArticle.class, () -> reextraction.run(List.of(a, b + 10), Progress.NONE, o -> {}));
            assertEquals(b + 10, missing.id());

            List<Reextractor.Outcome> told = new ArrayList<>();
            Reextraction.Run some = reextraction.run(List.of(a), Progress.NONE, told::add);
            assertEquals(1, told.size());
            assertTrue(told.getFirst() instanceof Reextractor.Skipped, "an article without a stored page is skipped");
            assertEquals(told, some.outcomes());

            List<String> progress = new ArrayList<>();
            Reextraction.Run all =
                    reextraction.run(List.of(), Progress.uncancellable((d, t) -> progress.add(d + "/" + t)), o -> {});
            assertEquals(List.of(), all.outcomes(), "every article: those without a page are only counted");
            assertEquals(2, all.withoutPage());
            assertEquals(List.of("1/2", "2/2"), progress);
        }
    }

    @Test
    void aCancelledRunStopsBeforeTheNextArticle() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            long a = library.save(ArticleDraft.of("https://blog.example.com/a", null, "A", "본문.", "본문."), null)
                    .id();
            long b = library.save(ArticleDraft.of("https://blog.example.com/b", null, "B", "본문.", "본문."), null)
                    .id();
            Progress cancelAfterOne = new Progress() {
                int seen;

                @Override
                public void update(long done, long total) {
                    seen = (int) done;
                }

                @Override
                public boolean cancelled() {
                    return seen >= 1;
                }
            };
            Reextraction.Run run =
                    new Reextraction(library, ArticleExtractor::new).run(List.of(a, b), cancelAfterOne, o -> {});
            assertTrue(run.stopped());
            assertEquals(1, run.outcomes().size());
        }
    }
}
