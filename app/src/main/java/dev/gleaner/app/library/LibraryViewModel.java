package dev.gleaner.app.library;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Delay;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.search.SavedSearchesViewModel;
import dev.gleaner.app.search.SearchOutcome;
import dev.gleaner.app.usecase.Articles;
import dev.gleaner.app.usecase.Notes;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ObservableList;

/**
 * The sidebar and the article list: which place is chosen, its articles (paged from the library),
 * the selected article, and the actions on it (star, read, import). UI thread only; library work
 * runs through the status model's executor.
 *
 * <p>This class loads the lists (a place, search hits, a saved search) and takes deletes back; the
 * rest is done by its parts, each with its own state: the {@link SidebarEntries}, the
 * {@link ShownArticles} and their selection, {@link ArticleReading} (opening, moving, marking), the
 * {@link PlaceCount} and the {@link Drops}.
 */
public final class LibraryViewModel {
    /** How long a deleted article can be brought back before it leaves the library. */
    public static final Duration UNDO_FOR = Duration.ofSeconds(8);

    /** How many feeds the sidebar lists open at first; with more, the Feeds entry starts folded. */
    public static final int FEEDS_SHOWN_OPEN = FeedTree.SHOWN_OPEN;

    /**
     * What the sidebar shows beside a feed.
     *
     * @param unread its unread articles
     * @param lastError the error of its last refresh, or {@code null}
     */
    public record FeedBadge(int unread, String lastError) {}

    private final Library library;
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(Place.of(Place.Kind.INBOX));
    private final ObjectProperty<Map<Long, String>> snippets = new SimpleObjectProperty<>(Map.of());
    private final StatusModel status;
    private final Messages messages;
    private final ShownArticles shown = new ShownArticles();
    private final SidebarEntries sidebar;
    private final ArticleReading reading;
    private final PlaceCount placeCount;
    private final Drops drops;
    private final UndoableDelete deletes;
    private long pendingSelection = -1;
    private long asked; // the latest list asked for; older answers arriving late are dropped
    private Background pagesOn; // where the lists read their further pages; null: at once

    /** Creates the list over {@code library} without clipping; call {@link #choose} to load a place. */
    public LibraryViewModel(Library library, Articles actions, Notes notes, StatusModel status, Messages messages) {
        this(
                library,
                actions,
                notes,
                url -> {
                    throw new IllegalStateException("clipping pages is not available here");
                },
                status,
                messages);
    }

    /** Creates the list over {@code library}, clipping dropped URLs with {@code clipper}; call {@link #choose} to load a place. */
    public LibraryViewModel(
            Library library, Articles actions, Notes notes, Clipper clipper, StatusModel status, Messages messages) {
        this.library = library;
        this.status = status;
        this.messages = messages;
        this.placeCount = new PlaceCount(library, place::get, this::queriesFor);
        shown.articles().addListener((o, old, list) -> placeCount.set(list == null ? 0 : list.size()));
        this.reading = new ArticleReading(library, actions, shown, status, messages);
        this.deletes = new UndoableDelete(actions, reading::delay, status, messages);
        this.sidebar = new SidebarEntries(library, status, messages, place::get, this::choose);
        this.drops = new Drops(
                notes, clipper, status, messages, this::reload, this::refreshPlaces, place::get, this::choose);
        // The fixed places now; the rest is read on the work thread the window gives next (searchWith),
        // or at once when asked for without one.
        sidebar.showFixed();
    }

    /**
     * Times marking read and undoing deletes with {@code delay}; an article the user opens is marked
     * read after {@code readAfterSeconds} (0: at once). Without it both happen at once.
     */
    public void useTimers(Delay delay, IntSupplier readAfterSeconds) {
        reading.useTimers(delay, readAfterSeconds);
    }

