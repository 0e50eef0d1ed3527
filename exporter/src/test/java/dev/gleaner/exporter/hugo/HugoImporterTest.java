package dev.gleaner.exporter.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the real series stores its issues and articles and exports them back unchanged. */
class HugoImporterTest {

    @TempDir
    Path dir;

    @Test
    void importedSeriesIsStoredSearchableAndExportsUnchanged() throws Exception {
        String corpus = System.getProperty("gleaner.corpus");
        assumeTrue(
                corpus != null && Files.isDirectory(Path.of(corpus, "hugo", "article-weekly")),
                "corpus absent: skipping the import check");
        Path posts = Path.of(corpus, "hugo", "article-weekly");
        try (Library library = Library.open(dir.resolve("library.db"))) {
            HugoImporter.Summary summary = new HugoImporter(library).importPath(posts, null);
            assertEquals(13, summary.issues().size(), summary.warnings().toString());
            assertEquals(13, summary.lossless(), summary.warnings().toString());
            assertEquals("Article Weekly, Issue {number}", summary.series().titlePattern());
            Issue i25 = library.issues().issue("Article Weekly", 25).orElseThrow();
            assertEquals(8, i25.items().size());
            IssueItem first = i25.items().getFirst();
            assertEquals(
                    "Maintaining large-scale AI capacity at Meta",
                    library.article(first.articleId()).orElseThrow().title());
            assertTrue(library.issues().isInIssue(first.articleId()));
            long before = library.changeSequence();

            // Exporting an imported issue unedited into a copy gives the same bytes.
            Path copy = dir.resolve("article-weekly-25.md");
            Files.copy(posts.resolve("article-weekly-25.md"), copy);
            var r = new HugoExporter(library.issues())
                    .export(
                            summary.series(),
                            library.issues().issue("Article Weekly", 25).orElseThrow(),
                            copy,
                            true,
                            OffsetDateTime.now());
            assertEquals(HugoExporter.Outcome.UNCHANGED, r.outcome());

            // Removing an item gives that article a new change sequence for the search index.
            library.issues().save(i25.withItems(i25.items().subList(1, 8)));
            assertTrue(library.article(first.articleId()).orElseThrow().changeSeq() > before);
            assertEquals(false, library.issues().isInIssue(first.articleId()));
        }
    }
}
