package dev.gleaner.app.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.ExtractingHtmlReader;
import dev.gleaner.ingest.local.ImportReport;
import dev.gleaner.ingest.local.LocalImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a folder of notes with progress and cancel, on a real library and real files. */
class NotesTest {
    @TempDir
    Path dir;

    private Path folder(int notes) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        for (int i = 1; i <= notes; i++) {
            Files.writeString(folder.resolve("note-%03d.md".formatted(i)), "# 메모 " + i + "\n\n레디스 캐시 정리 " + i + ".\n");
        }
        return folder;
    }

    private static Notes notes(Library library) {
        return new Notes(
                () -> new LocalImporter(library, new ExtractingHtmlReader(new ArticleExtractor()), ZoneOffset.UTC));
    }

    /** A progress the user cancels after {@code after} files; it records every update. */
    private static final class Watched implements Progress {
        final List<String> updates = new ArrayList<>();
        final int after;

        Watched(int after) {
            this.after = after;
        }

        @Override
        public void update(long done, long total) {
            updates.add(done + "/" + total);
        }

        @Override
        public boolean cancelled() {
            return updates.size() >= after;
        }
    }

    @Test
    void progressCountsTheFilesOfTheFolder() throws Exception {
        Path folder = folder(4);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Watched progress = new Watched(Integer.MAX_VALUE);
            ImportReport report = notes(library).importPaths(List.of(folder), progress, Notes.Listener.NONE);
            assertEquals(4, report.count(ImportReport.Added.class));
            assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), progress.updates);
        }
    }

    @Test
    void aCancelledImportKeepsWhatItStoredAndCallsNothingGone() throws Exception {
        int files = 300; // several of the batches an import stores at a time
        Path folder = folder(files);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            notes(library).importPaths(List.of(folder), Progress.NONE, Notes.Listener.NONE);
            Files.writeString(folder.resolve("note-001.md"), "# 메모 1 고침\n\n바뀐 내용.\n");

            Watched cancelling = new Watched(2);
            ImportReport again = notes(library).importPaths(List.of(folder), cancelling, Notes.Listener.NONE);
            int reported = again.files().size();
            assertTrue(reported >= 2 && reported < files, "it stopped early: " + reported + " of " + files);
            assertEquals(reported, cancelling.updates.size(), "every file stored was reported");
            assertEquals(1, again.count(ImportReport.Updated.class));
            assertTrue(again.gone().isEmpty(), "files not reached are not gone");
            assertEquals(files, library.ids(List.of(ArticleQuery.all(1000))).size());
            assertTrue(library.ids(List.of(ArticleQuery.all(1000))).stream()
                    .anyMatch(id -> library.article(id).orElseThrow().title().equals("메모 1 고침")));
        }
    }
}
