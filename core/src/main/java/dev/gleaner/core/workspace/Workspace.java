package dev.gleaner.core.workspace;

import dev.gleaner.core.library.Library;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * One folder holding {@code library.db}, {@code index/} and {@code logs/}, owned by one process at
 * a time through a file lock. Close it to release the lock.
 */
public final class Workspace implements AutoCloseable {
    /** The environment variable that overrides the default workspace folder. */
    public static final String HOME_VARIABLE = "GLEANER_HOME";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Library library;

    private Workspace(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * {@return the default workspace folder: {@code GLEANER_HOME}, else the platform's data folder
     * (XDG on Linux, {@code ~/Library/Application Support} on macOS, {@code %APPDATA%} on Windows)}
     */
    public static Path defaultLocation(Map<String, String> env, String osName, Path userHome) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Gleaner");
        }
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData == null ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("Gleaner");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("gleaner");
        }
        return userHome.resolve(".local").resolve("share").resolve("gleaner");
    }

    /** {@return the default workspace folder of this process's environment} */
    public static Path defaultLocation() {
        return defaultLocation(
                System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /**
     * Opens a workspace, creating its folders when missing, and takes its lock.
     *
     * @throws WorkspaceException when the folder cannot be created or written, or another process
     *     owns it
     */
    public static Workspace open(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            Files.createDirectories(root.resolve("logs"));
        } catch (AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            throw readOnly(root, e);
        } catch (FileSystemException e) {
            if (String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("read-only")) {
                throw readOnly(root, e);
            }
            throw new WorkspaceException(
                    "Cannot create the workspace " + root + ": " + e.getMessage()
                            + ". Choose another folder with --workspace DIR.",
                    e);
        } catch (IOException e) {
            throw new WorkspaceException(
                    "Cannot create the workspace " + root + ": " + e.getMessage()
                            + ". Choose another folder with --workspace DIR.",
                    e);
        }
        if (!Files.isWritable(root)) {
            throw readOnly(root, null);
        }
        Path lockFile = root.resolve(".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw readOnly(root, e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("read-only")) {
                throw readOnly(root, e);
            }
            throw new WorkspaceException("Cannot lock the workspace " + root + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new WorkspaceException("The workspace " + root + " is in use by another Gleaner"
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + ": close it first, or choose another workspace with --workspace DIR.");
            }
            String me = "process " + ProcessHandle.current().pid();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new Workspace(root, channel, lock);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot lock the workspace " + root + ": " + e.getMessage(), e);
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(200);
        int n = channel.read(buffer, 0);
        return n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
    }

    private static WorkspaceException readOnly(Path root, Exception cause) {
        return new WorkspaceException(
                "Cannot write to the workspace " + root
                        + ": it is read-only. Choose a writable folder with --workspace DIR or GLEANER_HOME.",
                cause);
    }

    /** {@return the workspace folder} */
    public Path root() {
        return root;
    }

    /** {@return the library database file} */
    public Path libraryFile() {
        return root.resolve("library.db");
    }

    /** {@return the folder of the search index} */
    public Path indexDir() {
        return root.resolve("index");
    }

    /** {@return the folder of the logs} */
    public Path logsDir() {
        return root.resolve("logs");
    }

    /** {@return the workspace's library, opened on first use} */
    public synchronized Library library() {
        if (library == null) {
            library = Library.open(libraryFile());
        }
        return library;
    }

    @Override
    public synchronized void close() {
        try {
            if (library != null) {
                library.close();
            }
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                // The lock goes with the process anyway; nothing the user can do about it.
            }
        }
    }
}
