package dev.gleaner.index;

import dev.gleaner.core.library.ChangeListener;
import dev.gleaner.core.library.Library;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps a search index caught up with the library without anyone asking: it listens to the
 * library's commits and catches the index up on one background thread ({@value #THREAD_NAME}).
 *
 * <p>A burst of changes is coalesced into one catch-up: it runs once the library has been quiet
 * for {@code quiet}, but never later than {@code maxLag} after the first change it has not yet
 * applied, so that a long import becomes searchable as it goes. Writers never wait for the index.
 * {@link #awaitCaughtUp()} lets a search in the same process see every write that committed before
 * it; {@link #close()} applies what is still pending before it returns, so a command that exits
 * right after writing leaves the index caught up. Thread-safe.
 */
public final class IndexFollower implements AutoCloseable {
    /** The name of the follower's thread. */
    public static final String THREAD_NAME = "gleaner-index-follower";

    /** How long the library stays quiet before a catch-up runs, by default. */
    public static final Duration QUIET = Duration.ofMillis(150);

    /** The longest a committed change waits for the index during a long burst, by default. */
    public static final Duration MAX_LAG = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(IndexFollower.class.getName());

    private final Library library;
    private final Supplier<SearchIndex> index;
    private final long quietNanos;
    private final long maxLagNanos;
    private final ChangeListener listener = this::changed;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition done = lock.newCondition();
    private final Thread thread;

    // Guarded by lock.
    private long published;
    private long indexed;
    private boolean pending;
    private long firstPendingAt;
    private long lastChangeAt;
    private int waiting;
    private int holds;
    private boolean closing;
    private boolean stopped;
    private long rounds;
    private RuntimeException lastFailure;

    private IndexFollower(Library library, Supplier<SearchIndex> index, Duration quiet, Duration maxLag) {
        this.library = Objects.requireNonNull(library, "library");
        this.index = Objects.requireNonNull(index, "index");
        if (quiet.isNegative() || maxLag.isNegative()) {
            throw new IllegalArgumentException(
                    "The index follower's delays cannot be negative: quiet " + quiet + ", maxLag " + maxLag);
        }
        this.quietNanos = quiet.toNanos();
        this.maxLagNanos = maxLag.toNanos();
        this.thread = Thread.ofPlatform().name(THREAD_NAME).daemon().unstarted(this::follow);
    }

    /**
     * Starts following {@code library} with the default {@link #QUIET} and {@link #MAX_LAG}.
     *
     * @param index supplies the index to catch up; called on the follower's thread when the first
     *     change arrives, so an index that is opened lazily is opened there, not by the writer
     */
    public static IndexFollower start(Library library, Supplier<SearchIndex> index) {
        return start(library, index, QUIET, MAX_LAG);
    }

    /** Starts following {@code library} with the given delays; see {@link #start(Library, Supplier)}. */
    public static IndexFollower start(Library library, Supplier<SearchIndex> index, Duration quiet, Duration maxLag) {
        IndexFollower follower = new IndexFollower(library, index, quiet, maxLag);
        library.addChangeListener(follower.listener);
        follower.thread.start();
        return follower;
    }

    /** Called by the library on the writer's thread: notes the change and returns at once. */
    private void changed(long sequence) {
        long now = System.nanoTime();
        lock.lock();
        try {
            published = Math.max(published, sequence);
            if (!pending) {
                pending = true;
                firstPendingAt = now;
            }
            lastChangeAt = now;
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the index reflects every change the library committed before this call; returns at
     * once when it already does (no query, no I/O). Used before a search, so that a search right
     * after a write in the same process finds it.
     *
     * @throws IndexException when catching up failed
     */
    public void awaitCaughtUp() {
        lock.lock();
        try {
            long target = published;
            if (indexed >= target || stopped) {
                return;
            }
            long roundsBefore = rounds;
            if (!pending) {
                // Behind with nothing pending: the last catch-up failed, or one is running; ask for another.
                pending = true;
                firstPendingAt = System.nanoTime();
                lastChangeAt = firstPendingAt;
            }
            waiting++;
            work.signal();
            try {
                while (indexed < target && !stopped) {
                    if (rounds > roundsBefore && lastFailure != null) {
                        throw new IndexException(lastFailure.getMessage(), lastFailure);
                    }
                    if (rounds > roundsBefore && !pending) {
                        return; // the index reached all it could; nothing more is coming
                    }
                    done.await();
                }
            } catch (InterruptedException e) {
                // A cancelled search runs on what is indexed so far.
                Thread.currentThread().interrupt();
            } finally {
                waiting--;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds catch-ups back until the returned handle is closed, for a bulk write (an import of many
     * files): indexing then runs in phases of its own, between batches of writes, where indexing while
     * the writes go on costs each document ~60% more CPU (the analysis threads share the cores with
     * the writers and lose their dictionaries from the caches). A search still waits for the index
     * ({@link #awaitCaughtUp} catches up at once), and so does closing. Holds nest.
     */
    public AutoCloseable holdBack() {
        lock.lock();
        try {
            holds++;
        } finally {
            lock.unlock();
        }
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                lock.lock();
                try {
                    holds--;
                    work.signal();
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    /** {@return how many catch-ups the follower has run so far} */
    public long catchUps() {
        lock.lock();
        try {
            return rounds;
        } finally {
            lock.unlock();
        }
    }

    private void follow() {
        while (true) {
            lock.lock();
            try {
                while (!due()) {
                    if (closing && !pending) {
                        stopped = true;
                        done.signalAll();
                        return;
                    }
                    long now = System.nanoTime();
                    if (pending && holds == 0) {
                        long wait = Math.min(lastChangeAt + quietNanos, firstPendingAt + maxLagNanos) - now;
                        work.awaitNanos(Math.max(1, wait));
                    } else {
                        work.await();
                    }
                }
                pending = false;
            } catch (InterruptedException e) {
                stopped = true;
                done.signalAll();
                return;
            } finally {
                lock.unlock();
            }
            catchUpOnce();
        }
    }

    /** {@return whether pending changes should be applied now}; holds the lock */
    private boolean due() {
        if (!pending) {
            return false;
        }
        if (closing || waiting > 0) {
            return true;
        }
        if (holds > 0) {
            return false;
        }
        long now = System.nanoTime();
        return now - lastChangeAt >= quietNanos || now - firstPendingAt >= maxLagNanos;
    }

    private void catchUpOnce() {
        RuntimeException failure = null;
        long reached = -1;
        try {
            SearchIndex target = index.get();
            target.catchUp(library);
            reached = target.indexedSequence();
        } catch (RuntimeException e) {
            failure = e;
            LOG.log(System.Logger.Level.WARNING, "The search index could not catch up with the library", e);
        }
        lock.lock();
        try {
            rounds++;
            lastFailure = failure;
            indexed = Math.max(indexed, reached);
            done.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops following: applies the changes still pending, then ends the follower's thread. The index
     * itself stays open (its owner closes it).
     */
    @Override
    public void close() {
        library.removeChangeListener(listener);
        lock.lock();
        try {
            closing = true;
            work.signal();
        } finally {
            lock.unlock();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
