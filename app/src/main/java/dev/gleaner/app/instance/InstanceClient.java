package dev.gleaner.app.instance;

import dev.gleaner.core.workspace.Workspace;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The command side: when a Gleaner already runs on the workspace, a command is forwarded to it and
 * its output and exit status are the running Gleaner's. Without one, nothing happens and the
 * command runs in this process as usual.
 */
public final class InstanceClient {
    /** The arguments that ask the running Gleaner to bring its window to the front. */
    static final String ACTIVATE = "\u0000activate";

    /** Commands that never touch the workspace, or that must own it, run in this process. */
    private static final Set<String> LOCAL = Set.of("extract", "generate-completion", "serve", "help");

    private InstanceClient() {}

    /**
     * Forwards {@code args} to the Gleaner running on their workspace, if there is one.
     *
     * @return the command's exit status, or empty when no Gleaner runs there (run it here)
     */
    public static OptionalInt forward(
            String[] args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err) {
        List<String> forwarded = forwardable(args);
        if (forwarded == null) {
            return OptionalInt.empty();
        }
        Path workspace;
        try {
            workspace = workspaceOf(args, env);
        } catch (RuntimeException e) {
            return OptionalInt.empty(); // the parser says what is wrong with the option
        }
        Path socket = InstanceAddress.socketOf(workspace);
        if (!Files.exists(socket)) {
            return OptionalInt.empty();
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        try (channel) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                return OptionalInt.empty(); // left by a Gleaner that is gone: this process takes over
            }
            DataOutputStream request =
                    new DataOutputStream(new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 14));
            Frames.writeRequest(
                    request,
                    new Frames.Request(Path.of("").toAbsolutePath().toString(), forwarded, stdinFor(forwarded, stdin)));
            DataInputStream answer =
                    new DataInputStream(new java.io.BufferedInputStream(Channels.newInputStream(channel), 1 << 14));
            while (true) {
                int kind = Frames.readKind(answer);
                if (kind == Frames.EXIT) {
                    out.flush();
                    err.flush();
                    return OptionalInt.of(answer.readInt());
                }
                if (kind == Frames.OUT || kind == Frames.ERR) {
                    OutputStream to = kind == Frames.OUT ? out : err;
                    to.write(Frames.readPayload(answer));
                    to.flush();
                    continue;
                }
                err.println("gleaner: the running Gleaner on " + workspace
                        + " stopped before the command finished; run it again.");
                return OptionalInt.of(3);
            }
        } catch (IOException e) {
            err.println("gleaner: lost the connection to the running Gleaner on " + workspace + " (" + e.getMessage()
                    + "); run the command again.");
            return OptionalInt.of(3);
        }
    }

    /**
     * {@return the arguments to send, or null when this command line runs here: it names no command
     * that uses the workspace (help, version), or one that never touches it}
     */
    static List<String> forwardable(String[] args) {
        String command = null;
        boolean windowOnly = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-w") || a.equals("--workspace")) {
                i++;
                continue;
            }
            if (a.startsWith("--workspace=") || (a.startsWith("-w") && a.length() > 2 && !a.startsWith("--"))) {
                continue;
            }
            windowOnly = false;
            if (!a.startsWith("-")) {
                command = a;
                break;
            }
            return null; // --help, --version, --snapshot and the like: this process answers
        }
        if (windowOnly) {
            return List.of(ACTIVATE);
        }
        if (command == null || LOCAL.contains(command)) {
            return null;
        }
        return List.of(args);
    }

    /** {@return the workspace folder the arguments name, else the one the environment gives} */
    static Path workspaceOf(String[] args, Map<String, String> env) {
        String dir = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if ((a.equals("-w") || a.equals("--workspace")) && i + 1 < args.length) {
                dir = args[++i];
            } else if (a.startsWith("--workspace=")) {
                dir = a.substring("--workspace=".length());
            } else if (a.startsWith("-w") && a.length() > 2 && !a.startsWith("--")) {
                dir = a.substring(2);
            }
        }
        if (dir != null) {
            return Path.of(dir).toAbsolutePath().normalize();
        }
        return Workspace.defaultLocation(env, System.getProperty("os.name"), Path.of(System.getProperty("user.home")))
                .toAbsolutePath()
                .normalize();
    }

    /** Standard input travels only to a command that reads it: one with {@code -} as an argument. */
    private static byte[] stdinFor(List<String> args, InputStream stdin) throws IOException {
        if (!args.contains("-")) {
            return new byte[0];
        }
        byte[] all = stdin.readNBytes(Frames.MAX_STDIN + 1);
        if (all.length > Frames.MAX_STDIN) {
            throw new IOException("standard input is larger than " + (Frames.MAX_STDIN >> 20) + " MB");
        }
        return all;
    }
}
