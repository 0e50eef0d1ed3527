package dev.gleaner.app.cli;

import dev.gleaner.index.RepairResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner reindex}. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the library, showing progress.")
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RepairResult result = root.services().reindex((done, total) -> {
            err.printf("indexed %d of %d%n", done, total);
            err.flush();
        });
        out.println(result.describe());
        return 0;
    }
}
