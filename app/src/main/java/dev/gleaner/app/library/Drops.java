package dev.gleaner.app.library;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.usecase.Notes;
import dev.gleaner.core.model.SaveResult;
import dev.gleaner.ingest.local.ImportReport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What is dropped on the window: files and folders are imported as notes, a web address is clipped
 * (a page that lists posts stores its posts). Both run in the background with progress in the status
 * bar, then the sidebar and the list show what came in. UI thread only.
 */
final class Drops {
    private final Notes notes;
    private final Clipper clipper;
    private final StatusModel status;
    private final Messages messages;
    private final Runnable reload;
    private final Runnable refreshSidebar;
    private final Supplier<Place> chosen;
    private final BiConsumer<Place, Long> choose;

    /**
     * Imports with {@code notes} and clips with {@code clipper}; afterwards {@code refreshSidebar}
     * runs, and {@code reload} (after an import) or {@code choose} (the first page clipped, in the
     * place {@code chosen} when it lists articles) shows what came in.
     */
    Drops(
            Notes notes,
            Clipper clipper,
            StatusModel status,
            Messages messages,
            Runnable reload,
            Runnable refreshSidebar,
            Supplier<Place> chosen,
            BiConsumer<Place, Long> choose) {
        this.notes = notes;
        this.clipper = clipper;
        this.status = status;
        this.messages = messages;
        this.reload = reload;
        this.refreshSidebar = refreshSidebar;
        this.chosen = chosen;
        this.choose = choose;
    }

    void importFiles(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        status.run(
                messages.get("status.importing", paths.size()),
                p -> notes.importPaths(paths, p, Notes.Listener.NONE),
                (ImportReport report) -> {
                    reload.run();
                    refreshSidebar.run();
                });
    }

    void clip(String url) {
        status.run(messages.get("status.clipping", url), p -> clipper.clipDropped(url, p), dropped -> {
            refreshSidebar.run();
            List<SaveResult> saved = dropped.saved();
            if (!saved.isEmpty()) {
                Place place = chosen.get();
                choose.accept(
                        place.listsArticles() ? place : Place.of(Place.Kind.ALL),
                        saved.getFirst().id());
            }
            if (dropped.listed() == 0) {
                status.note(messages.get("status.clipped", url));
            } else if (dropped.failed() > 0) {
                status.tell(messages.get("status.clippedListingFailed", saved.size(), url, dropped.failed()));
            } else {
                status.note(messages.get("status.clippedListing", saved.size(), url));
            }
        });
    }

    /**
     * {@return the web address in what was dropped: its URL, else its text when that is one http(s)
     * address; null when neither}
     */
    static String droppedUrl(String url, String text) {
        for (String s : Arrays.asList(url, text)) {
            if (s != null && s.strip().matches("(?i)https?://\\S+")) {
                return s.strip();
            }
        }
        return null;
    }
}
