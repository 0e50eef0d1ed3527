package dev.gleaner.ingest.local;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the importable files under a folder the way real note folders need: one folder that cannot
 * be read, a symbolic link that loops back, a broken link or a folder nested absurdly deep is
 * reported and passed over, never a reason to stop. Symbolic links to files and folders are
 * followed, but a folder is entered once by its real path, so a loop is never followed.
 */
final class FolderWalk {
    /** Deeper than any real notes or Hugo content folder; deep enough to stop runaway nesting. */
    static final int MAX_DEPTH = 64;

    /** What the walk found, in path order: files to import and entries it could not use. */
    record Found(List<Path> files, List<ImportReport.Failed> refused) {}

    private final Set<String> skippedFolders;
    private final List<Path> files = new ArrayList<>();
    private final List<ImportReport.Failed> refused = new ArrayList<>();
    private final Set<Path> entered = new HashSet<>();

    private FolderWalk(Set<String> skippedFolders) {
        this.skippedFolders = skippedFolders;
    }

    /** {@return the importable files under {@code root} and what was passed over, each with a reason} */
    static Found under(Path root, Set<String> skippedFolders) {
        FolderWalk walk = new FolderWalk(skippedFolders);
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root;
        }
        walk.entered.add(real);
        walk.folder(root, 1);
        walk.files.sort(null);
        walk.refused.sort((a, b) -> a.file().compareTo(b.file()));
        return new Found(List.copyOf(walk.files), List.copyOf(walk.refused));
    }

    private void folder(Path dir, int depth) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                entries.add(p);
            }
        } catch (IOException | RuntimeException e) {
            refuse(dir, "the folder could not be read (" + reason(e) + "): check its permissions", e);
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (skippedFolders.contains(name) || name.startsWith(".")) {
                continue;
            }
            try {
                visit(entry, name, depth);
            } catch (IOException | RuntimeException e) {
                refuse(entry, "could not be read (" + reason(e) + ")", e);
            }
        }
    }

    private void visit(Path entry, String name, int depth) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) {
            Path target;
            try {
                target = entry.toRealPath();
            } catch (FileSystemException e) {
                if (LocalImporter.isImportable(entry) || isLoop(e)) {
                    refuse(
                            entry,
                            isLoop(e)
                                    ? "is a symbolic link that loops: not followed"
                                    : "is a symbolic link to nothing (" + reason(e) + "): not followed",
                            null);
                }
                return;
            }
            attrs = Files.readAttributes(target, BasicFileAttributes.class);
            if (attrs.isDirectory() && entered.contains(target)) {
                refuse(
                        entry,
                        "is a symbolic link to " + target + ", a folder already read: not followed (it would loop)",
                        null);
                return;
            }
        }
        if (attrs.isDirectory()) {
            if (depth >= MAX_DEPTH) {
                refuse(
                        entry,
                        "is nested deeper than " + MAX_DEPTH + " folders: not read; move its files nearer the top",
                        null);
                return;
            }
            if (entered.add(entry.toRealPath())) {
                folder(entry, depth + 1);
            }
            return;
        }
        if (!LocalImporter.isImportable(entry)) {
            return;
        }
        if (attrs.isRegularFile()) {
            files.add(entry);
        } else {
            refuse(entry, "is not a regular file (a device, pipe or socket): not read", null);
        }
    }

    private static boolean isLoop(FileSystemException e) {
        String reason = String.valueOf(e.getReason());
        return reason.contains("Too many levels of symbolic links") || reason.contains("ELOOP");
    }

    private void refuse(Path entry, String why, Throwable cause) {
        if (cause != null) {
            LocalImporter.LOG.log(System.Logger.Level.WARNING, entry + " " + why, cause);
        }
        refused.add(new ImportReport.Failed(entry, entry + " " + why + "."));
    }

    /** {@return why an IO operation failed, in a few words} */
    static String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
