package dev.gleaner.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a {@code gleaner} command run in this JVM, as from a terminal, returned and printed. */
public record CliRun(int status, String out, String err) {
    /** Runs {@code gleaner --workspace WORKSPACE ARGS...}. */
    public static CliRun run(Path workspace, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(Map.of()).run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}
