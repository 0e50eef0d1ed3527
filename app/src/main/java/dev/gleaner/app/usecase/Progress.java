package dev.gleaner.app.usecase;

/**
 * How a long action reports how far it got and learns that the user wants it stopped. The window
 * passes its status bar; the command line passes {@link #NONE}.
 */
public interface Progress {
    /** Nobody watches and nobody cancels. */
    Progress NONE = uncancellable((done, total) -> {});

    /** What a watcher does with each update. */
    @FunctionalInterface
    interface Updates {
        /** Takes {@code done} of {@code total} steps. */
        void update(long done, long total);
    }

    /** {@return a progress nobody can cancel (a command ends with Ctrl+C) that hands each update on} */
    static Progress uncancellable(Updates updates) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                updates.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public boolean cancellable() {
                return false;
            }
        };
    }

    /** Reports {@code done} of {@code total} steps. */
    void update(long done, long total);

    /** {@return whether the user asked to stop; an action checks it between steps and stops early} */
    boolean cancelled();

    /**
     * {@return whether {@link #cancelled()} can ever become true}; an action that nobody can cancel
     * may do all its steps at once instead of in cancellable slices
     */
    default boolean cancellable() {
        return true;
    }
}
