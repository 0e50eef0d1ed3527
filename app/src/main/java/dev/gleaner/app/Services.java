package dev.gleaner.app;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.workspace.Workspace;
import dev.gleaner.ingest.local.LocalImporter;
import dev.gleaner.ingest.local.SimpleHtmlReader;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The composition root: opens the workspace and wires the services every command and view uses.
 * One instance per process; close it to release the workspace.
 */
public final class Services implements AutoCloseable {
    private final Workspace workspace;
    private final ZoneId zone;

    private Services(Workspace workspace, ZoneId zone) {
        this.workspace = workspace;
        this.zone = zone;
    }

    /** Opens the workspace in {@code dir} (taking its lock) and wires the services on it. */
    public static Services open(Path dir) {
        Workspace ws = Workspace.open(dir);
        try {
            ws.library();
            return new Services(ws, ZoneId.systemDefault());
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /** {@return the workspace} */
    public Workspace workspace() {
        return workspace;
    }

    /** {@return the library} */
    public Library library() {
        return workspace.library();
    }

    /** {@return an importer of local files into the library} */
    public LocalImporter importer() {
        return new LocalImporter(library(), new SimpleHtmlReader(), zone);
    }

    /** {@return the search the window uses; says "not available yet" until the search index is wired here} */
    public dev.gleaner.app.search.SearchService search() {
        return dev.gleaner.app.search.SearchService.unavailable();
    }

    /** {@return the weekly issues the composer uses; not available until the issue model is wired here} */
    public dev.gleaner.app.issue.IssueService issues() {
        return dev.gleaner.app.issue.IssueService.unavailable();
    }

    /** {@return the feed service the Feeds view uses; not available until the feed service is wired here} */
    public dev.gleaner.app.feeds.FeedService feeds() {
        return dev.gleaner.app.feeds.FeedService.unavailable();
    }

    /** Brings what derives from the library (the search index) up to date after a command changed it. */
    public void afterLibraryChange() {
        // The search index follows the library's change sequence; it is wired here when present.
    }

    /** {@return lines saying whether the search index agrees with the library, and what was repaired} */
    public java.util.List<String> checkIndex() {
        return java.util.List.of("index: this build has no search index yet");
    }

    /** {@return the zone dates without an offset are read in} */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
