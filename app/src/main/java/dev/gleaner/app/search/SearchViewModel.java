package dev.gleaner.app.search;

import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.Messages;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The search field: runs the query as the user types (off the UI thread; a newer query wins) and
 * holds its hits and a one-line note (how many, read as plain words, or not available).
 */
public final class SearchViewModel {
    static final int LIMIT = 200;

    private final SearchService service;
    private final Background background;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<SearchOutcome.Hit> hits = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();

    /** Creates the search field's model over {@code service}. */
    public SearchViewModel(SearchService service, Background background, Messages messages) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        query.addListener((o, old, q) -> run(q));
    }

    private void run(String q) {
        long mine = generation.incrementAndGet();
        if (q == null || q.isBlank()) {
            hits.clear();
            note.set("");
            return;
        }
        background.work().execute(() -> {
            SearchOutcome outcome = service.search(q.strip(), LIMIT);
            background.ui().execute(() -> {
                if (generation.get() != mine) {
                    return;
                }
                switch (outcome) {
                    case SearchOutcome.Unavailable u -> {
                        hits.clear();
                        note.set(messages.get("search.unavailable"));
                    }
                    case SearchOutcome.Results r -> {
                        hits.setAll(r.hits());
                        note.set(messages.get("search.count", r.total())
                                + (r.readAsPlainWords() ? " " + messages.get("search.plainWords") : ""));
                    }
                }
            });
        });
    }

    /** {@return the query; the field writes it} */
    public StringProperty query() {
        return query;
    }

    /** {@return the note under the field} */
    public ReadOnlyStringProperty note() {
        return note;
    }

    /** {@return the hits of the last query} */
    public ObservableList<SearchOutcome.Hit> hits() {
        return hits;
    }
}
