package dev.gleaner.app.instance;

import dev.gleaner.app.Logs;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The running Gleaner's side: listens on the workspace's socket and runs each forwarded command
 * on its own thread, with the output going back to the command as it is written.
 */
public final class InstanceServer implements AutoCloseable {
    /** Runs one forwarded command line and returns its exit status. */
    @FunctionalInterface
    public interface Runner {
        int run(String[] args, Path cwd, java.io.InputStream stdin, PrintWriter out, PrintWriter err);
    }

    private static final java.util.logging.Logger LOG = Logs.of(InstanceServer.class);

    private final ServerSocketChannel server;
    private final Path socket;
    private final Runner runner;
    private final Runnable activate;
    private final Thread acceptor;

    private InstanceServer(ServerSocketChannel server, Path socket, Runner runner, Runnable activate) {
        this.server = server;
        this.socket = socket;
        this.runner = runner;
        this.activate = activate;
        this.acceptor = Thread.ofPlatform().daemon().name("gleaner-instance").unstarted(this::accept);
    }

    /**
     * Starts listening for the workspace at {@code workspaceDir}, which this process owns (holds its
     * lock), so that a socket file already there is a dead Gleaner's and is replaced.
     *
     * @param activate run when a second start asks for the window; null where there is none
     * @return the server, or empty when this platform or folder cannot have one (commands then
     *     meet the lock, as before)
     */
    public static Optional<InstanceServer> start(Path workspaceDir, Runner runner, Runnable activate) {
        Path socket = InstanceAddress.socketOf(workspaceDir);
        try {
            Path dir = socket.getParent();
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
            Files.deleteIfExists(socket);
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket));
            ownerOnly(socket, "rw-------");
            InstanceServer s = new InstanceServer(channel, socket, runner, activate);
            s.acceptor.start();
            LOG.info("commands are answered at " + socket);
            return Optional.of(s);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(
                    java.util.logging.Level.WARNING,
                    "cannot listen at " + socket + "; commands will find the workspace locked",
                    e);
            return Optional.empty();
        }
    }

    private static void ownerOnly(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's own access rules apply.
        }
    }

    /** {@return the socket this server listens on} */
    public Path socket() {
        return socket;
    }

    private void accept() {
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(java.util.logging.Level.WARNING, "accepting a command failed", e);
                continue;
            }
            Thread.ofPlatform().daemon().name("gleaner-forwarded-command").start(() -> serve(client));
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
            Frames.Request request = Frames.readRequest(in);
            DataOutputStream wire = new DataOutputStream(Channels.newOutputStream(client));
            int status = 3;
            if (request.args().equals(java.util.List.of(InstanceClient.ACTIVATE))) {
                status = activate(wire);
            } else {
                PrintWriter out = writer(wire, Frames.OUT);
                PrintWriter err = writer(wire, Frames.ERR);
                try {
                    status = runner.run(
                            request.args().toArray(String[]::new),
                            Path.of(request.cwd()),
                            new java.io.ByteArrayInputStream(request.stdin()),
                            out,
                            err);
                } catch (RuntimeException | Error e) {
                    // The command's own handler maps its failures; this is what escaped it.
                    LOG.log(java.util.logging.Level.SEVERE, "a forwarded command failed: " + request.args(), e);
                    err.println("gleaner: internal error in the running Gleaner: " + e);
                } finally {
                    out.flush();
                    err.flush();
                }
            }
            synchronized (wire) {
                wire.writeByte(Frames.EXIT);
                wire.writeInt(status);
                wire.flush();
            }
        } catch (IOException e) {
            LOG.log(java.util.logging.Level.INFO, "a forwarded command's connection ended early", e);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "a forwarded command failed", e);
        }
    }

    private int activate(DataOutputStream wire) throws IOException {
        PrintWriter err = writer(wire, Frames.ERR);
        if (activate == null) {
            err.println("gleaner: Gleaner already runs on this workspace without a window (gleaner serve):"
                    + " stop it first to open the window.");
            err.flush();
            return 1;
        }
        activate.run();
        return 0;
    }

    /** A writer whose every flush sends what was written as one frame of {@code kind}. */
    private static PrintWriter writer(DataOutputStream wire, byte kind) {
        OutputStream frames = new OutputStream() {
            private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

            @Override
            public void write(int b) {
                pending.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                pending.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (pending.size() == 0) {
                    return;
                }
                synchronized (wire) {
                    wire.writeByte(kind);
                    wire.writeInt(pending.size());
                    pending.writeTo(wire);
                    wire.flush();
                }
                pending.reset();
            }
        };
        return new PrintWriter(new java.io.OutputStreamWriter(frames, StandardCharsets.UTF_8), true);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // a dead socket file is replaced by the next Gleaner
        }
    }
}
