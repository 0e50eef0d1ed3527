package dev.gleaner.app.search;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.usecase.Search;
import dev.gleaner.core.model.SavedSearch;
import dev.gleaner.index.SearchRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The saved searches of the sidebar and the "Save search" box: their names and queries, how many
 * articles each finds (counted in the background), saving one and running one. Everything goes
 * through the {@link Search} use case that {@code gleaner searches} calls. UI thread only; the
 * searching and the saving run on the work executor.
 */
public final class SavedSearchesViewModel {
    /** How many articles a saved search lists at most, as the search box does. */
    public static final int LIMIT = 1000;

    private final Search searches;
    private final Background background;
    private final StatusModel status;
    private final Messages messages;
    private Map<String, Integer> counts = Map.of();
    private long countRound;

    /** Creates the saved searches on {@code searches}; work runs on {@code background}. */
    public SavedSearchesViewModel(Search searches, Background background, StatusModel status, Messages messages) {
        this.searches = searches;
        this.background = background;
        this.status = status;
        this.messages = messages;
    }

    /** {@return the saved searches as the library keeps them now} */
    public List<SavedSearch> list() {
        return searches.saved();
    }

    /**
     * Counts what each of {@code saved} finds, off the UI thread, then runs {@code counted} on the UI
     * thread; a newer count makes an older one that ends late be dropped.
     */
    public void count(List<SavedSearch> saved, Runnable counted) {
        if (saved.isEmpty()) {
            return;
        }
        long mine = ++countRound;
        background.work().execute(() -> {
            Map<String, Integer> found = new HashMap<>();
            for (SavedSearch s : saved) {
                try {
                    found.put(s.name(), (int) Math.min(Integer.MAX_VALUE, searches.count(s)));
                } catch (RuntimeException e) {
                    dev.gleaner.app.Logs.warning("counting the saved search " + s.name(), e);
                }
            }
            background.ui().execute(() -> {
                if (mine == countRound) {
                    counts = Map.copyOf(found);
                    counted.run();
                }
            });
        });
    }

    /** {@return how many articles the saved search {@code name} found when last counted, or -1 when not yet counted} */
    public int count(String name) {
        return counts.getOrDefault(name, -1);
    }

    /** {@return the query of the saved search {@code name}, empty when there is none} */
    public String query(String name) {
        return searches.saved(name).map(SavedSearch::query).orElse("");
    }

    /**
     * Saves {@code query} under {@code name} as {@code gleaner search --save NAME} does (a saved search
     * of that name is replaced), in the background; then {@code saved} runs on the UI thread and the
     * status line says so. {@return whether the name was taken; when not, the status line says why and
     * nothing is saved}
     */
    public boolean save(String name, String query, Runnable saved) {
        String kept;
        try {
            kept = SavedSearch.checkName(name);
        } catch (IllegalArgumentException e) {
            status.tell(messages.get("search.save.failed", e.getMessage()));
            return false;
        }
        status.write(messages.get("search.save"), p -> searches.save(kept, query), s -> {
            saved.run();
            status.note(messages.get("search.saved", s.name()));
        });
        return true;
    }

    /** Runs {@code query} (a saved search's) in the background; {@code done} gets its hits on the UI thread. */
    public void run(String query, Consumer<SearchOutcome> done) {
        status.load(
                messages.get("status.loading"),
                p -> IndexSearchService.outcome(searches.search(SearchRequest.of(query, LIMIT))),
                done);
    }
}
