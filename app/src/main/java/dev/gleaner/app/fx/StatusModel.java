package dev.gleaner.app.fx;

import dev.gleaner.app.Logs;
import dev.gleaner.core.GleanerException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status bar's state: the running task with its progress and cancel, and the last error as a
 * sentence (its stack trace goes to the log). Touch it on the UI thread only.
 */
public final class StatusModel {
    private final Background background;
    private final Messages messages;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private AtomicBoolean cancelled = new AtomicBoolean();

    /** Creates the status of one window. */
    public StatusModel(Background background, Messages messages) {
        this.background = background;
        this.messages = messages;
    }

    /** A piece of background work that reports progress and checks for cancel. */
    public interface Job<T> {
        /** Runs the work off the UI thread. */
        T run(dev.gleaner.app.usecase.Progress progress) throws Exception;
    }

    /** What a job sees of the status bar: the plain progress and cancel of the use cases. */
    public interface Progress extends dev.gleaner.app.usecase.Progress {}

    /** Runs a job in the background with progress in the status bar, then hands its result to {@code done} on the UI thread. */
    public <T> void run(String title, Job<T> job, Consumer<T> done) {
        run(title, job, done, false);
    }

    /** Like {@link #run} for short loads: shows progress while running but leaves no "done" line behind. */
    public <T> void load(String title, Job<T> job, Consumer<T> done) {
        run(title, job, done, true);
    }

    private <T> void run(String title, Job<T> job, Consumer<T> done, boolean quiet) {
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        message.set(title);
        error.set("");
        progress.set(-1);
        running.set(true);
        Progress p = new Progress() {
            @Override
            public void update(long d, long total) {
                double value = total <= 0 ? -1 : (double) d / total;
                background.ui().execute(() -> progress.set(value));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        background.work().execute(() -> {
            // What the user changed a moment ago is stored before a list or a task reads the library.
            awaitWrites(java.time.Duration.ofSeconds(30));
            try {
                T result = job.run(p);
                background.ui().execute(() -> {
                    running.set(false);
                    progress.set(1);
                    message.set(
                            cancel.get()
                                    ? messages.get("status.cancelled")
                                    : quiet ? "" : messages.get("status.done", title));
                    done.accept(result);
                });
            } catch (Exception | LinkageError e) {
                background.ui().execute(() -> {
                    running.set(false);
                    fail(title, e);
                });
            }
        });
    }

    /**
     * Runs a short write to the library (a star, a note, a tag) on the work executor, without a
     * progress line, then hands its result to {@code done} on the UI thread; a failure is shown as
     * one sentence about {@code what}. The UI thread never waits for the database.
     */
    public <T> void write(String what, Job<T> job, Consumer<T> done) {
        Runnable write = () -> {
            try {
                T result = job.run(dev.gleaner.app.usecase.Progress.NONE);
                background.ui().execute(() -> done.accept(result));
            } catch (Exception | LinkageError e) {
                background.ui().execute(() -> fail(what, e));
            }
        };
        synchronized (writes) {
            writes.add(write);
            if (writing) {
                return; // the writer running now takes it next, so writes keep the user's order
            }
            writing = true;
        }
        background.work().execute(this::writeAll);
    }

    // Writes run one after another, in the order the user made them (star, then unstar).
    private final java.util.ArrayDeque<Runnable> writes = new java.util.ArrayDeque<>();
    private boolean writing; // guarded by writes

    private void writeAll() {
        while (true) {
            Runnable next;
            synchronized (writes) {
                next = writes.poll();
                if (next == null) {
                    writing = false;
                    writes.notifyAll();
                    return;
                }
            }
            next.run();
        }
    }

    /**
     * Waits until every write handed to {@link #write} is stored, at most {@code timeout}; for a
     * window that closes. {@return whether they all were}
     */
    public boolean awaitWrites(java.time.Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        synchronized (writes) {
            while (writing) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    writes.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Shows a failure as one sentence; the details go to the log. */
    public void fail(String what, Throwable e) {
        String sentence = e instanceof GleanerException g ? g.getMessage() : messages.get("error.unexpected", what);
        Logs.warning(what + ": " + sentence, e);
        error.set(sentence);
        message.set("");
    }

    /**
     * Shows a sentence about something the user must act on, in the error's place (nothing failed
     * inside Gleaner, so nothing is logged); news that something worked goes to {@link #note}.
     */
    public void tell(String sentence) {
        error.set(sentence);
    }

    /** Shows news that something worked (or a neutral remark) on the plain status line, not as an error. */
    public void note(String sentence) {
        message.set(sentence);
    }

    /** Asks the running job to stop at its next check. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Clears the error sentence. */
    public void dismissError() {
        error.set("");
    }

    /** {@return the current status line} */
    public ReadOnlyStringProperty message() {
        return message;
    }

    /** {@return the last error as a sentence, empty when none} */
    public ReadOnlyStringProperty error() {
        return error;
    }

    /** {@return the progress, -1 when unknown} */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /** {@return whether a job is running} */
    public ReadOnlyBooleanProperty running() {
        return running;
    }
}
