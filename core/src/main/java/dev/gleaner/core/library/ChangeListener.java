package dev.gleaner.core.library;

/**
 * Told that the library committed a change that advanced its change sequence, so that what derives
 * from the library (the search index) can follow it.
 */
@FunctionalInterface
public interface ChangeListener {
    /**
     * Called on the thread that wrote, right after its transaction committed. It must return quickly
     * and must not write to the library: hand the work to a thread of its own.
     *
     * @param sequence the library's change sequence after the commit
     */
    void changed(long sequence);
}
