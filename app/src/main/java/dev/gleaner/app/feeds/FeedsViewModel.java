package dev.gleaner.app.feeds;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Feeds view: the subscribed feeds from the library with their unread counts, and the feed
 * actions (add, refresh, OPML), which say plainly when the feed service is not available yet.
 */
public final class FeedsViewModel {
    private final Library library;
    private final FeedService service;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private final ObservableList<FeedRow> feeds = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty newUrl = new SimpleStringProperty("");
    private final StringProperty newFolder = new SimpleStringProperty("");
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private Runnable changed = () -> {};
    private ZoneId zone = ZoneId.systemDefault();

    /**
     * A feed as listed.
     *
     * @param id the feed's source id
     * @param name its title (or URL)
     * @param url its URL
     * @param unread its unread articles
     * @param total all its articles
     * @param lastError the error of its last refresh, or {@code null} when it worked
     * @param fullText whether whole pages are fetched for excerpt entries
     * @param folder the folder it is in, empty when none
     * @param lastSuccess when it was last fetched without error, or {@code null} when never
     * @param failingSince the first failed fetch since it last worked, or {@code null} while it works
     * @param failures consecutive failed fetches
     */
    public record FeedRow(
            long id,
            String name,
            String url,
            int unread,
            int total,
            String lastError,
            boolean fullText,
            String folder,
            Instant lastSuccess,
            Instant failingSince,
            int failures) {
        public FeedRow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            folder = folder == null ? "" : folder.strip();
        }

        /** A row without fetch history (as a feed just subscribed). */
        public FeedRow(
                long id,
                String name,
                String url,
                int unread,
                int total,
                String lastError,
                boolean fullText,
                String folder) {
            this(id, name, url, unread, total, lastError, fullText, folder, null, null, 0);
        }

        static FeedRow of(Feed f) {
            return new FeedRow(
                    f.id(),
                    f.displayName(),
                    f.url(),
                    f.unread(),
                    f.total(),
                    f.lastError(),
                    f.fullText(),
                    f.folder(),
                    f.lastSuccess(),
                    f.failures() > 0 ? (f.failingSince() == null ? Instant.EPOCH : f.failingSince()) : null,
                    f.failures());
        }

