package dev.gleaner.app.feeds;

import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.Messages;
import dev.gleaner.app.ui.StatusModel;
import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
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
    private Runnable changed = () -> {};

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
     */
    public record FeedRow(long id, String name, String url, int unread, int total, String lastError, boolean fullText) {
        public FeedRow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
        }

        static FeedRow of(Feed f) {
            return new FeedRow(f.id(), f.displayName(), f.url(), f.unread(), f.total(), f.lastError(), f.fullText());
        }
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
            background.ui().execute(() -> {
                feeds.setAll(rows);
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
        status.run(
                messages.get("feeds.adding", url),
                p -> {
                    service.add(url);
                    return null;
                },
                x -> {
                    newUrl.set("");
                    load();
                    changed.run();
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
                        status.tell(messages.get("feeds.refreshed", done.feeds(), done.added()));
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

    /** {@return the URL typed to add; the field writes it} */
    public StringProperty newUrl() {
        return newUrl;
    }
}
