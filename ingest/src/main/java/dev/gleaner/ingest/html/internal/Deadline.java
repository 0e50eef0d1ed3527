package dev.gleaner.ingest.html.internal;

import dev.gleaner.ingest.IngestException;

/** A time budget that long-running loops check, so a pathological page fails fast. */
public final class Deadline {
    private final long endNanos;
    private final String input;
    private int calls;

    /** Creates a deadline {@code millis} from now for the named input. */
    public Deadline(long millis, String input) {
        this.endNanos = System.nanoTime() + millis * 1_000_000L;
        this.input = input;
    }

    /** Throws when the budget is spent; cheap enough to call per element. */
    public void check() {
        if ((++calls & 0xff) == 0
                && (System.nanoTime() > endNanos || Thread.currentThread().isInterrupted())) {
            throw new IngestException("Extracting " + input + " took too long: the page is too large or malformed");
        }
    }
}
