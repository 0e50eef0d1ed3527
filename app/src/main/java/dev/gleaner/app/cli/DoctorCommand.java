package dev.gleaner.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner doctor}. */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description =
                "Check that the library is sound and the search index agrees with it; repair the index when it does not.")
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var services = root.services();
        var library = services.library();
        out.println("workspace: " + services.workspace().root());
        List<String> problems = library.check();
        int articles = library.count(dev.gleaner.core.model.ArticleQuery.all(0));
        if (problems.isEmpty()) {
            out.printf("library: ok (%d articles, change sequence %d)%n", articles, library.changeSequence());
        } else {
            out.println("library: " + problems.size() + " problem(s); restore library.db from a backup:");
            problems.forEach(p -> out.println("  " + p));
        }
        for (String line : services.checkIndex()) {
            out.println(line);
        }
        return problems.isEmpty() ? 0 : Cli.USER_ERROR;
    }
}
