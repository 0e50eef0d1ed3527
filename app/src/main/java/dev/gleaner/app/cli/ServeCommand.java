package dev.gleaner.app.cli;

import dev.gleaner.app.Services;
import dev.gleaner.app.api.HttpApi;
import dev.gleaner.app.instance.InstanceServer;
import dev.gleaner.core.GleanerException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
            "answered by this process, from its warm search index. Stop it with Ctrl+C.",
            "--http also answers read-only JSON requests on 127.0.0.1 (see README: HTTP API)."
        })
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--http",
            description = "Also serve the read-only JSON API on 127.0.0.1, for requests that carry the token in"
                    + " the workspace's api-token file.")
    boolean http;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "The HTTP API's port (default: " + HttpApi.DEFAULT_PORT + "; 0 picks a free one).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && !http) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port goes with --http");
        }
        Services s = root.services();
        // Started first: a port in use stops the command before anything else listens.
        HttpApi api = http
                ? HttpApi.start(
                        s.workspace().root(),
                        port == null ? HttpApi.DEFAULT_PORT : port,
                        (args, out, err) -> Cli.runForwarded(
                                s, args, s.workspace().root(), java.io.InputStream.nullInputStream(), out, err))
                : null;
        InstanceServer server = InstanceServer.start(s.workspace().root(), GleanerCommand.forwardedTo(s), null)
                .orElseThrow(() -> {
                    if (api != null) {
                        api.close();
                    }
                    return new GleanerException("Gleaner cannot listen for commands in "
                            + s.workspace().root() + " (see the log): commands can only run one at a time there.");
                });
        s.searchIndex(); // opened now, so that the first forwarded search is as fast as the next
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("gleaner-serve-stop").unstarted(() -> {
                    server.close();
                    if (api != null) {
                        api.close();
                    }
                    root.closeServices();
                    stopped.countDown();
                }));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Gleaner serves %s: commands started meanwhile are answered here. Stop with Ctrl+C.%n",
                s.workspace().root());
        if (api != null) {
            out.printf(
                    "HTTP API (read-only JSON) at %s; send the token in %s as 'Authorization: Bearer TOKEN'.%n",
                    api.address(), api.tokenFile());
        }
        out.flush();
        stopped.await();
        return 0;
    }
}
