package dev.gleaner.app.library;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.search.SavedSearchesViewModel;
import dev.gleaner.app.search.SearchOutcome;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.core.model.SourceKind;
import dev.gleaner.ingest.local.ImportReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar and the article list: which place is chosen, its articles (paged from the library),
 * the selected article, and the actions on it (star, read, import). UI thread only; library work
 * runs through the status model's executor.
 */
public final class LibraryViewModel {
    private final Library library;
    private final dev.gleaner.app.usecase.Articles actions;
    private final dev.gleaner.app.usecase.Notes notes;
    private final StatusModel status;
    private final Messages messages;
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(Place.of(Place.Kind.INBOX));
    private final ObjectProperty<ObservableList<Article>> articles =
            new SimpleObjectProperty<>(FXCollections.emptyObservableList());
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Article> selected = new SimpleObjectProperty<>();
    private long pendingSelection = -1;
    private long shown; // the latest list asked for; older answers arriving late are dropped
    private final FeedTree feedTree = new FeedTree();
    private SidebarData sidebarData = SidebarData.EMPTY;
    private long placesAsked; // the latest sidebar read asked for; older ones ending late are dropped
    private final javafx.beans.property.ObjectProperty<java.util.Map<Long, String>> snippets =
            new javafx.beans.property.SimpleObjectProperty<>(java.util.Map.of());

    private final Clipper clipper;
    private SavedSearchesViewModel savedSearches;
    private Background background;
    private dev.gleaner.app.fx.Delay delay = (task, after) -> {
        task.run();
        return () -> {};
    };
    private java.util.function.IntSupplier readAfterSeconds = () -> 0;
    private Runnable pendingRead = () -> {};
    private long pendingReadId = -1;
    private ArticlePages shownPages;
    private final UndoableDelete deletes;

    /** How long a deleted article can be brought back before it leaves the library. */
    public static final java.time.Duration UNDO_FOR = java.time.Duration.ofSeconds(8);

    /** Creates the list over {@code library} without clipping; call {@link #choose} to load a place. */
    public LibraryViewModel(
            Library library,
            dev.gleaner.app.usecase.Articles actions,
            dev.gleaner.app.usecase.Notes notes,
            StatusModel status,
            Messages messages) {
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
            Library library,
            dev.gleaner.app.usecase.Articles actions,
            dev.gleaner.app.usecase.Notes notes,
            Clipper clipper,
            StatusModel status,
            Messages messages) {
        this.library = library;
        this.actions = actions;
        this.deletes = new UndoableDelete(actions, () -> delay, status, messages);
        this.clipper = clipper;
        this.notes = notes;
        this.status = status;
        this.messages = messages;
        articles.addListener((o, old, list) -> placeCount.set(list == null ? 0 : list.size()));
        selectedIndex.addListener((o, old, i) -> {
            List<Article> list = articles.get();
            selected.set(i.intValue() >= 0 && i.intValue() < list.size() ? list.get(i.intValue()) : null);
        });
        // Leaving an article before its reading time is up leaves it unread.
        selected.addListener((o, old, a) -> {
            if (a == null || a.id() != pendingReadId) {
                cancelPendingRead();
            }
        });
        refreshPlaces();
    }

    /**
     * Times marking read and undoing deletes with {@code delay}; an article the user opens is marked
     * read after {@code readAfterSeconds} (0: at once). Without it both happen at once.
     */
    public void useTimers(dev.gleaner.app.fx.Delay delay, java.util.function.IntSupplier readAfterSeconds) {
        this.delay = delay;
        this.readAfterSeconds = readAfterSeconds;
    }

    /**
     * Lists the saved searches of {@code saved} in the sidebar: their entries get counts and choosing
     * one lists what it finds; the place's count is worked out again on {@code background} after each
     * change. Without it the sidebar lists no saved searches.
     */
    public void searchWith(SavedSearchesViewModel saved, Background background) {
        this.savedSearches = saved;
        this.background = background;
        library.addChangeListener(sequence -> recountSoon());
        refreshPlaces();
    }