    /**
     * Lists the saved searches of {@code saved} in the sidebar: their entries get counts and choosing
     * one lists what it finds; the place's count is worked out again on {@code background} after each
     * change. Without it the sidebar lists no saved searches.
     */
    public void searchWith(SavedSearchesViewModel saved, Background background) {
        sidebar.searchWith(saved, background);
        placeCount.countOn(background);
        this.pagesOn = background;
        refreshPlaces();
    }

    /**
     * {@return how many articles the shown place has now}: the list's size when it loads, counted
     * again (in the background) after every library change, so that the status bar does not go stale
     * while the list itself stays put until the user reloads it
     */
    public ObservableIntegerValue placeCount() {
        return placeCount.value();
    }

    /**
     * Saves {@code query} under {@code name} as {@code gleaner search --save NAME} does (a saved
     * search of that name is replaced) in the background, then lists it in the sidebar. {@return
     * whether the name was taken; when not, the status line says why}
     */
    public boolean saveSearch(String name, String query) {
        return sidebar.saveSearch(name, query);
    }

    /**
     * Reloads the sidebar entries (the fixed places, one per saved search, feed and issue series);
     * call after feeds, issues or saved searches change. The library is read on the work thread
     * once the window gave one ({@link #searchWith}); an older read that ends late is dropped.
     */
    public void refreshPlaces() {
        sidebar.refresh();
    }

    /** {@return whether {@code p} (the Feeds entry or a folder) shows what is under it} */
    public boolean isOpen(Place p) {
        return sidebar.isOpen(p);
    }

    /** {@return whether {@code p} can fold (a folder, the Feeds entry when there are feeds)} */
    public boolean folds(Place p) {
        return sidebar.folds(p);
    }

    /** Opens or folds {@code p} (the Feeds entry or a folder); other entries are left as they are. */
    public void setOpen(Place p, boolean open) {
        sidebar.setOpen(p, open);
    }

    /** {@return the unread articles in the feeds of {@code folder}, or of all feeds for the Feeds entry} */
    public int unreadIn(Place p) {
        return sidebar.unreadIn(p);
    }

    /** {@return whether the feed entry {@code p} is listed under a folder} */
    public boolean inFolder(Place p) {
        return sidebar.inFolder(p);
    }

    /** {@return how many articles the saved search {@code name} found when last counted, or -1 when not yet counted} */
    public int savedSearchCount(String name) {
        return sidebar.savedSearchCount(name);
    }

    /** {@return the query of the saved search {@code name}, empty when there is none} */
    public String savedSearchQuery(String name) {
        return sidebar.savedSearchQuery(name);
    }

    /** {@return the number of issues of {@code series} the sidebar shows beside it, 0 when unknown} */
    public int seriesCount(String series) {
        return sidebar.seriesCount(series);
    }

    /** {@return the unread count and last error of a feed in the sidebar, or {@code null} when unknown} */
    public FeedBadge feedBadge(long sourceId) {
        return sidebar.feedBadge(sourceId);
    }

    /** Shows {@code where} without a remembered selection. */
    public void choose(Place where) {
        choose(where, -1);
    }

    /** Shows {@code where}; an article list loads in the background and then selects {@code articleId} when it is in the first page. */
    public void choose(Place where, long articleId) {
        commitDelete();
        place.set(where);
        if (!where.listsArticles()) {
            return;
        }
        snippets.set(Map.of());
        pendingSelection = articleId;
        if (where.kind() == Place.Kind.SEARCH) {
            runSavedSearch(where);
            return;
        }
        Supplier<List<ArticleQuery>> queries = queriesFor(where);
        long mine = ++asked;
        status.load(messages.get("status.loading"), p -> new ArticlePages(library, queries.get()), read -> {
            ArticlePages pages = read.loadingOn(pagesOn);
            if (place.get() != where || mine != asked) {
                return;
            }
            int index = 0;
            if (pendingSelection > 0) {
                for (int i = 0; i < Math.min(pages.size(), ArticlePages.PAGE); i++) {
                    if (pages.get(i).id() == pendingSelection) {
                        index = i;
                        break;
                    }
                }
            }
            shown.show(pages, pages.isEmpty() ? -1 : index);
        });
    }

