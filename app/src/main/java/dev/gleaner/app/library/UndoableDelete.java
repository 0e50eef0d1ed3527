package dev.gleaner.app.library;

import dev.gleaner.app.fx.Delay;
import dev.gleaner.app.fx.Messages;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.usecase.Articles;
import dev.gleaner.core.model.Article;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A delete the user can take back: the article waits for the undo time, then leaves the library
 * (on the work thread), unless it is undone first. At most one delete waits; a new one stores the
 * one before. UI thread only.
 */
final class UndoableDelete {
    /**
     * A delete waiting for its undo time.
     *
     * @param article the article deleted
     * @param before the list as it was, to show again on undo
     * @param index where the article was in it
     */
    record Pending(Article article, ArticlePages before, int index) {}

    private final Articles actions;
    private final Supplier<Delay> delay;
    private final StatusModel status;
    private final Messages messages;
    private final StringProperty undoable = new SimpleStringProperty("");
    private Pending pending;
    private Runnable cancel = () -> {};

    UndoableDelete(Articles actions, Supplier<Delay> delay, StatusModel status, Messages messages) {
        this.actions = actions;
        this.delay = delay;
        this.status = status;
        this.messages = messages;
    }

    /** Deletes {@code a} once the undo time is over, storing the delete waiting before it now. */
    void start(Article a, ArticlePages before, int index) {
        commit();
        pending = new Pending(a, before, index);
        cancel = delay.get()
                .schedule(
                        () -> {
                            if (pending != null && pending.article().id() == a.id()) {
                                commit();
                            }
                        },
                        LibraryViewModel.UNDO_FOR);
        undoable.set(messages.get("library.deleted", a.title()));
    }

    /** {@return the delete taken back, or null when none was waiting} */
    Pending undo() {
        Pending p = pending;
        if (p == null) {
            return null;
        }
        pending = null;
        cancel.run();
        undoable.set("");
        return p;
    }

    /** Deletes the article waiting for its undo time now, on the work thread. */
    void commit() {
        Pending p = pending;
        if (p == null) {
            return;
        }
        pending = null;
        cancel.run();
        undoable.set("");
        status.write(
                messages.get("library.deleted", p.article().title()),
                w -> {
                    actions.delete(p.article().id());
                    return null;
                },
                done -> {});
    }

    /** {@return what the waiting delete did, empty when none waits} */
    ReadOnlyStringProperty undoable() {
        return undoable;
    }
}