    /**
     * {@return how many articles the shown place has now}: the list's size when it loads, counted
     * again (in the background) after every library change, so that the status bar does not go stale
     * while the list itself stays put until the user reloads it
     */
    public javafx.beans.value.ObservableIntegerValue placeCount() {
        return placeCount;
    }

    private final IntegerProperty placeCount = new SimpleIntegerProperty();
    private final java.util.concurrent.atomic.AtomicBoolean recountPending =
            new java.util.concurrent.atomic.AtomicBoolean();

    // Called on the writing thread after a commit: at most one recount waits at a time.
    private void recountSoon() {
        Background bg = background;
        if (bg == null || !recountPending.compareAndSet(false, true)) {
            return;
        }
        bg.ui().execute(() -> {
            Place where = place.get();
            List<ArticleQuery> queries = where == null ? List.of() : queriesFor(where);
            if (queries.isEmpty()) {
                recountPending.set(false);
                return;
            }
            bg.work().execute(() -> {
                recountPending.set(false);
                int n;
                try {
                    n = library.ids(queries).size();
                } catch (RuntimeException e) {
                    return; // the count stays as it was; the next change counts again
                }
                bg.ui().execute(() -> {
                    if (where.equals(place.get())) {
                        placeCount.set(n);
                    }
                });
            });
        });
    }

    /**
     * Saves {@code query} under {@code name} as {@code gleaner search --save NAME} does (a saved
     * search of that name is replaced) in the background, then lists it in the sidebar. {@return
     * whether the name was taken; when not, the status line says why}
     */
    public boolean saveSearch(String name, String query) {
        return savedSearches != null && savedSearches.save(name, query, this::refreshPlaces);
    }

    /**
     * Reloads the sidebar entries (the fixed places, one per saved search, feed and issue series);
     * call after feeds, issues or saved searches change. The library is read on the work thread
     * once the window gave one ({@link #searchWith}); an older read that ends late is dropped.
     */
    public void refreshPlaces() {
        Background bg = background;
        if (bg == null) {
            showPlaces(SidebarData.read(library, savedSearches));
            return;
        }
        long mine = ++placesAsked;
        bg.work().execute(() -> {
            SidebarData data;
            try {
                data = SidebarData.read(library, savedSearches);
            } catch (RuntimeException e) {
                bg.ui().execute(() -> status.fail(messages.get("status.loadingSidebar"), e));
                return;
            }
            bg.ui().execute(() -> {
                if (mine == placesAsked) {
                    showPlaces(data);
                }
            });
        });
    }

    /** Lists the entries of {@code data}; a chosen entry that is gone gives way to its parent view. */
    private void showPlaces(SidebarData data) {
        sidebarData = data;
        List<Place> all = new ArrayList<>();
        for (Place.Kind k : List.of(Place.Kind.INBOX, Place.Kind.ALL, Place.Kind.STARRED, Place.Kind.NOTES)) {
            all.add(Place.of(k));
        }
        data.saved().forEach(s -> all.add(Place.savedSearch(s.name())));
        all.add(Place.of(Place.Kind.FEEDS));
        all.addAll(feedTree.places(data.feeds(), place.get()));
        all.add(Place.of(Place.Kind.TAGS));
        all.add(Place.of(Place.Kind.ISSUES));
        data.seriesCounts().keySet().forEach(name -> all.add(Place.series(name)));
        places.setAll(all);
        // A series renamed or removed elsewhere takes its sidebar entry along; show all issues instead.
        if (place.get().kind() == Place.Kind.SERIES && !all.contains(place.get())) {
            choose(Place.of(Place.Kind.ISSUES));
        }
        if (place.get().kind() == Place.Kind.FOLDER
                && !feedTree.hasFolder(place.get().name())) {
            choose(Place.of(Place.Kind.FEEDS));
        }
        if (place.get().kind() == Place.Kind.SEARCH && !all.contains(place.get())) {
            choose(Place.of(Place.Kind.ALL));
        }
        if (savedSearches != null) {
            savedSearches.count(data.saved(), () -> places.setAll(List.copyOf(places)));
        }
    }

