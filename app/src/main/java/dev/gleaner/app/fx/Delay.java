package dev.gleaner.app.fx;

import java.time.Duration;

/** Runs a task later on the UI thread; the window uses a timer, tests run pending tasks by hand. */
@FunctionalInterface
public interface Delay {
    /**
     * Schedules {@code task} after {@code delay}.
     *
     * @return an action that cancels the task when it has not run yet
     */
    Runnable schedule(Runnable task, Duration delay);

    /** {@return a delay on a JavaFX timeline (UI thread)} */
    static Delay fx() {
        return (task, delay) -> {
            var pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> task.run());
            pause.play();
            return pause::stop;
        };
    }
}
