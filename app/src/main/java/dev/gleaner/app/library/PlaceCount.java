package dev.gleaner.app.library;

import dev.gleaner.app.fx.Background;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleQuery;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableIntegerValue;

/**
 * How many articles the shown place has now: the list's size when it loads, counted again in the
 * background after every library change, so that the status bar does not go stale while the list
 * itself stays put until the user reloads it.
 */
final class PlaceCount {
    private final Library library;
    private final Supplier<Place> chosen;
    private final Function<Place, Supplier<List<ArticleQuery>>> queries;
    private final IntegerProperty count = new SimpleIntegerProperty();
    private final AtomicBoolean recountPending = new AtomicBoolean();
    private volatile Background background;

    /** Counts the place {@code chosen} with its {@code queries}; call {@link #countOn} to follow changes. */
    PlaceCount(Library library, Supplier<Place> chosen, Function<Place, Supplier<List<ArticleQuery>>> queries) {
        this.library = library;
        this.chosen = chosen;
        this.queries = queries;
    }

    /** From now on counts again on {@code bg} after each change of the library. */
    void countOn(Background bg) {
        this.background = bg;
        library.addChangeListener(sequence -> recountSoon());
    }

    /** Shows {@code n}, the size of a list just loaded. */
    void set(int n) {
        count.set(n);
    }

    ObservableIntegerValue value() {
        return count;
    }

    // Called on the writing thread after a commit: at most one recount waits at a time.
    private void recountSoon() {
        Background bg = background;
        if (bg == null || !recountPending.compareAndSet(false, true)) {
            return;
        }
        bg.ui().execute(() -> {
            Place where = chosen.get();
            if (where == null || !where.listsArticles() || where.kind() == Place.Kind.SEARCH) {
                recountPending.set(false);
                return;
            }
            // Read on the work thread: the note folders of Notes come from the library.
            Supplier<List<ArticleQuery>> asked = queries.apply(where);
            bg.work().execute(() -> {
                recountPending.set(false);
                int n;
                try {
                    List<ArticleQuery> q = asked.get();
                    if (q.isEmpty()) {
                        return;
                    }
                    n = library.ids(q).size();
                } catch (RuntimeException e) {
                    return; // the count stays as it was; the next change counts again
                }
                bg.ui().execute(() -> {
                    if (where.equals(chosen.get())) {
                        count.set(n);
                    }
                });
            });
        });
    }
}
