package dev.gleaner.app.search;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
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
    /** Hits listed per query. Each hit's snippet is highlighted, which is most of a search's time. */
    static final int LIMIT = 100;

    /** Hits of the first answer: enough to fill the list at once; the rest follow unless another key came. */
    static final int FIRST = 20;

    private final SearchService service;
    private final Background background;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty shownQuery = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty answers = new javafx.beans.property.SimpleIntegerProperty();
    private final ObservableList<SearchOutcome.Hit> hits = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private final Pending[] queue = new Pending[1];
    private boolean searching;
    private final ObservableList<Chip> chips = FXCollections.observableArrayList();
    private final ObservableList<Chip> tags = FXCollections.observableArrayList();

    /**
     * A facet value the results can be narrowed to.
     *
     * @param facet site, tag, lang or month
     * @param value the value
     * @param count the matching articles with it
     * @param filter what clicking it adds to the query
     */
    public record Chip(String facet, String value, int count, String filter) {
        public Chip {
            java.util.Objects.requireNonNull(facet, "facet");
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(filter, "filter");
        }
    }

    static final int CHIPS_PER_FACET = 3;

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
            chips.clear();
            note.set("");
            shownQuery.set("");
            answers.set(answers.get() + 1);
            return;
        }
        // One search runs at a time; while it runs only the newest query typed waits, the ones
        // typed in between are skipped (on two cores, stale searches would slow the current one).
        boolean start;
        synchronized (queue) {
            queue[0] = new Pending(q, mine);
            start = !searching;
            searching = true;
        }
        if (start) {
            background.work().execute(this::searchQueued);
        }
    }

    private record Pending(String query, long generation) {}

    private void searchQueued() {
        while (true) {
            Pending next;
            synchronized (queue) {
                next = queue[0];
                queue[0] = null;
                if (next == null) {
                    searching = false;
                    return;
                }
            }
            if (generation.get() == next.generation()) {
                searchNow(next.query(), next.generation());
            }
        }
    }

    private void searchNow(String q, long mine) {
        // The keystroke's answer: the first hits, highlighted, counted up to a bound, without facets.
        SearchOutcome first = searchFor(q, mine, FIRST, true);
        if (!(first instanceof SearchOutcome.Results r) || r.hits().isEmpty() || !idle(mine)) {
            return;
        }
        // Then, unless another key came, the facet chips (stopped as soon as one comes) and the rest of the hits.
        try {
            var facets = service.facets(q.strip(), () -> !idle(mine));
            if (!facets.isEmpty()) {
                background.ui().execute(() -> {
                    if (generation.get() == mine) {
                        chips.setAll(chipsOf(facets, q, r.total(), r.totalIsLowerBound()));
                    }
                });
            }
        } catch (java.util.concurrent.CancellationException e) {
            return;
        } catch (RuntimeException e) {
            dev.gleaner.app.Logs.warning("counting facets of " + q, e);
        }
        if (r.total() > r.hits().size() && idle(mine)) {
            searchFor(q, mine, LIMIT, false);
        }
    }

    /** {@return whether the query of generation {@code mine} is still the newest and no other waits} */
    private boolean idle(long mine) {
        synchronized (queue) {
            return queue[0] == null && generation.get() == mine;
        }
    }

    /**
     * Searches {@code q} for {@code limit} hits and shows them when still current; the first answer
     * replaces the chips of the previous query. {@return the outcome, null on failure}
     */
    private SearchOutcome searchFor(String q, long mine, int limit, boolean first) {
        SearchOutcome outcome;
        try {
            outcome = service.typing(q.strip(), limit, limit);
        } catch (RuntimeException e) {
            dev.gleaner.app.Logs.warning("searching " + q, e);
            return null;
        }
        background.ui().execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            switch (outcome) {
                case SearchOutcome.Unavailable u -> {
                    hits.clear();
                    chips.clear();
                    note.set(messages.get("search.unavailable"));
                }
                case SearchOutcome.Results r -> {
                    if (!r.facets().isEmpty()) {
                        chips.setAll(chipsOf(r.facets(), q, r.total(), r.totalIsLowerBound()));
                    } else if (first) {
                        chips.clear();
                    }
                    hits.setAll(r.hits());
                    note.set(messages.get(r.totalIsLowerBound() ? "search.countAtLeast" : "search.count", r.total())
                            + (r.readAsPlainWords() ? " " + messages.get("search.plainWords") : ""));
                }
            }
            shownQuery.set(q);
            answers.set(answers.get() + 1);
        });
        return outcome;
    }

    private static java.util.List<Chip> chipsOf(
            java.util.Map<String, java.util.Map<String, Integer>> facets, String q, int total, boolean atLeast) {
        java.util.List<Chip> out = new java.util.ArrayList<>();
        for (String facet : java.util.List.of("site", "tag", "lang", "month")) {
            String key = facet.equals("month") ? "in" : facet;
            facets.getOrDefault(facet, java.util.Map.of()).entrySet().stream()
                    .limit(CHIPS_PER_FACET)
                    .forEach(e -> {
                        String v = e.getKey();
                        String filter = key + ":" + (v.matches("[^\\s\"]+") ? v : "\"" + v.replace("\"", "") + "\"");
                        // A value every match has narrows nothing; with a lower-bound total that cannot be told.
                        if (!q.contains(filter) && (atLeast || e.getValue() < total)) {
                            out.add(new Chip(facet, v, e.getValue(), filter));
                        }
                    });
        }
        return out;
    }

    /** Narrows the query to the articles with {@code chip}'s value. */
    public void apply(Chip chip) {
        String q = query.get() == null ? "" : query.get().strip();
        query.set(q.isEmpty() ? chip.filter() : q + " " + chip.filter());
    }

    private long tagsAsked; // the latest read of the tags; UI thread only

    /** Loads every tag with its article count from the search index in the background. */
    public void loadTags() {
        long mine = ++tagsAsked;
        background.work().execute(() -> {
            java.util.List<Chip> found = service.tags().entrySet().stream()
                    .map(e -> new Chip(
                            "tag",
                            e.getKey(),
                            e.getValue(),
                            "tag:"
                                    + (e.getKey().matches("[^\\s\"]+")
                                            ? e.getKey()
                                            : "\"" + e.getKey().replace("\"", "") + "\"")))
                    .toList();
            background.ui().execute(() -> {
                if (mine == tagsAsked) { // an older read that ends late is dropped
                    tags.setAll(found);
                }
            });
        });
    }

    /** Searches the articles with {@code tag}, replacing the query. */
    public void showTag(Chip tag) {
        query.set(tag.filter());
    }

    /** {@return the library's tags, most used first, after {@link #loadTags()}} */
    public ObservableList<Chip> tags() {
        return tags;
    }

    /** {@return the facet values the current results can be narrowed to} */
    public ObservableList<Chip> chips() {
        return chips;
    }

    /** {@return the query; the field writes it} */
    public StringProperty query() {
        return query;
    }

    /** {@return how many times results (or the cleared field) were applied; the list follows it, also for the same or no hits} */
    public javafx.beans.property.ReadOnlyIntegerProperty answers() {
        return answers;
    }

    /** {@return the query whose hits are in {@link #hits()}, empty when none} */
    public ReadOnlyStringProperty shownQuery() {
        return shownQuery;
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