        /** {@return the state of its fetching, from what the library recorded} */
        public State state() {
            if (failures > 0) {
                return State.FAILING;
            }
            return lastSuccess == null ? State.NEVER_FETCHED : State.OK;
        }
    }

    /** How a feed's fetching stands. */
    public enum State {
        /** Subscribed but not fetched yet (or only refused parts). */
        NEVER_FETCHED,
        /** Its last fetch worked. */
        OK,
        /** Every fetch since {@link FeedRow#failingSince()} failed. */
        FAILING
    }

    /** {@return the state of {@code row} in one short phrase, its times in the UI's language} */
    public String stateText(FeedRow row) {
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                        java.time.format.FormatStyle.SHORT)
                .withLocale(messages.locale())
                .withZone(zone);
        return switch (row.state()) {
            case NEVER_FETCHED -> messages.get("feeds.state.never");
            case OK -> messages.get("feeds.state.ok", when.format(row.lastSuccess()));
            case FAILING -> messages.get("feeds.state.failing", when.format(row.failingSince()));
        };
    }

    /** Creates the Feeds view's model. */
    public FeedsViewModel(
            Library library, FeedService service, Background background, StatusModel status, Messages messages) {
        this.library = library;
        this.service = service;
        this.background = background;
        this.status = status;
        this.messages = messages;
    }

    /** Loads the feeds and their counts in the background. */
    public void load() {
        background.work().execute(() -> {
            List<FeedRow> rows =
                    library.feeds().feeds().stream().map(FeedRow::of).toList();
            List<String> named = rows.stream()
                    .map(FeedRow::folder)
                    .filter(f -> !f.isEmpty())
                    .distinct()
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .toList();
            background.ui().execute(() -> {
                feeds.setAll(rows);
                folders.setAll(named);
                String base = rows.isEmpty() ? messages.get("feeds.none") : messages.get("feeds.count", rows.size());
                note.set(service.available() ? base : base + " " + messages.get("feeds.unavailable"));
            });
        });
    }

    /** Adds the feed typed into {@link #newUrl()}. */
    public void add() {
        String url = newUrl.get() == null ? "" : newUrl.get().strip();
        if (url.isEmpty()) {
            return;
        }
        if (!service.available()) {
            status.tell(messages.get("feeds.unavailable"));
            return;
        }
        String folder = newFolder.get() == null ? "" : newFolder.get().strip();
        // Subscribing fetches the feed at once, so its row shows what the feed really gave.
        status.run(messages.get("feeds.adding", url), p -> service.subscribe(url, folder, p), done -> {
            newUrl.set("");
            load();
            changed.run();
            if (!done.failures().isEmpty()) {
                status.tell(messages.get("feeds.addedFailing", done.failures().getFirst()));
            } else {
                status.note(messages.get("feeds.addedFetched", done.added()));
            }
        });
    }

    /** Refreshes one feed, or all when {@code row} is null, with progress and cancel in the status bar. */
    public void refresh(FeedRow row) {
        if (!service.available()) {
            status.tell(messages.get("feeds.unavailable"));
            return;
        }
        status.run(
                messages.get("feeds.refreshing"),
                p -> {
                    return service.refresh(row == null ? null : row.id(), p);
                },
                done -> {
                    load();
                    changed.run();
                    if (!done.failures().isEmpty()) {
                        status.tell(messages.get(
                                "feeds.failed",
                                done.failures().size(),
                                done.feeds(),
                                done.failures().getFirst()));
                    } else {
                        status.note(messages.get("feeds.refreshed", done.feeds(), done.added()));
                    }
                });
    }

    /** Subscribes to the feeds of an OPML file in the background. */
    public void importOpml(Path file) {
        act(messages.get("feeds.importing", file.getFileName()), () -> service.importOpml(file));
    }

    /** Writes the subscriptions to an OPML file in the background. */
    public void exportOpml(Path file) {
        act(messages.get("feeds.exporting", file.getFileName()), () -> service.exportOpml(file));
    }

    /** Moves one feed into {@code folder}; a blank folder takes it out of its folder. */
    public void setFolder(FeedRow row, String folder) {
        String f = folder == null ? "" : folder.strip();
        act(
                f.isEmpty()
                        ? messages.get("feeds.folderRemoved", row.name())
                        : messages.get("feeds.folderSet", row.name(), f),
                () -> service.setFolder(row.id(), f));
    }

    /** Unsubscribes from one feed (after the view asked); its unkept articles go with it. */
    public void remove(FeedRow row) {
        if (!service.available()) {
            status.tell(messages.get("feeds.unavailable"));
            return;
        }
        status.run(messages.get("feeds.removing", row.name()), p -> service.remove(row.id()), removal -> {
            load();
            changed.run();
            status.note(messages.get("feeds.removed", row.name(), removal.deleted(), removal.kept()));
        });
    }

    /** Renames one feed as the sidebar and this view show it; a blank name is ignored. */
    public void rename(FeedRow row, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.equals(row.name())) {
            return;
        }
        act(messages.get("feeds.renaming", row.name(), n), () -> service.rename(row.id(), n));
    }

    /** Shows times in {@code zone} (the system's by default). */
    public void showTimesIn(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Turns full text on or off for one feed. */
    public void setFullText(FeedRow row, boolean on) {
        act(messages.get("feeds.fullTextSet", row.name()), () -> service.setFullText(row.id(), on));
    }

    private void act(String title, Runnable action) {
        if (!service.available()) {
            status.tell(messages.get("feeds.unavailable"));
            return;
        }
        status.run(
                title,
                p -> {
                    action.run();
                    return null;
                },
                x -> {
                    load();
                    changed.run();
                });
    }

    /** Sets what runs after feeds or their articles changed (the sidebar reloads its counts). */
    public void onChange(Runnable action) {
        this.changed = Objects.requireNonNull(action, "action");
    }

    /** {@return the feeds} */
    public ObservableList<FeedRow> feeds() {
        return feeds;
    }

    /** {@return the line above the feeds} */
    public ReadOnlyStringProperty note() {
        return note;
    }

    /** {@return the folder a feed added goes into, empty for none; the picker writes it} */
    public StringProperty newFolder() {
        return newFolder;
    }

    /** {@return the folders in use, by name} */
    public ObservableList<String> folders() {
        return folders;
    }

    /** {@return the URL typed to add; the field writes it} */
    public StringProperty newUrl() {
        return newUrl;
    }
}
