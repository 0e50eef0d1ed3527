package dev.gleaner.exporter.hugo;

import dev.gleaner.core.io.AtomicFiles;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.issue.Series;
import dev.gleaner.exporter.ExportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Writes issues as Hugo posts: atomically, keeping the previous file as a backup, and never over a
 * file changed outside Gleaner since its last export unless forced.
 */
public final class HugoExporter {

    /** What an export did. */
    public enum Outcome {
        /** The file was written. */
        WRITTEN,
        /** The file already held exactly these bytes. */
        UNCHANGED
    }

    /**
     * The result of an export.
     *
     * @param path the post file
     * @param outcome written or unchanged
     * @param backup the copy of the previous file, or {@code null}
     * @param warnings the checks' warnings
     */
    public record Result(Path path, Outcome outcome, Path backup, List<String> warnings) {
        public Result {
            Objects.requireNonNull(path, "path");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * What an export would do, worked out without writing anything.
     *
     * @param target the post file, absolute
     * @param rendered the exact text an export writes
     * @param current the text in the file now, or {@code null} when there is no file
     * @param changedOutside whether the file was edited outside Gleaner since its last export, so
     *     that writing it means overwriting those edits
     */
    public record Plan(Path target, String rendered, String current, boolean changedOutside) {
        public Plan {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(rendered, "rendered");
            if (changedOutside && current == null) {
                throw new IllegalArgumentException("a file that is not there cannot have been changed: " + target);
            }
        }
    }

    private final IssueStore store;
    private final HugoRenderer renderer = new HugoRenderer();
    private final IssueChecks checks = new IssueChecks();

    /** Creates an exporter that records what it wrote in {@code store}. */
    public HugoExporter(IssueStore store) {
        this.store = store;
    }

    /** {@return the post file of {@code issue} in the site folder {@code site}} */
    public static Path target(Series series, Issue issue, Path site) {
        String name = SafeFileNames.safe(series.fileName(issue.number()));
        Path dir = site.resolve("content");
        for (String part : series.contentDir().split("[/\\\\]")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new ExportException("The content folder '" + series.contentDir()
                        + "' leaves the site: use a folder inside content/, e.g. posts.");
            }
            dir = dir.resolve(SafeFileNames.stem(part));
        }
        return series.pageBundle() ? dir.resolve(SafeFileNames.stem(name)).resolve("index.md") : dir.resolve(name);
    }

    /**
     * {@return what exporting {@code issue} to {@code file} at {@code now} would do}
     *
     * @throws ExportException when the file there cannot be read
     */
    public Plan plan(Series series, Issue issue, Path file, OffsetDateTime now) {
        Path target = file.toAbsolutePath().normalize();
        String rendered = renderer.render(series, issue, now);
        if (!Files.exists(target)) {
            return new Plan(target, rendered, null, false);
        }
        try {
            byte[] current = Files.readAllBytes(target);
            return new Plan(
                    target,
                    rendered,
                    new String(current, StandardCharsets.UTF_8),
                    changedOutside(series, issue, current, rendered.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ExportException("Cannot read the post " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The one rule for a post edited by hand: the file there is neither what an export writes now
     * nor what Gleaner wrote last (a file never exported by Gleaner counts as the writer's).
     */
    private boolean changedOutside(Series series, Issue issue, byte[] current, byte[] rendered) {
        if (java.util.Arrays.equals(current, rendered)) {
            return false;
        }
        var last = store.lastExport(series.name(), issue.number());
        return last.isEmpty() || !last.get().sha256().equals(sha256(current));
    }

    /**
     * Exports {@code issue} to {@code file}.
     *
     * @param force overwrite even a file changed outside Gleaner
     * @param now the export time ({@code lastmod})
     */
    public Result export(Series series, Issue issue, Path file, boolean force, OffsetDateTime now) {
        Path target = file.toAbsolutePath().normalize();
        List<String> warnings = checks.check(issue, store.issues(series.name()));
        byte[] bytes = renderer.render(series, issue, now).getBytes(StandardCharsets.UTF_8);
        Path backup = null;
        try {
            if (Files.exists(target)) {
                byte[] current = Files.readAllBytes(target);
                if (java.util.Arrays.equals(current, bytes)) {
                    store.recordExport(
                            series.name(),
                            issue.number(),
                            new IssueStore.ExportRecord(target.toString(), sha256(bytes)));
                    return new Result(target, Outcome.UNCHANGED, null, warnings);
                }
                if (changedOutside(series, issue, current, bytes) && !force) {
                    throw new ExportException(
                            "The file " + target + " was changed outside Gleaner since its last export:"
                                    + " keep your edits by importing it (gleaner issue import-hugo), or overwrite with --force.");
                }
                backup = target.resolveSibling(target.getFileName() + ".bak");
                Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.createDirectories(target.getParent());
            }
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new ExportException("Cannot write the post " + target + ": " + e.getMessage(), e);
        }
        store.recordExport(
                series.name(), issue.number(), new IssueStore.ExportRecord(target.toString(), sha256(bytes)));
        return new Result(target, Outcome.WRITTEN, backup, warnings);
    }

    /** {@return the hex SHA-256 of {@code bytes}} */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
