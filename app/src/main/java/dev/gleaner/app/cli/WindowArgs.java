package dev.gleaner.app.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A command line that only opens the window: no arguments, or only the workspace option.
 *
 * @param workspace the workspace given, or empty for the default one
 */
record WindowArgs(Optional<Path> workspace) {
    WindowArgs {
        Objects.requireNonNull(workspace, "workspace");
    }

    /** {@return the window-only reading of {@code args}, or empty when they ask for more (the full parser runs)} */
    static Optional<WindowArgs> parse(String[] args) {
        if (args.length == 0) {
            return Optional.of(new WindowArgs(Optional.empty()));
        }
        String dir = null;
        if (args.length == 2 && (args[0].equals("--workspace") || args[0].equals("-w"))) {
            dir = args[1];
        } else if (args.length == 1 && args[0].startsWith("--workspace=")) {
            dir = args[0].substring("--workspace=".length());
        }
        if (dir == null || dir.isBlank() || dir.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowArgs(Optional.of(Path.of(dir))));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty(); // the full parser says what is wrong with it
        }
    }
}
