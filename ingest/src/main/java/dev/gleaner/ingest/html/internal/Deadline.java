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
    private long lastCheck = System.nanoTime();

    private final boolean cpu;

    /** Creates a deadline {@code millis} from now for the named input, in CPU time of the calling thread where measured. */
    public Deadline(long millis, String input) {
        // A virtual thread has no CPU time (-1): wall time it is.
        this.cpu = CPU_TIME && THREADS.getCurrentThreadCpuTime() >= 0;
        this.endNanos = now() + millis * 1_000_000L;
        this.input = input;
    }

    /**
     * Throws when the budget is spent; cheap enough to call per element. It looks at the wall clock
     * every few calls and at the thread's CPU time once a millisecond of wall time has passed, so
     * even a loop whose every step is costly stops soon after the budget.
     */
    public void check() {
        if ((++calls & 0x3) == 0) {
            long wall = System.nanoTime();
            if (wall - lastCheck >= 1_000_000) {
                lastCheck = wall;
                checkNow();
            }
        }
    }

    /** Throws when the budget is spent, looking at the clock every time; for checks between costly steps. */
    public void checkNow() {
        if (now() > endNanos || Thread.currentThread().isInterrupted()) {
            throw new IngestException("Extracting " + input + " took too long: the page is too large or malformed");
        }
    }

    /** {@return a reader of {@code text} that checks this deadline at every read, so a parser reading it stops in time} */
    public java.io.Reader guard(String text) {
        return new java.io.FilterReader(new java.io.StringReader(text)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                checkNow();
                return super.read(buffer, offset, length);
            }

            @Override
            public int read() throws java.io.IOException {
                check();
                return super.read();
            }
        };
    }

    private long now() {
        return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
