package dev.gleaner.ingest.html.internal;

import dev.gleaner.ingest.IngestException;

/**
 * A time budget that long-running loops check, so a pathological page fails fast. It counts the
 * CPU time of the extracting thread where the JVM measures it, so that a busy machine does not make
 * ordinary pages fail; wall time otherwise.
 */
public final class Deadline {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME =
            THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final long endNanos;
    private final String input;
    private int calls;

    /** Creates a deadline {@code millis} from now for the named input. */
    public Deadline(long millis, String input) {
        this.endNanos = now() + millis * 1_000_000L;
        this.input = input;
    }

    /** Throws when the budget is spent; cheap enough to call per element. */
    public void check() {
        if ((++calls & 0xff) == 0 && (now() > endNanos || Thread.currentThread().isInterrupted())) {
            throw new IngestException("Extracting " + input + " took too long: the page is too large or malformed");
        }
    }

    /** Throws when the budget is spent, looking at the clock every time; for checks between costly steps. */
    public void checkNow() {
        if (now() > endNanos || Thread.currentThread().isInterrupted()) {
            throw new IngestException("Extracting " + input + " took too long: the page is too large or malformed");
        }
    }

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
