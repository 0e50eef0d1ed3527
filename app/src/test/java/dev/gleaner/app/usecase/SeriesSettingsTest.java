package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series settings, renaming and deleting, one way for the command line, Settings and the composer. */
class SeriesSettingsTest {
    @TempDir
    Path dir;

    @Test
    void settingsThatWouldWritePostsWronglyAreRefusedAndNothingIsStored() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            SeriesSettings settings = new SeriesSettings(library.issues());
            Series weekly = settings.start("Weekly");
            Series blankTitle = new Series(
                    weekly.name(),
                    " ",
                    weekly.authors(),
                    weekly.tags(),
                    weekly.categories(),
                    weekly.weekStart(),
                    weekly.zone(),
                    weekly.frontMatter(),
                    weekly.filePattern(),
                    weekly.siteDir(),
                    "../outside",
                    weekly.periodHeading(),
                    weekly.referencesHeading(),
                    weekly.options(),
                    weekly.pageBundle());

            var e = assertThrows(GleanerException.class, () -> settings.save(blankTitle));
            assertTrue(e.getMessage().contains("title"), e.getMessage());
            assertEquals(weekly.titlePattern(), settings.orDefaults("Weekly").titlePattern());
            assertEquals(
                    Optional.of(SeriesSettings.Problem.CONTENT_DIR),
                    SeriesSettings.check("T {number}", "t-{number}.md", "posts/../.."));
            assertEquals(
                    Optional.of(SeriesSettings.Problem.FILE_PATTERN),
                    SeriesSettings.check("T {number}", "t.md", "posts"));
            assertEquals(Optional.empty(), SeriesSettings.check("T {number}", "t-{number}.md", "posts/weekly"));
        }
    }

    @Test
    void aSeriesIsRenamedWithItsIssuesAndDeletedWithThem() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            SeriesSettings settings = new SeriesSettings(library.issues());
            Series weekly = settings.start("Weekly");
            new Issues(library, Clock.fixed(Instant.parse("2026-11-12T01:00:00Z"), ZoneOffset.UTC))
                    .start(weekly, 1, null, null);

            settings.rename("Weekly", "Tech Weekly");
            assertEquals(List.of("Tech Weekly"), settings.names());
            assertEquals(1, settings.issueCount("Tech Weekly"));
            assertEquals(-1, settings.issueCount("Weekly"));
            assertThrows(GleanerException.class, () -> settings.rename("Weekly", "Other"));

            assertEquals(1, settings.delete("Tech Weekly"));
            assertEquals(List.of(), settings.names());
            assertThrows(GleanerException.class, () -> settings.delete("Tech Weekly"));
        }
    }
}
