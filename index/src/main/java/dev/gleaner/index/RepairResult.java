package dev.gleaner.index;

/** What bringing the index up to date with the library did. */
public sealed interface RepairResult {

    /** {@return one line saying what happened, for the user} */
    String describe();

    /** The index already reflected the library. */
    record UpToDate(long sequence) implements RepairResult {
        @Override
        public String describe() {
            return "The index is up to date (library change " + sequence + ").";
        }
    }

    /** Changes since the indexed sequence were applied. */
    record CaughtUp(long fromSequence, long toSequence, int updated, int deleted) implements RepairResult {
        public CaughtUp {
            if (toSequence < fromSequence || updated < 0 || deleted < 0) {
                throw new IllegalArgumentException("bad catch-up: " + fromSequence + ".." + toSequence);
            }
        }

        @Override
        public String describe() {
            return "Caught up from library change " + fromSequence + " to " + toSequence + ": " + updated
                    + " article(s) indexed, " + deleted + " removed.";
        }
    }

    /** The index was rebuilt from the whole library. */
    record Rebuilt(String reason, int articles, long sequence) implements RepairResult {
        public Rebuilt {
            if (reason == null || reason.isBlank() || articles < 0) {
                throw new IllegalArgumentException("a rebuild needs a reason and a count");
            }
        }

        @Override
        public String describe() {
            return "Rebuilt the index (" + reason + "): " + articles + " article(s), library change " + sequence + ".";
        }
    }
}
