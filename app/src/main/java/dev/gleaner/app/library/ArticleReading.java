package dev.gleaner.app.library;

import dev.gleaner.app.fx.Delay;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.usecase.Articles;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Reading the shown list: opening an article (marked read after the reading time of the settings),
 * moving to the next or previous (unread) one, and marking, starring and re-reading the selected
 * article. Only what the user opens changes its reading state. UI thread only; writes go through
 * the status model's writes on the work thread.
 */
final class ArticleReading {
    private final Library library;
    private final Articles actions;
    private final ShownArticles shown;
    private final StatusModel status;
    private final Messages messages;
    private Delay delay = (task, after) -> {
        task.run();
        return () -> {};
    };
    private IntSupplier readAfterSeconds = () -> 0;
    private Runnable pendingRead = () -> {};
    private long pendingReadId = -1;
    private int openWhenRead = -1; // a row opened before its page arrived from the work thread
    private long seeking; // the latest look for an unread article beyond the rows read; older ones are dropped

    ArticleReading(Library library, Articles actions, ShownArticles shown, StatusModel status, Messages messages) {
        this.library = library;
        this.actions = actions;
        this.shown = shown;
        this.status = status;
        this.messages = messages;
        // Leaving an article before its reading time is up leaves it unread.
        shown.selected().addListener((o, old, a) -> {
            if (a == null || a.id() != pendingReadId) {
                cancelPendingRead();
            }
            if (a != null
                    && openWhenRead >= 0
                    && openWhenRead == shown.selectedIndex().get()) {
                open(openWhenRead);
            }
        });
        shown.selectedIndex().addListener((o, old, i) -> {
            if (i.intValue() != openWhenRead) {
                openWhenRead = -1;
            }
        });
    }

    /** Times marking read with {@code delay}, after {@code readAfterSeconds} (0: at once). */
    void useTimers(Delay delay, IntSupplier readAfterSeconds) {
        this.delay = delay;
        this.readAfterSeconds = readAfterSeconds;
    }

    /** {@return the timer in use; without {@link #useTimers} it runs at once} */
    Delay delay() {
        return delay;
    }

