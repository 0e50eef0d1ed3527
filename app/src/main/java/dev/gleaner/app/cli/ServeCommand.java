package dev.gleaner.app.cli;

import dev.gleaner.app.Services;
import dev.gleaner.app.instance.InstanceServer;
import dev.gleaner.core.GleanerException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gleaner serve}: keeps the workspace open without a window, so that commands from other
 * terminals, scripts and editors are answered from the warm index.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Keep the workspace open without a window: gleaner commands started meanwhile are",
            "answered by this process, from its warm search index. Stop it with Ctrl+C."
        })
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Services s = root.services();
        InstanceServer server = InstanceServer.start(s.workspace().root(), GleanerCommand.forwardedTo(s), null)
                .orElseThrow(() -> new GleanerException("Gleaner cannot listen for commands in "
                        + s.workspace().root() + " (see the log): commands can only run one at a time there."));
        s.searchIndex(); // opened now, so that the first forwarded search is as fast as the next
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("gleaner-serve-stop").unstarted(() -> {
                    server.close();
                    root.closeServices();
                    stopped.countDown();
                }));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Gleaner serves %s: commands started meanwhile are answered here. Stop with Ctrl+C.%n",
                s.workspace().root());
        out.flush();
        stopped.await();
        return 0;
    }
}