    /** How many feeds the sidebar lists open at first; with more, the Feeds entry starts folded. */
    public static final int FEEDS_SHOWN_OPEN = FeedTree.SHOWN_OPEN;

    /** {@return whether {@code p} (the Feeds entry or a folder) shows what is under it} */
    public boolean isOpen(Place p) {
        return feedTree.isOpen(p);
    }

    /** {@return whether {@code p} can fold (a folder, the Feeds entry when there are feeds)} */
    public boolean folds(Place p) {
        return feedTree.folds(p);
    }

    /** Opens or folds {@code p} (the Feeds entry or a folder); other entries are left as they are. */
    public void setOpen(Place p, boolean open) {
        if (feedTree.setOpen(p, open)) {
            showPlaces(sidebarData); // nothing new to read: only what is shown changes
        }
    }

    /** {@return the unread articles in the feeds of {@code folder}, or of all feeds for the Feeds entry} */
    public int unreadIn(Place p) {
        return feedTree.unreadIn(p);
    }

    /** {@return whether the feed entry {@code p} is listed under a folder} */
    public boolean inFolder(Place p) {
        return feedTree.inFolder(p);
    }

    /** {@return how many articles the saved search {@code name} found when last counted, or -1 when not yet counted} */
    public int savedSearchCount(String name) {
        return savedSearches == null ? -1 : savedSearches.count(name);
    }

    /** {@return the query of the saved search {@code name}, empty when there is none} */
    public String savedSearchQuery(String name) {
        return savedSearches == null ? "" : savedSearches.query(name);
    }

    /** {@return the number of issues of {@code series} the sidebar shows beside it, 0 when unknown} */
    public int seriesCount(String series) {
        return sidebarData.seriesCounts().getOrDefault(series, 0);
    }

    /** Shows {@code where}; an article list loads in the background and then selects {@code articleId} when it is in the first page. */
    public void choose(Place where, long articleId) {
        commitDelete();
        place.set(where);
        if (!where.listsArticles()) {
            return;
        }
        snippets.set(java.util.Map.of());
        pendingSelection = articleId;
        if (where.kind() == Place.Kind.SEARCH) {
            runSavedSearch(where);
            return;
        }
        List<ArticleQuery> queries = queriesFor(where);
        long mine = ++shown;
        status.load(messages.get("status.loading"), p -> new ArticlePages(library, queries), pages -> {
            if (place.get() != where || mine != shown) {
                return;
            }
            selectedIndex.set(-1);
            shownPages = pages;
            articles.set(FXCollections.observableList(pages));
            int index = 0;
            if (pendingSelection > 0) {
                for (int i = 0; i < Math.min(pages.size(), ArticlePages.PAGE); i++) {
                    if (pages.get(i).id() == pendingSelection) {
                        index = i;
                        break;
                    }
                }
            }
            selectedIndex.set(pages.isEmpty() ? -1 : index);
        });
    }

