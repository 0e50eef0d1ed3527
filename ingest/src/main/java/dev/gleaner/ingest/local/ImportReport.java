package dev.gleaner.ingest.local;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, file by file.
 *
 * @param files one entry per article read (the text of a listing page gives one per post) or file
 *     that failed, in the order they were imported
 * @param warnings files that were imported but not read entirely (a front matter block no parser
 *     accepts), in order
 * @param gone articles imported earlier from a folder imported again whose files are no longer
 *     there (deleted, or renamed to a file whose text changed too); the library keeps them
 */
public record ImportReport(List<FileResult> files, List<Warning> warnings, List<Gone> gone) {
    public ImportReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        gone = List.copyOf(gone);
    }

    /** A report with warnings and nothing gone. */
    public ImportReport(List<FileResult> files, List<Warning> warnings) {
        this(files, warnings, List.of());
    }

    /** A report without warnings. */
    public ImportReport(List<FileResult> files) {
        this(files, List.of());
    }

    /** An article whose file is gone from its folder. */
    public record Gone(Path file, long articleId, String title) {}

    /** A file that was imported, though not all of it could be read. */
    public record Warning(Path file, String message) {}

    /** What happened to one file. */
    public sealed interface FileResult permits Added, Updated, Unchanged, Failed {
        /** {@return the file} */
        Path file();
    }

    /** The file became a new article. */
    public record Added(Path file, long articleId, String title) implements FileResult {}

    /** The file's article changed. */
    public record Updated(Path file, long articleId, String title) implements FileResult {}

    /** The file's article was already stored as it is. */
    public record Unchanged(Path file, long articleId, String title) implements FileResult {}

    /** The file could not be imported; nothing stored was changed. */
    public record Failed(Path file, String reason) implements FileResult {}

    /** {@return how many files had the given outcome} */
    public long count(Class<? extends FileResult> outcome) {
        return files.stream().filter(outcome::isInstance).count();
    }
}
