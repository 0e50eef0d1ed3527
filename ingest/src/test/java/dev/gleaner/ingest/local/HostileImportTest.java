package dev.gleaner.ingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.ingest.html.ArticleExtractor;
import dev.gleaner.ingest.html.ExtractingHtmlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad file never stops an import: every normal file is stored and each hostile one reported. */
class HostileImportTest {
    @TempDir
    Path dir;

    private Library library;
    private LocalImporter importer;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        importer =
                new LocalImporter(library, new ExtractingHtmlReader(new ArticleExtractor()), ZoneId.of("Asia/Seoul"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aFolderOfHostileFilesStoresEveryNormalPostAndReportsEachHostileOne() throws Exception {
        HostileFolder folder = new HostileFolder(dir.resolve("notes"), 17).write(30, 12);
        List<ImportReport.FileResult> progress = new ArrayList<>();
        ImportReport report = importer.importPaths(List.of(folder.root), progress::add);

        Map<Path, ImportReport.FileResult> byFile = report.files().stream()
                .collect(Collectors.toMap(ImportReport.FileResult::file, r -> r, (a, b) -> {
                    throw new AssertionError("reported twice: " + a + " and " + b);
                }));
        for (HostileFolder.Normal normal : folder.normals) {
            ImportReport.FileResult r = byFile.get(normal.file());
            assertInstanceOf(ImportReport.Added.class, r, normal.title() + ": " + r);
            assertTrue(
                    library.findBySourcePath(normal.file().toString()).isPresent(),
                    normal.title() + " is not in the library");
        }
        for (HostileFolder.Hostile hostile : folder.hostiles) {
            ImportReport.FileResult r = byFile.get(hostile.file());
            assertTrue(r != null, hostile.kind() + " was not reported: " + hostile.file());
            if (hostile.mustFail()) {
                ImportReport.Failed failed = assertInstanceOf(ImportReport.Failed.class, r, hostile.kind());
                assertTrue(
                        failed.reason().contains(hostile.file().getFileName().toString()),
                        hostile.kind() + ": the reason does not name the file: " + failed.reason());
                assertTrue(failed.reason().lines().count() == 1, failed.reason());
            }
        }
        assertEquals(report.files(), progress, "progress hears every result, in order");
        long failed = report.count(ImportReport.Failed.class);
        long mustFail =
                folder.hostiles.stream().filter(HostileFolder.Hostile::mustFail).count();
        assertTrue(failed >= mustFail, "failed " + failed + " < " + mustFail);
        assertEquals(report.count(ImportReport.Added.class), library.count(ArticleQuery.all(1)));
        // Fuzzed pages carry javascript: links and a file: <base>: none of it reaches the library.
        java.util.regex.Pattern unsafe =
                java.util.regex.Pattern.compile("(?i)\\]\\(\\s*<?(javascript|data|vbscript|file):");
        for (var a : library.articles(ArticleQuery.all(1_000))) {
            assertTrue(!unsafe.matcher(a.markdown()).find(), a.sourcePath() + ": " + a.markdown());
            assertTrue(a.url() == null || a.url().startsWith("http"), a.url());
            assertTrue(a.leadImage() == null || a.leadImage().startsWith("http"), a.leadImage());
        }
        System.out.printf(
                "hostile folder: %d entries reported (%s); %d added, %d failed%n",
                report.files().size(), folder.kinds(), report.count(ImportReport.Added.class), failed);

        ImportReport again = importer.importPaths(List.of(folder.root), r -> {});
        for (HostileFolder.Normal normal : folder.normals) {
            assertTrue(
                    again.files().stream()
                            .anyMatch(r -> r.file().equals(normal.file()) && r instanceof ImportReport.Unchanged),
                    normal.title() + " changed on a second import");
        }
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStored() throws Exception {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes.resolve("locked"));
        Files.writeString(notes.resolve("a.md"), "# A\n");
        Files.writeString(notes.resolve("secret.md"), "# secret\n");
        Files.writeString(notes.resolve("locked/inside.md"), "# inside\n");
        Files.writeString(notes.resolve("z.md"), "# Z\n");
        Files.setPosixFilePermissions(notes.resolve("secret.md"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(notes.resolve("locked"), PosixFilePermissions.fromString("---------"));
        try {
            // Root reads files whatever their permissions: there is nothing unreadable to test then.
            assumeFalse(Files.isReadable(notes.resolve("secret.md")), "running as root: chmod 000 files stay readable");
            ImportReport report = importer.importPaths(List.of(notes), r -> {});
            assertEquals(2, report.count(ImportReport.Added.class), report.toString());
            assertEquals(2, report.count(ImportReport.Failed.class), report.toString());
            for (ImportReport.FileResult r : report.files()) {
                if (r instanceof ImportReport.Failed f) {
                    assertTrue(f.reason().contains("permission denied"), f.reason());
                }
            }
        } finally {
            Files.setPosixFilePermissions(notes.resolve("secret.md"), PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(notes.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
        }
    }
}