    /** Lists what the saved search of {@code where} finds now, best match first, with its snippets. */
    private void runSavedSearch(Place where) {
        long mine = ++asked;
        String query = savedSearchQuery(where.name());
        SavedSearchesViewModel saved = sidebar.savedSearches();
        if (saved == null || query.isEmpty()) {
            shown.showNothing();
            return;
        }
        saved.run(query, outcome -> {
            if (place.get() != where || mine != asked) {
                return;
            }
            Map<Long, String> found = new HashMap<>();
            List<Long> ids = new ArrayList<>();
            if (outcome instanceof SearchOutcome.Results r) {
                r.hits().forEach(h -> {
                    ids.add(h.articleId());
                    found.put(h.articleId(), h.snippet());
                });
            }
            showHits(ids, found, true);
        });
    }

    /** Lists the articles of search hits, in the hits' order, selecting the first. */
    public void showHits(List<Long> ids) {
        showHits(ids, Map.of(), true);
    }

    /**
     * Lists the articles of search hits with their snippets (the matches marked by «»). The open
     * article stays open when it is listed; otherwise the first hit is shown when {@code showFirst}
     * (a saved search the user chose), and nothing is while the user is still typing the query.
     */
    public void showHits(List<Long> ids, Map<Long, String> found, boolean showFirst) {
        commitDelete();
        long mine = ++asked;
        status.load(messages.get("status.loading"), p -> ArticlePages.ofIds(library, ids), read -> {
            ArticlePages list = read.loadingOn(pagesOn);
            if (mine != asked) {
                return;
            }
            Article open = shown.current();
            int keep = showFirst ? 0 : -1;
            for (int i = 0; open != null && i < Math.min(ids.size(), ArticlePages.PAGE); i++) {
                if (ids.get(i) == open.id()) {
                    keep = i;
                    break;
                }
            }
            shown.selectedIndex().set(-1);
            snippets.set(Map.copyOf(found));
            shown.show(list, list.isEmpty() ? -1 : keep);
        });
    }

    /** Reloads the current place, keeping the selected article when it is still listed. */
    public void reload() {
        Article a = shown.current();
        choose(place.get(), a == null ? -1 : a.id());
    }

    /**
     * {@return the queries of {@code where}, to be read on the work thread}: what only the window
     * knows (the feeds in a folder) is taken now, what the library knows (the note folders) is read
     * when the supplier is asked, off the UI thread; empty for places that list no articles
     */
    private Supplier<List<ArticleQuery>> queriesFor(Place where) {
        int limit = ArticlePages.PAGE;
        List<ArticleQuery> known = switch (where.kind()) {
            case INBOX -> List.of(new ArticleQuery(null, true, false, null, 0, limit));
            case ALL -> List.of(ArticleQuery.all(limit));
            case STARRED -> List.of(new ArticleQuery(null, false, true, null, 0, limit));
            case FEED -> List.of(ArticleQuery.all(limit).fromSource(where.sourceId()));
            case FOLDER ->
                sidebar.feedsIn(where.name()).stream()
                        .map(id -> ArticleQuery.all(limit).fromSource(id))
                        .toList();
            case NOTES, SEARCH, FEEDS, TAGS, ISSUES, SERIES -> List.of();
        };
        if (where.kind() == Place.Kind.NOTES) {
            return () -> library.sources(SourceKind.FOLDER).stream()
                    .map(s -> ArticleQuery.all(limit).fromSource(s.id()))
                    .toList();
        }
        return () -> known;
    }

    /**
     * Opens the article at {@code index} for the user (a click, a key): it is selected and, unless it
     * is read already, marked read after the reading time of the settings. Only what the user opens
     * changes its reading state; articles the window selects itself stay as they are.
     */
    public void open(int index) {
        reading.open(index);
    }

    /** Opens the next article (j). */
    public void next() {
        reading.next();
    }

