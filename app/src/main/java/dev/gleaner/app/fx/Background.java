package dev.gleaner.app.fx;

import java.util.concurrent.Executor;

/**
 * Where ViewModels run work: {@code work} off the UI thread, {@code ui} back on it. The window uses
 * named virtual threads and {@code Platform.runLater}; tests use the calling thread for both.
 *
 * @param work runs slow work (library queries, imports) away from the UI thread
 * @param ui runs results on the UI thread
 */
public record Background(Executor work, Executor ui) {
    public Background {
        java.util.Objects.requireNonNull(work, "work");
        java.util.Objects.requireNonNull(ui, "ui");
    }

    /** {@return executors that run everything on the calling thread, for tests} */
    public static Background sameThread() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** {@return executors for the window: one named virtual thread per task, results on the FX thread} */
    public static Background forWindow() {
        var factory = Thread.ofVirtual().name("gleaner-ui-task-", 0).factory();
        return new Background(r -> factory.newThread(r).start(), javafx.application.Platform::runLater);
    }
}