    /** Lists what the saved search of {@code where} finds now, best match first, with its snippets. */
    private void runSavedSearch(Place where) {
        long mine = ++shown;
        String query = savedSearchQuery(where.name());
        if (savedSearches == null || query.isEmpty()) {
            selectedIndex.set(-1);
            articles.set(FXCollections.emptyObservableList());
            return;
        }
        savedSearches.run(query, outcome -> {
            if (place.get() != where || mine != shown) {
                return;
            }
            java.util.Map<Long, String> found = new java.util.HashMap<>();
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
        showHits(ids, java.util.Map.of(), true);
    }

    /**
     * Lists the articles of search hits with their snippets (the matches marked by «»). The open
     * article stays open when it is listed; otherwise the first hit is shown when {@code showFirst}
     * (a saved search the user chose), and nothing is while the user is still typing the query.
     */
    public void showHits(List<Long> ids, java.util.Map<Long, String> found, boolean showFirst) {
        commitDelete();
        long mine = ++shown;
        status.load(messages.get("status.loading"), p -> ArticlePages.ofIds(library, ids), list -> {
            if (mine != shown) {
                return;
            }
            Article open = selected.get();
            int keep = showFirst ? 0 : -1;
            for (int i = 0; open != null && i < Math.min(ids.size(), ArticlePages.PAGE); i++) {
                if (ids.get(i) == open.id()) {
                    keep = i;
                    break;
                }
            }
            selectedIndex.set(-1);
            snippets.set(java.util.Map.copyOf(found));
            shownPages = list;
            articles.set(FXCollections.observableList(list));
            selectedIndex.set(list.isEmpty() ? -1 : keep);
        });
    }

    /** Shows {@code where} without a remembered selection. */
    public void choose(Place where) {
        choose(where, -1);
    }

    /** Reloads the current place, keeping the selected article when it is still listed. */
    public void reload() {
        Article a = selected.get();
        choose(place.get(), a == null ? -1 : a.id());
    }

    private List<ArticleQuery> queriesFor(Place where) {
        int limit = ArticlePages.PAGE;
        return switch (where.kind()) {
            case INBOX -> List.of(new ArticleQuery(null, true, false, null, 0, limit));
            case ALL -> List.of(ArticleQuery.all(limit));
            case STARRED -> List.of(new ArticleQuery(null, false, true, null, 0, limit));
            case FEED -> List.of(ArticleQuery.all(limit).fromSource(where.sourceId()));
            case FOLDER ->
                feedTree.feedsIn(where.name()).stream()
                        .map(id -> ArticleQuery.all(limit).fromSource(id))
                        .toList();
            case NOTES ->
                library.sources(SourceKind.FOLDER).stream()
                        .map(s -> ArticleQuery.all(limit).fromSource(s.id()))
                        .toList();
            case SEARCH, FEEDS, TAGS, ISSUES, SERIES -> List.of();
        };
    }

    /**
     * Opens the article at {@code index} for the user (a click, a key): it is selected and, unless it
     * is read already, marked read after the reading time of the settings. Only what the user opens
     * changes its reading state; articles the window selects itself stay as they are.
     */
    public void open(int index) {
        selectedIndex.set(index);
        Article a = selected.get();
        if (a == null || a.read() || a.id() == pendingReadId) {
            return;
        }
        cancelPendingRead();
        int seconds = Math.max(0, readAfterSeconds.getAsInt());
        if (seconds == 0) {
            setRead(a, true);
            return;
        }
        pendingReadId = a.id();
        pendingRead = delay.schedule(
                () -> {
                    pendingRead = () -> {};
                    pendingReadId = -1;
                    Article now = selected.get();
                    if (now != null && now.id() == a.id()) {
                        setRead(now, true);
                    }
                },
                java.time.Duration.ofSeconds(seconds));
    }

    private void cancelPendingRead() {
        pendingRead.run();
        pendingRead = () -> {};
        pendingReadId = -1;
    }

    /** Opens the next article (j). */
    public void next() {
        int i = selectedIndex.get();
        if (i + 1 < articles.get().size()) {
            open(i + 1);
        }
    }

    /** Opens the previous article (k). */
    public void previous() {
        int i = selectedIndex.get();
        if (i > 0) {
            open(i - 1);
        }
    }

    /** Opens the next unread article below the selected one (n); {@return false when there is none} */
    public boolean nextUnread() {
        List<Article> list = articles.get();
        for (int i = selectedIndex.get() + 1; i < list.size(); i++) {
            Article a = list.get(i);
            if (a != null && !a.read()) {
                open(i);
                return true;
            }
        }
        status.note(messages.get("library.noMoreUnread"));
        return false;
    }

    /** Opens the nearest unread article above the selected one (p); {@return false when there is none} */
    public boolean previousUnread() {
        List<Article> list = articles.get();
        for (int i = Math.min(selectedIndex.get(), list.size()) - 1; i >= 0; i--) {
            Article a = list.get(i);
            if (a != null && !a.read()) {
                open(i);
                return true;
            }
        }
        status.note(messages.get("library.noMoreUnread"));
        return false;
    }

    /** Marks the selected article read or unread (r, u); marked unread, it stays so while it is open. */
    public void markSelected(boolean read) {
        cancelPendingRead();
        Article a = selected.get();
        if (a != null && a.read() != read) {
            setRead(a, read);
        }
    }

    private void setRead(Article a, boolean read) {
        write(a, dev.gleaner.app.usecase.Articles.Flag.READ, read);
    }

    /** Sets a flag of {@code a} on the work thread, then shows the article as stored. */
    private void write(Article a, dev.gleaner.app.usecase.Articles.Flag flag, boolean on) {
        int i = selectedIndex.get();
        status.write(
                messages.get("library.saving", a.title()),
                p -> {
                    actions.set(a.id(), flag, on);
                    return a.id();
                },
                id -> refreshArticle(id, i));
    }

    /** Marks every article listed here read (Shift+K), in the background, then shows the list again. */
    public void markAllRead() {
        ArticlePages pages = shownPages;
        if (pages == null || pages.isEmpty()) {
            return;
        }
        cancelPendingRead();
        status.run(
                messages.get("library.allRead", pages.size()),
                p -> {
                    long[] ids = pages.ids();
                    for (int i = 0; i < ids.length && !p.cancelled(); i++) {
                        actions.set(ids[i], dev.gleaner.app.usecase.Articles.Flag.READ, true);
                        p.update(i + 1, ids.length);
                    }
                    return ids.length;
                },
                n -> {
                    refreshPlaces();
                    reloadShown();
                });
    }

    /** Lists the same articles again with their states read anew, keeping the selection. */
    private void reloadShown() {
        ArticlePages pages = shownPages;
        if (pages == null) {
            return;
        }
        int i = selectedIndex.get();
        ArticlePages fresh = pages.reread();
        shownPages = fresh;
        selectedIndex.set(-1);
        articles.set(FXCollections.observableList(fresh));
        selectedIndex.set(i < fresh.size() ? i : fresh.size() - 1);
    }

    /**
     * Deletes the selected article (Delete): it leaves the list at once, and the library when the
     * undo time is over, another article is deleted or another list is shown; {@link #undoDelete}
     * brings it back before that.
     */
    public void deleteSelected() {
        Article a = selected.get();
        ArticlePages pages = shownPages;
        int i = selectedIndex.get();
        if (a == null || pages == null || i < 0) {
            return;
        }
        cancelPendingRead();
        deletes.start(a, pages, i);
        ArticlePages without = pages.without(a.id());
        shownPages = without;
        selectedIndex.set(-1);
        articles.set(FXCollections.observableList(without));
        // The article that took its place is shown, as the first of a list is.
        selectedIndex.set(without.isEmpty() ? -1 : Math.min(i, without.size() - 1));
    }

    /** Brings back the article deleted last while its undo time lasts (Ctrl+Z, "Undo"). */
    public void undoDelete() {
        UndoableDelete.Pending p = deletes.undo();
        if (p == null) {
            return;
        }
        shownPages = p.before();
        selectedIndex.set(-1);
        articles.set(FXCollections.observableList(p.before()));
        selectedIndex.set(p.index());
        status.note(messages.get("library.undone", p.article().title()));
    }

    /** Deletes the article waiting for its undo time now; call when the window closes. */
    public void commitDelete() {
        deletes.commit();
    }

    /** {@return what the last delete did while it can be undone, empty otherwise} */
    public javafx.beans.property.ReadOnlyStringProperty undoable() {
        return deletes.undoable();
    }

    /** Stars or unstars the selected article (s). */
    public void toggleStar() {
        Article a = selected.get();
        if (a != null) {
            write(a, dev.gleaner.app.usecase.Articles.Flag.STARRED, !a.starred());
        }
    }

    /**
     * Shows article {@code id} as stored now: in the list at {@code index} when it is still there, and
     * as the selected article when it still is.
     */
    private void refreshArticle(long id, int index) {
        Article open = selected.get();
        if (open != null && open.id() == id) {
            refreshSelected();
            return;
        }
        library.article(id).ifPresent(fresh -> {
            List<Article> list = articles.get();
            if (index >= 0
                    && index < list.size()
                    && list.get(index) != null
                    && list.get(index).id() == id) {
                list.set(index, fresh);
            }
        });
    }

    /** Re-reads the selected article from the library (after its notes, star or read state changed). */
    public void refreshSelected() {
        int i = selectedIndex.get();
        Article a = selected.get();
        if (a == null) {
            return;
        }
        library.article(a.id()).ifPresent(fresh -> {
            if (i >= 0 && i < articles.get().size()) {
                articles.get().set(i, fresh);
            }
            selected.set(fresh);
        });
    }

    /** Imports dropped files or folders in the background, then reloads the list. */
    public void importFiles(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        status.run(
                messages.get("status.importing", paths.size()),
                p -> notes.importPaths(paths, p, dev.gleaner.app.usecase.Notes.Listener.NONE),
                (ImportReport report) -> {
                    reload();
                    refreshPlaces();
                });
    }

    /**
     * Clips the web page at {@code url} in the background (a URL dropped on the window), then lists it;
     * a page that lists posts stores its posts, as {@code gleaner clip} does.
     */
    public void clip(String url) {
        status.run(messages.get("status.clipping", url), p -> clipper.clipDropped(url, p), dropped -> {
            refreshPlaces();
            List<dev.gleaner.core.model.SaveResult> saved = dropped.saved();
            if (!saved.isEmpty()) {
                choose(
                        place.get().listsArticles() ? place.get() : Place.of(Place.Kind.ALL),
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
     * {@return the web address in what was dropped on the window: its URL, else its text when that is one
     * http(s) address; null when neither}
     */
    public static String droppedUrl(String url, String text) {
        for (String s : java.util.Arrays.asList(url, text)) {
            if (s != null && s.strip().matches("(?i)https?://\\S+")) {
                return s.strip();
            }
        }
        return null;
    }

    /**
     * What the sidebar shows beside a feed.
     *
     * @param unread its unread articles
     * @param lastError the error of its last refresh, or {@code null}
     */
    public record FeedBadge(int unread, String lastError) {}

    /** {@return the unread count and last error of a feed in the sidebar, or {@code null} when unknown} */
    public FeedBadge feedBadge(long sourceId) {
        return feedTree.badge(sourceId);
    }

    /** {@return the search snippets of the listed articles by id (the matches marked by «»); empty outside a search} */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.Map<Long, String>> snippets() {
        return snippets;
    }

    /** {@return the sidebar entries} */
    public ObservableList<Place> places() {
        return places;
    }

    /** {@return the chosen sidebar entry} */
    public ReadOnlyObjectProperty<Place> place() {
        return place;
    }

    /** {@return the articles of the chosen place, loaded page by page as they are read} */
    public ReadOnlyObjectProperty<ObservableList<Article>> articles() {
        return articles;
    }

    /** {@return the index of the selected article in {@link #articles()}, -1 when none; the list view writes it} */
    public IntegerProperty selectedIndex() {
        return selectedIndex;
    }

    /** {@return the selected article, or null} */
    public ReadOnlyObjectProperty<Article> selected() {
        return selected;
    }

    /** {@return the number of articles listed} */
    public int size() {
        return articles.get().size();
    }
}
