package dev.gleaner.app.cli;

import dev.gleaner.app.Logs;
import dev.gleaner.app.Services;
import dev.gleaner.app.Version;
import dev.gleaner.app.instance.InstanceServer;
import dev.gleaner.app.ui.DesktopLauncher;
import dev.gleaner.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** {@code gleaner}: without a command it opens the desktop window. */
@Command(
        name = "gleaner",
        mixinStandardHelpOptions = true,
        versionProvider = GleanerCommand.VersionProvider.class,
        sortOptions = false,
        description = {
            "Collect technical articles from feeds, pages and notes, search them in Korean and English,",
            "and publish a weekly digest as a Hugo post. Without a command, opens the desktop window."
        },
        footer = {
            "",
            "Workspace: --workspace DIR, else $GLEANER_HOME, else the platform data folder (~/.local/share/gleaner)."
        })
// The commands are added by Cli, only the one a command line runs when it names one: see Commands.
public final class GleanerCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private Services services;
    private boolean windowOpen;
    /** Set when this command line was forwarded: the running Gleaner's services, which it must not close. */
    private boolean borrowed;
    /** The folder relative paths are read against; null for this process's own. */
    private Path cwd;

    private java.io.InputStream stdin = System.in;

    @Option(
            names = {"-w", "--workspace"},
            paramLabel = "DIR",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The workspace folder (library.db, index/, logs/).")
    Path workspace;

    @Option(
            names = "--snapshot",
            paramLabel = "DIR",
            description = "Development aid: render the window headless to DIR/*.png (1280x800) and exit.")
    Path snapshot;

    GleanerCommand(Map<String, String> env) {
        this.env = env;
    }

    /** A command line forwarded from another process, run on this process's open services. */
    static GleanerCommand borrowing(Services services, Path cwd, java.io.InputStream stdin) {
        GleanerCommand c = new GleanerCommand(Map.of());
        c.services = services;
        c.borrowed = true;
        c.cwd = cwd;
        c.stdin = stdin;
        return c;
    }

    /** {@return {@code name} as a path, relative ones read against the folder the command was started in} */
    Path path(String name) {
        return cwd == null ? Path.of(name).toAbsolutePath() : cwd.resolve(name);
    }

    /** {@return the command's standard input} */
    java.io.InputStream stdin() {
        return stdin;
    }

    /** {@return the workspace folder this run uses} */
    Path workspaceDir() {
        if (workspace != null) {
            return workspace;
        }
        return Workspace.defaultLocation(env, System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** {@return the services on the workspace, opened on first use} */
    Services services() {
        if (services == null) {
            services = Services.open(workspaceDir());
            Logs.toFolder(services.workspace().logsDir());
        }
        return services;
    }

    boolean windowOpen() {
        return windowOpen;
    }

    void closeServices() {
        if (services != null && !borrowed) {
            services.close();
            services = null;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (snapshot != null) {
            for (Path file : DesktopLauncher.snapshot(services(), snapshot.toAbsolutePath())) {
                System.out.println(file);
            }
            return 0;
        }
        return openWindow();
    }

    /**
     * Opens the desktop window on the workspace: the JavaFX toolkit starts while the workspace
     * opens, then the window is built on the toolkit's thread.
     *
     * @return {@link Cli#KEEP_RUNNING}
     */
    int openWindow() {
        dev.gleaner.app.StartupTrace.mark("command line read");
        requireDisplay(env);
        java.util.concurrent.CompletableFuture<Void> toolkit = DesktopLauncher.startToolkit();
        Services s = services();
        dev.gleaner.app.StartupTrace.mark("workspace open");
        windowOpen = true;
        // Commands started while the window is open are answered here, from the warm index.
        java.util.Optional<InstanceServer> server =
                InstanceServer.start(s.workspace().root(), forwardedTo(s), DesktopLauncher::activate);
        DesktopLauncher.open(s, toolkit, () -> {
            server.ifPresent(InstanceServer::close);
            s.close();
            System.exit(0);
        });
        return Cli.KEEP_RUNNING;
    }

    /**
     * {@return how forwarded command lines run on the services {@code s}; the window reloads its list
     * after one that changed the library}
     */
    static InstanceServer.Runner forwardedTo(Services s) {
        return (args, dir, in, out, err) -> {
            long before = s.library().changeSequence();
            var searchesBefore = s.library().savedSearches();
            var feedsBefore = s.library().feeds().feeds();
            try {
                return Cli.runForwarded(s, args, dir, in, out, err);
            } finally {
                // A saved search or a feed's folder changes the sidebar without changing an article.
                if (s.library().changeSequence() != before
                        || !s.library().savedSearches().equals(searchesBefore)
                        || !s.library().feeds().feeds().equals(feedsBefore)) {
                    DesktopLauncher.libraryChanged();
                }
            }
        };
    }

    /** Refuses, with a sentence instead of a toolkit trace, to open a window where there is no display. */
    static void requireDisplay(Map<String, String> env) {
        boolean linux = System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("linux");
        boolean headless = "Headless".equalsIgnoreCase(System.getProperty("glass.platform"));
        if (linux && !headless && isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            throw new dev.gleaner.core.GleanerException(
                    "Gleaner cannot open its window: there is no display (DISPLAY is not set). Start it in a desktop session, or use a command: gleaner --help");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Prints Gleaner's version. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Gleaner " + Version.current(), "Java " + Runtime.version()};
        }
    }
}
