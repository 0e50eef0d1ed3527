package dev.gleaner.index;

/** Receives progress while the index is rebuilt from the library. */
@FunctionalInterface
public interface RebuildProgress {
    /** A progress callback that ignores everything. */
    RebuildProgress NONE = (done, total) -> {};

    /** Called after each batch with the articles indexed so far and the library's total. */
    void indexed(int done, int total);
}
