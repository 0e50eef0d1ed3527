package dev.gleaner.app;

import dev.gleaner.app.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code gleaner} entry point: the desktop window without arguments, else a command. */
public final class Main {
    private Main() {}

    /** Runs Gleaner and exits with the command's status. */
    public static void main(String[] args) {
        StartupTrace.mark("main");
        // A Gleaner already running on the workspace answers the command, from its warm index.
        java.util.OptionalInt forwarded = dev.gleaner.app.instance.InstanceClient.forward(
                args, System.getenv(), System.in, System.out, System.err);
        if (forwarded.isPresent()) {
            System.exit(forwarded.getAsInt());
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = new Cli(System.getenv()).run(args, out, err);
        out.flush();
        err.flush();
        if (status != Cli.KEEP_RUNNING) {
            System.exit(status);
        }
    }
}
