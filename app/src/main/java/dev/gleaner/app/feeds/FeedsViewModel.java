package dev.gleaner.app.feeds;

import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.Messages;
import dev.gleaner.app.ui.StatusModel;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.Source;
import dev.gleaner.core.model.SourceKind;
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

    /**
     * A feed as listed.
     *
     * @param source the feed source
     * @param unread its unread articles
     * @param total all its articles
     */
    public record FeedRow(Source source, int unread, int total) {
        public FeedRow {
            Objects.requireNonNull(source, "source");
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
            List<FeedRow> rows = library.sources(SourceKind.FEED).stream()
                    .map(s -> new FeedRow(
                            s,
                            library.count(new ArticleQuery(s.id(), true, false, null, 0, 1)),
                            library.count(ArticleQuery.all(1).fromSource(s.id()))))
                    .toList();
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
                    service.refresh(row == null ? null : row.source().id(), p);
                    return null;
                },
                x -> load());
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