    /** Opens the previous article (k). */
    public void previous() {
        reading.previous();
    }

    /** Opens the next unread article below the selected one (n); {@return false when there is none} */
    public boolean nextUnread() {
        return reading.nextUnread();
    }

    /** Opens the nearest unread article above the selected one (p); {@return false when there is none} */
    public boolean previousUnread() {
        return reading.previousUnread();
    }

    /** Marks the selected article read or unread (r, u); marked unread, it stays so while it is open. */
    public void markSelected(boolean read) {
        reading.markSelected(read);
    }

    /** Marks every article listed here read (Shift+K), in the background, then shows the list again. */
    public void markAllRead() {
        reading.markAllRead(this::refreshPlaces);
    }

    /** Stars or unstars the selected article (s). */
    public void toggleStar() {
        reading.toggleStar();
    }

    /** Re-reads the selected article from the library (after its notes, star or read state changed). */
    public void refreshSelected() {
        reading.refreshSelected();
    }

    /**
     * Deletes the selected article (Delete): it leaves the list at once, and the library when the
     * undo time is over, another article is deleted or another list is shown; {@link #undoDelete}
     * brings it back before that.
     */
    public void deleteSelected() {
        Article a = shown.current();
        ArticlePages pages = shown.pages();
        int i = shown.selectedIndex().get();
        if (a == null || pages == null || i < 0) {
            return;
        }
        reading.cancelPendingRead();
        deletes.start(a, pages, i);
        ArticlePages without = pages.without(a.id());
        // The article that took its place is shown, as the first of a list is.
        shown.show(without, without.isEmpty() ? -1 : Math.min(i, without.size() - 1));
    }

    /** Brings back the article deleted last while its undo time lasts (Ctrl+Z, "Undo"). */
    public void undoDelete() {
        UndoableDelete.Pending p = deletes.undo();
        if (p == null) {
            return;
        }
        shown.show(p.before(), p.index());
        status.note(messages.get("library.undone", p.article().title()));
    }

    /** Deletes the article waiting for its undo time now; call when the window closes. */
    public void commitDelete() {
        deletes.commit();
    }

    /** {@return what the last delete did while it can be undone, empty otherwise} */
    public ReadOnlyStringProperty undoable() {
        return deletes.undoable();
    }

    /** Imports dropped files or folders in the background, then reloads the list. */
    public void importFiles(List<Path> paths) {
        drops.importFiles(paths);
    }

    /**
     * Clips the web page at {@code url} in the background (a URL dropped on the window), then lists it;
     * a page that lists posts stores its posts, as {@code gleaner clip} does.
     */
    public void clip(String url) {
        drops.clip(url);
    }

    /**
     * {@return the web address in what was dropped on the window: its URL, else its text when that is one
     * http(s) address; null when neither}
     */
    public static String droppedUrl(String url, String text) {
        return Drops.droppedUrl(url, text);
    }

    /** {@return the search snippets of the listed articles by id (the matches marked by «»); empty outside a search} */
    public ReadOnlyObjectProperty<Map<Long, String>> snippets() {
        return snippets;
    }

    /** {@return the sidebar entries} */
    public ObservableList<Place> places() {
        return sidebar.places();
    }

    /** {@return the chosen sidebar entry} */
    public ReadOnlyObjectProperty<Place> place() {
        return place;
    }

    /** {@return the articles of the chosen place, loaded page by page as they are read} */
    public ReadOnlyObjectProperty<ObservableList<Article>> articles() {
        return shown.articles();
    }

    /** {@return the index of the selected article in {@link #articles()}, -1 when none; the list view writes it} */
    public IntegerProperty selectedIndex() {
        return shown.selectedIndex();
    }

    /** {@return the selected article, or null} */
    public ReadOnlyObjectProperty<Article> selected() {
        return shown.selected();
    }

    /** {@return the number of articles listed} */
    public int size() {
        return shown.size();
    }
}
