package dev.gleaner.it;

import dev.gleaner.app.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code gleaner} command line in this JVM against a workspace, capturing what it prints.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int status, String out, String err) {
    static CliRun run(Path workspace, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(Map.of()).run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }

    static Path corpus() {
        return Path.of(System.getProperty("gleaner.corpus", "../../shared/corpus"));
    }

    static Path seeds() {
        return corpus().resolveSibling("seeds");
    }
}
