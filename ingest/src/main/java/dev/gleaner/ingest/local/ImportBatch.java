package dev.gleaner.ingest.local;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.StorageFault;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleDraft;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.local.LocalImporter.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Files read and waiting to be stored, with the refused files between them: stored together in
 * one transaction, then reported in path order. A transaction per post made the library write
 * its pages again for every post (~280 KB per 10 KB post); one per batch writes each page once.
 * When the batch cannot be stored as a whole, its files are stored one at a time as before, so
 * that a post the library refuses fails alone and a full disk stops the import after the files
 * before it.
 */
final class ImportBatch {
    /** The most posts stored in one transaction during an import. */
    static final int BATCH_POSTS = 64;

    /** The longest a read file waits for its batch to be stored, so that progress keeps moving. */
    private static final long BATCH_NANOS = 250_000_000L;

    private final Library library;
    private final long sourceId;
    private final Map<String, Deque<Article>> goneByText;
    private final Consumer<ImportReport.Warning> warn;
    private final List<ImportReport.FileResult> results;
    private final Consumer<ImportReport.FileResult> progress;
    private final List<Object> entries = new ArrayList<>();
    private int posts;
    private long startedAt;

    private record Read(Path file, Parsed parsed) {}

    ImportBatch(
            Library library,
            long sourceId,
            Map<String, Deque<Article>> goneByText,
            Consumer<ImportReport.Warning> warn,
            List<ImportReport.FileResult> results,
            Consumer<ImportReport.FileResult> progress) {
        this.library = library;
        this.sourceId = sourceId;
        this.goneByText = goneByText;
        this.warn = warn;
        this.results = results;
        this.progress = progress;
    }

    void refused(ImportReport.Failed failed) {
        begin();
        entries.add(failed);
    }

    void add(Path file, Parsed parsed) {
        begin();
        entries.add(new Read(file, parsed));
        posts += parsed.drafts().size();
    }

    private void begin() {
        if (entries.isEmpty()) {
            startedAt = System.nanoTime();
        }
    }

    boolean full() {
        return posts >= BATCH_POSTS || System.nanoTime() - startedAt >= BATCH_NANOS;
    }

    /** Stores the files read so far and reports each, in order. */
    void store() {
        List<SaveResult> saved = null;
        if (posts > 1) {
            try {
                List<ArticleDraft> drafts = new ArrayList<>(posts);
                for (Object entry : entries) {
                    if (entry instanceof Read read) {
                        for (ArticleDraft draft : read.parsed().drafts()) {
                            relocateRenamed(draft, goneByText);
                            drafts.add(draft);
                        }
                    }
                }
                saved = library.saveAll(drafts, sourceId);
            } catch (RuntimeException e) {
                // Nothing of the batch is stored: each file is stored alone below, and says why it
                // fails (or stops the import after the files before it, as it always did).
                LocalImporter.LOG.log(
                        System.Logger.Level.DEBUG, "Storing a batch failed; storing its files one by one", e);
            }
        }
        int at = 0;
        for (Object entry : entries) {
            if (entry instanceof ImportReport.Failed failed) {
                report(failed, results, progress);
                continue;
            }
            Read read = (Read) entry;
            read.parsed().warnings().forEach(warn);
            if (saved == null || read.parsed().failed() != null) {
                for (ImportReport.FileResult r : storeAlone(read.file(), read.parsed(), sourceId, goneByText)) {
                    report(r, results, progress);
                }
                continue;
            }
            for (ArticleDraft draft : read.parsed().drafts()) {
                report(outcome(read.file(), draft, saved.get(at++)), results, progress);
            }
        }
        entries.clear();
        posts = 0;
    }

    /**
     * Gives a draft's file the article of a note gone from the folder with the same text, when no
     * article has the file's path yet: a renamed or moved note keeps its id, state, notes and tags.
     */
    private void relocateRenamed(ArticleDraft draft, Map<String, Deque<Article>> goneByText) {
        Deque<Article> renamed =
                draft.url() == null && draft.sourcePath() != null ? goneByText.get(draft.text()) : null;
        if (renamed != null
                && !renamed.isEmpty()
                && library.findBySourcePath(draft.sourcePath()).isEmpty()) {
            library.relocate(renamed.poll().id(), draft.sourcePath());
        }
    }

    private static ImportReport.FileResult outcome(Path file, ArticleDraft draft, SaveResult saved) {
        return switch (saved.outcome()) {
            case ADDED -> new ImportReport.Added(file, saved.id(), draft.title());
            case UPDATED -> new ImportReport.Updated(file, saved.id(), draft.title());
            case UNCHANGED -> new ImportReport.Unchanged(file, saved.id(), draft.title());
        };
    }

    /**
     * Stores one file's posts (one post, or each post of a listing page), each in its own
     * transaction. A file that cannot be read or stored is reported and the import goes on; a
     * library that cannot be written at all (a full or read-only disk) stops the import, leaving the
     * files before it stored.
     */
    private List<ImportReport.FileResult> storeAlone(
            Path file, Parsed parsed, long sourceId, Map<String, Deque<Article>> goneByText) {
        if (parsed.failed() != null) {
            return List.of(parsed.failed());
        }
        List<ArticleDraft> drafts = parsed.drafts();
        List<ImportReport.FileResult> results = new ArrayList<>();
        for (ArticleDraft draft : drafts) {
            try {
                relocateRenamed(draft, goneByText);
                results.add(outcome(file, draft, library.save(draft, sourceId)));
            } catch (GleanerException e) {
                if (StorageFault.of(e).isPresent()) {
                    throw new IngestException(
                            file + " was not imported: " + e.getMessage() + " The files before it are stored.", e);
                }
                LocalImporter.LOG.log(System.Logger.Level.WARNING, "Storing " + file + " failed", e);
                results.add(new ImportReport.Failed(file, file + " could not be stored: " + e.getMessage()));
            }
        }
        return results;
    }

    static void report(
            ImportReport.FileResult r,
            List<ImportReport.FileResult> results,
            Consumer<ImportReport.FileResult> progress) {
        results.add(r);
        progress.accept(r);
    }
}