    /** Opens the article at {@code index}: selects it and marks it read after the reading time. */
    void open(int index) {
        seeking++;
        shown.selectedIndex().set(index);
        Article a = shown.current();
        ArticlePages pages = shown.pages();
        openWhenRead =
                a == null && pages != null && index >= 0 && index < pages.size() && !pages.isLoaded(index) ? index : -1;
        if (a == null || a.read() || a.id() == pendingReadId) {
            return;
        }
        openWhenRead = -1;
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
                    Article now = shown.current();
                    if (now != null && now.id() == a.id()) {
                        setRead(now, true);
                    }
                },
                Duration.ofSeconds(seconds));
    }

    /** Forgets the article waiting for its reading time: it stays as it is. */
    void cancelPendingRead() {
        pendingRead.run();
        pendingRead = () -> {};
        pendingReadId = -1;
    }

    void next() {
        int i = shown.selectedIndex().get();
        if (i + 1 < shown.size()) {
            open(i + 1);
        }
    }

    void previous() {
        int i = shown.selectedIndex().get();
        if (i > 0) {
            open(i - 1);
        }
    }

    boolean nextUnread() {
        return openUnread(shown.selectedIndex().get() + 1, 1);
    }

    boolean previousUnread() {
        List<Article> list = shown.articles().get();
        return openUnread(Math.min(shown.selectedIndex().get(), list.size()) - 1, -1);
    }

    /**
     * Opens the first unread article from row {@code from} on in direction {@code step}. The rows read
     * already are looked at here; from the first row not read yet on, the rest is read on the work
     * thread, and the article found is opened when the user has not moved on meanwhile. {@return
     * false when there is none for sure}
     */
    private boolean openUnread(int from, int step) {
        List<Article> list = shown.articles().get();
        ArticlePages pages = shown.pages();
        for (int i = from; i >= 0 && i < list.size(); i += step) {
            if (pages != null && list == pages && !pages.isLoaded(i)) {
                seekUnread(pages, i, step);
                return true;
            }
            Article a = list.get(i);
            if (a != null && !a.read()) {
                open(i);
                return true;
            }
        }
        status.note(messages.get("library.noMoreUnread"));
        return false;
    }

    private void seekUnread(ArticlePages pages, int from, int step) {
        long mine = ++seeking;
        Map<Integer, List<Article>> known = pages.cachedPages();
        status.load(
                messages.get("status.loading"),
                p -> {
                    for (int i = from; i >= 0 && i < pages.size() && !p.cancelled(); i += step) {
                        Article a = pages.read(i, known);
                        if (a != null && !a.read()) {
                            return i;
                        }
                    }
                    return -1;
                },
                found -> {
                    if (mine != seeking || shown.pages() != pages) {
                        return; // the user moved on meanwhile
                    }
                    if (found < 0) {
                        status.note(messages.get("library.noMoreUnread"));
                    } else {
                        open(found);
                    }
                });
    }

    void markSelected(boolean read) {
        cancelPendingRead();
        Article a = shown.current();
        if (a != null && a.read() != read) {
            setRead(a, read);
        }
    }

    void toggleStar() {
        Article a = shown.current();
        if (a != null) {
            write(a, Articles.Flag.STARRED, !a.starred());
        }
    }

    private void setRead(Article a, boolean read) {
        write(a, Articles.Flag.READ, read);
    }

    /** Sets a flag of {@code a} on the work thread and reads it back there, then shows it as stored. */
    private void write(Article a, Articles.Flag flag, boolean on) {
        int i = shown.selectedIndex().get();
        status.write(
                messages.get("library.saving", a.title()),
                p -> {
                    actions.set(a.id(), flag, on);
                    return library.article(a.id());
                },
                stored -> stored.ifPresent(fresh -> showStored(fresh, i)));
    }

    /**
     * Marks every article listed read in the background, then runs {@code sidebar} (to count again)
     * and shows the list again with the states read anew, keeping the selection.
     */
    void markAllRead(Runnable sidebar) {
        ArticlePages pages = shown.pages();
        if (pages == null || pages.isEmpty()) {
            return;
        }
        cancelPendingRead();
        status.run(
                messages.get("library.allRead", pages.size()),
                p -> {
                    long[] ids = pages.ids();
                    for (int i = 0; i < ids.length && !p.cancelled(); i++) {
                        actions.set(ids[i], Articles.Flag.READ, true);
                        p.update(i + 1, ids.length);
                    }
                    return ids.length;
                },
                n -> {
                    sidebar.run();
                    reloadShown();
                });
    }

    /** Lists the same articles again with their states read anew (on the work thread), keeping the selection. */
    private void reloadShown() {
        ArticlePages pages = shown.pages();
        if (pages == null) {
            return;
        }
        int[] read = pages.shownPages(shown.selectedIndex().get());
        status.load(messages.get("status.loading"), p -> pages.reread(read), fresh -> {
            if (shown.pages() != pages) {
                return; // another list was shown meanwhile
            }
            int i = shown.selectedIndex().get();
            shown.show(fresh, i < fresh.size() ? i : fresh.size() - 1);
        });
    }

    /**
     * Shows {@code fresh} as stored now: as the selected article when it still is, else in the list at
     * {@code index} when it is still there.
     */
    private void showStored(Article fresh, int index) {
        Article open = shown.current();
        if (open == null || open.id() != fresh.id()) {
            shown.replace(index, fresh.id(), fresh);
            return;
        }
        int i = shown.selectedIndex().get();
        if (i >= 0 && i < shown.size()) {
            shown.articles().get().set(i, fresh);
        }
        shown.selected().set(fresh);
    }

    /**
     * Reads the selected article again (after its notes, star or read state changed) on the work
     * thread, after the writes before it, then shows it when it is still selected.
     */
    void refreshSelected() {
        Article a = shown.current();
        if (a == null) {
            return;
        }
        int i = shown.selectedIndex().get();
        status.write(
                messages.get("status.loading"),
                p -> library.article(a.id()),
                stored -> stored.ifPresent(fresh -> showStored(fresh, i)));
    }
}
