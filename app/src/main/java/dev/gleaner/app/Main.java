package dev.gleaner.app;

/** The `gleaner` entry point. */
public final class Main {
    private Main() {}

    /** Runs Gleaner. */
    public static void main(String[] args) {
        System.exit(0);
    }
}
