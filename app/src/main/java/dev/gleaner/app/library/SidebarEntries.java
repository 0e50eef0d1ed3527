package dev.gleaner.app.library;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.search.SavedSearchesViewModel;
import dev.gleaner.core.library.Library;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar's entries: the fixed places, one per saved search (with its count), the feeds as a
 * tree of folders (with unread counts and errors) and the issue series (with their number of
 * issues). The library is read on the work thread once the window gave one; a later read wins over
 * an older one that ends late. UI thread only.
 */
final class SidebarEntries {
    private final Library library;
    private final StatusModel status;
    private final Messages messages;
    private final Supplier<Place> chosen;
    private final Consumer<Place> choose;
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final FeedTree feedTree = new FeedTree();
    private SidebarData data = SidebarData.EMPTY;
    private long asked; // the latest read asked for; older ones ending late are dropped
    private SavedSearchesViewModel savedSearches;
    private Background background;
    private boolean unread = true; // nothing read yet: read at once when asked before there is a work thread

    /** Lists the entries of {@code library}; an entry {@code chosen} that goes away gives way through {@code choose}. */
    SidebarEntries(
            Library library, StatusModel status, Messages messages, Supplier<Place> chosen, Consumer<Place> choose) {
        this.library = library;
        this.status = status;
        this.messages = messages;
        this.chosen = chosen;
        this.choose = choose;
    }

    /** Lists the saved searches of {@code saved}, and reads the library on {@code background} from now on. */
    void searchWith(SavedSearchesViewModel saved, Background background) {
        this.savedSearches = saved;
        this.background = background;
        unread = false; // the refresh that follows reads on the work thread
    }

    /**
     * Lists the fixed places without reading the library; what it holds (saved searches, feeds,
     * series) is read by the next {@link #refresh}, on the work thread once the window gave one, or
     * at once when asked for before that.
     */
    void showFixed() {
        List<Place> fixed = new ArrayList<>();
        for (Place.Kind k : List.of(
                Place.Kind.INBOX,
                Place.Kind.ALL,
                Place.Kind.STARRED,
                Place.Kind.NOTES,
                Place.Kind.FEEDS,
                Place.Kind.TAGS,
                Place.Kind.ISSUES)) {
            fixed.add(Place.of(k));
        }
        places.setAll(fixed); // the feed tree is not told: it decides whether it starts open on the first feeds read
        unread = true;
    }

    private void ensureRead() {
        if (unread && background == null) {
            refresh();
        }
    }

    /** Saves {@code query} under {@code name}, then lists it. {@return whether the name was taken} */
    boolean saveSearch(String name, String query) {
        return savedSearches != null && savedSearches.save(name, query, this::refresh);
    }

    /** Reads the entries again: on the work thread once there is one, else at once. */
    void refresh() {
        unread = false;
        Background bg = background;
        if (bg == null) {
            show(SidebarData.read(library, savedSearches));
            return;
        }
        long mine = ++asked;
        bg.work().execute(() -> {
            SidebarData read;
            try {
                read = SidebarData.read(library, savedSearches);
            } catch (RuntimeException e) {
                bg.ui().execute(() -> status.fail(messages.get("status.loadingSidebar"), e));
                return;
            }
            bg.ui().execute(() -> {
                if (mine == asked) {
                    show(read);
                }
            });
        });
    }

    /** Lists the entries of {@code read}; a chosen entry that is gone gives way to its parent view. */
    private void show(SidebarData read) {
        data = read;
        Place place = chosen.get();
        List<Place> all = new ArrayList<>();
        for (Place.Kind k : List.of(Place.Kind.INBOX, Place.Kind.ALL, Place.Kind.STARRED, Place.Kind.NOTES)) {
            all.add(Place.of(k));
        }
        read.saved().forEach(s -> all.add(Place.savedSearch(s.name())));
        all.add(Place.of(Place.Kind.FEEDS));
        all.addAll(feedTree.places(read.feeds(), place));
        all.add(Place.of(Place.Kind.TAGS));
        all.add(Place.of(Place.Kind.ISSUES));
        read.seriesCounts().keySet().forEach(name -> all.add(Place.series(name)));
        places.setAll(all);
        // A series renamed or removed elsewhere takes its sidebar entry along; show all issues instead.
        if (chosen.get().kind() == Place.Kind.SERIES && !all.contains(chosen.get())) {
            choose.accept(Place.of(Place.Kind.ISSUES));
        }
        if (chosen.get().kind() == Place.Kind.FOLDER
                && !feedTree.hasFolder(chosen.get().name())) {
            choose.accept(Place.of(Place.Kind.FEEDS));
        }
        if (chosen.get().kind() == Place.Kind.SEARCH && !all.contains(chosen.get())) {
            choose.accept(Place.of(Place.Kind.ALL));
        }
        if (savedSearches != null) {
            savedSearches.count(read.saved(), () -> places.setAll(List.copyOf(places)));
        }
    }

    boolean isOpen(Place p) {
        ensureRead();
        return feedTree.isOpen(p);
    }

    boolean folds(Place p) {
        ensureRead();
        return feedTree.folds(p);
    }

    void setOpen(Place p, boolean open) {
        // Nothing new to read: only what is shown changes (once there is something read to show).
        if (feedTree.setOpen(p, open) && data != SidebarData.EMPTY) {
            show(data);
        }
    }

    int unreadIn(Place p) {
        ensureRead();
        return feedTree.unreadIn(p);
    }

    boolean inFolder(Place p) {
        ensureRead();
        return feedTree.inFolder(p);
    }

    /** {@return the feeds listed under {@code folder}} */
    List<Long> feedsIn(String folder) {
        ensureRead();
        return feedTree.feedsIn(folder);
    }

    LibraryViewModel.FeedBadge feedBadge(long sourceId) {
        ensureRead();
        return feedTree.badge(sourceId);
    }

    int savedSearchCount(String name) {
        ensureRead();
        return savedSearches == null ? -1 : savedSearches.count(name);
    }

    /** {@return the query of the saved search {@code name} as last read (on the work thread), empty when none} */
    String savedSearchQuery(String name) {
        ensureRead();
        return data.saved().stream()
                .filter(s -> s.name().equalsIgnoreCase(name.strip()))
                .map(dev.gleaner.core.model.SavedSearch::query)
                .findFirst()
                .orElse("");
    }

    /** {@return the saved searches, or null when the sidebar lists none} */
    SavedSearchesViewModel savedSearches() {
        return savedSearches;
    }

    int seriesCount(String series) {
        ensureRead();
        return data.seriesCounts().getOrDefault(series, 0);
    }

    ObservableList<Place> places() {
        ensureRead();
        return places;
    }
}
