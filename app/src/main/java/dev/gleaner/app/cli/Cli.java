package dev.gleaner.app.cli;

import dev.gleaner.app.Logs;
import dev.gleaner.core.GleanerException;
import dev.gleaner.core.StorageFault;
import java.io.PrintWriter;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Runs the {@code gleaner} command line: parses, runs one command, maps outcomes to exit codes (0
 * ok, 1 the user's input was wrong, 2 usage, 3 internal error) and keeps stack traces in the log.
 */
public final class Cli {
    /** The status {@link #run} returns when the desktop window is open and the process must live on. */
    public static final int KEEP_RUNNING = -1;

    /** Exit status: the user's input was wrong; one line said what to do. */
    public static final int USER_ERROR = 1;

    /** Exit status: the command line itself was wrong. */
    public static final int USAGE = 2;

    /** Exit status: a bug; the trace is in the log. */
    public static final int INTERNAL_ERROR = 3;

    private final Map<String, String> env;

    /** Creates a command line that reads {@code GLEANER_HOME} and the XDG variables from {@code env}. */
    public Cli(Map<String, String> env) {
        this.env = env;
    }

    /** Runs one command line and returns its exit status. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        Logs.quietTerminal();
        GleanerCommand root = new GleanerCommand(env);
        java.util.Optional<WindowArgs> windowOnly = WindowArgs.parse(args);
        if (windowOnly.isPresent()) {
            // Just the window: skip building the whole command model, which costs start-up time.
            root.workspace = windowOnly.get().workspace().orElse(null);
            try {
                return root.openWindow();
            } catch (Exception e) {
                return failed(e, args, err);
            } finally {
                if (!root.windowOpen()) {
                    root.closeServices();
                }
                err.flush();
            }
        }
        if (Commands.named(args).filter(Commands::searches).isPresent()) {
            // Nori's dictionaries load on another core while the command line is read and the library opens.
            dev.gleaner.index.SearchIndex.preloadDictionaries(indexDir(args));
        }
        if (Commands.named(args).filter(Commands::readsIndex).isPresent()) {
            // The index opens for reading on another core too; taken once the workspace is locked.
            java.nio.file.Path index = indexDir(args);
            if (index != null) {
                java.nio.file.Path ws = index.toAbsolutePath().normalize().getParent();
                dev.gleaner.index.SearchIndex.preopen(
                        ws.resolve("index"), ws.resolve(dev.gleaner.index.SearchIndex.USER_SYNONYMS_FILE));
            }
        }
        // A plain search runs without picocli's model (see DirectSearch); anything else is picocli's.
        java.util.Optional<DirectSearch.Parsed> direct = DirectSearch.parse(args);
        CommandLine cl = direct.isPresent() ? null : commandLine(root, args, out, err);
        dev.gleaner.app.StartupTrace.mark("command line read");
        int status = USER_ERROR;
        try {
            status = cl != null ? cl.execute(args) : runDirect(root, direct.get(), args, out, err);
        } finally {
            if (status != KEEP_RUNNING && !root.windowOpen()) {
                status = close(root, status, args, err);
                // A command that ended before it needed the dictionaries (a refused name, a bad
                // option) lets their first decoded copy finish being written into the index folder.
                dev.gleaner.index.SearchIndex.awaitPreloaded(java.time.Duration.ofSeconds(10));
            }
            out.flush();
            err.flush();
        }
        return status;
    }

    /** Runs a plain search as picocli runs a command: what goes wrong is said as {@link #failed} says it. */
    private static int runDirect(
            GleanerCommand root, DirectSearch.Parsed search, String[] args, PrintWriter out, PrintWriter err) {
        try {
            return DirectSearch.run(root, search, out);
        } catch (Exception e) {
            return failed(e, args, err);
        }
    }

    /**
     * {@return the index folder of the workspace {@code args} name (else the default one), which
     * keeps a decoded copy of a part of the dictionaries; null when the name is not a path}
     */
    private java.nio.file.Path indexDir(String[] args) {
        try {
            java.nio.file.Path ws = Commands.workspace(args)
                    .map(java.nio.file.Path::of)
                    .orElseGet(() -> dev.gleaner.core.workspace.Workspace.defaultLocation(
                            env,
                            System.getProperty("os.name"),
                            java.nio.file.Path.of(System.getProperty("user.home"))));
            return ws.resolve("index");
        } catch (RuntimeException e) {
            return null; // picocli says what is wrong with it
        }
    }

    /**
     * Closes the workspace after a command. Closing writes (the library's journal, the index), so on
     * a full disk it can fail too: said in one line unless the command already failed and said why.
     */
    private static int close(GleanerCommand root, int status, String[] args, PrintWriter err) {
        try {
            root.closeServices();
            return status;
        } catch (RuntimeException e) {
            if (status != 0) {
                Logs.warning("gleaner " + String.join(" ", args) + ": closing the workspace failed too", e);
                return status;
            }
            return failed(e, args, err);
        }
    }

    /**
     * Runs a command line forwarded from another process on this process's open services (the
     * window's or {@code gleaner serve}'s): paths are read against the folder it was started in, and
     * standard input is what it sent.
     */
    public static int runForwarded(
            dev.gleaner.app.Services services,
            String[] args,
            java.nio.file.Path cwd,
            java.io.InputStream stdin,
            PrintWriter out,
            PrintWriter err) {
        GleanerCommand root = GleanerCommand.borrowing(services, cwd, stdin);
        CommandLine cl = commandLine(root, args, out, err);
        cl.registerConverter(java.nio.file.Path.class, s -> cwd.resolve(s));
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(GleanerCommand root, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(root);
        java.util.Optional<Commands.Entry> named = Commands.named(args);
        for (Commands.Entry command : Commands.ALL) {
            if (named.isEmpty() || named.get().equals(command)) {
                cl.addSubcommand(command.name(), command.type());
            }
        }
        if (named.isEmpty()) {
            // Hidden: prints the bash completion script (zsh loads it through bashcompinit); the package installs it.
            cl.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
            cl.getSubcommands()
                    .get("generate-completion")
                    .getCommandSpec()
                    .usageMessage()
                    .hidden(true);
        }
        CommandLine search = cl.getSubcommands().get("search");
        if (search != null) {
            // A search for "-kafka" (all but kafka) is a query, not an unknown option.
            search.setUnmatchedOptionsArePositionalParams(true);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("gleaner: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run 'gleaner "
                    + (e.getCommandLine() == cl ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for usage.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, args, err));
        return cl;
    }

    /** Says in one line what went wrong (the trace goes to the log) and returns the exit status. */
    private static int failed(Exception e, String[] args, PrintWriter err) {
        if (e instanceof GleanerException g) {
            Logs.warning("gleaner " + String.join(" ", args) + ": " + g.getMessage(), g);
            err.println("gleaner: " + g.getMessage());
            return USER_ERROR;
        }
        java.util.Optional<StorageFault> fault = StorageFault.of(e);
        if (fault.isPresent()) {
            // A full or read-only disk is the user's to fix, not a bug: one sentence, the trace in the log.
            Logs.warning(
                    "gleaner " + String.join(" ", args) + ": " + fault.get().what(), e);
            err.println("gleaner: " + fault.get().sentence(target(e)));
            return USER_ERROR;
        }
        String where = Logs.error("gleaner " + String.join(" ", args) + " failed", e);
        err.println("gleaner: internal error: " + e + (where == null ? "" : " (details in " + where + ")"));
        return INTERNAL_ERROR;
    }

    /** {@return the file an IO failure names, else "the workspace"} */
    private static String target(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
                return fs.getFile();
            }
        }
        return "the workspace";
    }
}
