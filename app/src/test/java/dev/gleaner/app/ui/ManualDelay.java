package dev.gleaner.app.ui;

import dev.gleaner.app.fx.Delay;
import java.util.ArrayList;
import java.util.List;

/** A {@link Delay} whose tasks run when the test says so, as if the time had passed. */
public final class ManualDelay implements Delay {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public Runnable schedule(Runnable task, java.time.Duration delay) {
        pending.add(task);
        return () -> pending.remove(task);
    }

    /** Runs every task still scheduled. */
    public void elapse() {
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    /** {@return how many tasks wait} */
    public int pending() {
        return pending.size();
    }
}
