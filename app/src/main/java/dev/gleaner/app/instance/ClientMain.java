package dev.gleaner.app.instance;

import java.util.OptionalInt;

/**
 * The entry point the launcher starts when a Gleaner is running on the workspace: it forwards the
 * command line and exits with the command's status, on a class path of two jars (this module and
 * core) instead of every library, so it starts in a fraction of a full start.
 *
 * <p>When nothing answers (a socket left by a Gleaner that is gone, or a command that runs in its own
 * process), it exits with {@link #NOT_FORWARDED} and prints nothing, and the launcher starts the full
 * Gleaner with the same arguments. No Gleaner command exits with that status.
 */
public final class ClientMain {
    /** The status that tells the launcher to run the command itself ({@code EX_TEMPFAIL}). */
    public static final int NOT_FORWARDED = 75;

    private ClientMain() {}

    /** Forwards {@code args}; exits with the command's status, or {@link #NOT_FORWARDED}. */
    public static void main(String[] args) {
        OptionalInt status = InstanceClient.forward(args, System.getenv(), System.in, System.out, System.err);
        System.out.flush();
        System.exit(status.isPresent() ? status.getAsInt() : NOT_FORWARDED);
    }
}
