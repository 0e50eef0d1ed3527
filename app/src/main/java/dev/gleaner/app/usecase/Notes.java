package dev.gleaner.app.usecase;

import dev.gleaner.ingest.local.ImportReport;
import dev.gleaner.ingest.local.LocalImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Importing notes and files (Markdown with front matter, text, HTML, whole folders) into the library:
 * {@code gleaner import}, files dropped on the window and the window's import all go through this
 * class. Importing again changes only what changed; each file is its own transaction, so a cancelled
 * or failed import keeps what it stored.
 */
public final class Notes {
    private final Supplier<LocalImporter> importer;

    /** Creates the use case on the importer {@code importer} supplies (made when an import starts). */
    public Notes(Supplier<LocalImporter> importer) {
        this.importer = importer;
    }

    /** Takes what an import does as it goes. */
    public interface Listener {
        /** Nobody listens. */
        Listener NONE = new Listener() {};

        /** A file was added, updated, left unchanged or refused. */
        default void file(ImportReport.FileResult result) {}

        /** A file was imported though not all of it could be read. */
        default void warning(ImportReport.Warning warning) {}
    }

    /**
     * Imports {@code paths} (files or folders, read recursively); {@code progress} gets files done of
     * files found and can stop the import before its next file.
     *
     * @return what happened to each file, the warnings, and the notes gone from their folder (none
     *     when cancelled)
     * @throws dev.gleaner.ingest.IngestException when a path does not exist or a folder has nothing
     *     to import, before anything of that path is stored
     */
    public ImportReport importPaths(List<Path> paths, Progress progress, Listener listener) {
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        return importer.get()
                .importPaths(
                        paths,
                        r -> {
                            listener.file(r);
                            progress.update(done.incrementAndGet(), total.get());
                        },
                        listener::warning,
                        files -> total.addAndGet(files),
                        progress::cancelled);
    }
}
