package dev.gleaner.app.instance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the Gleaner that owns a workspace listens: {@code run/gleaner.sock} in the workspace, in a
 * folder only its owner can enter. A socket path has to fit in about 100 bytes; for a workspace
 * deeper than that, the socket lives in an owner-only folder under the temporary directory, named
 * after the workspace.
 */
public final class InstanceAddress {
    /** The longest socket path every platform accepts (sun_path is 104 bytes on macOS, 108 on Linux). */
    static final int MAX_PATH_BYTES = 100;

    private InstanceAddress() {}

    /** {@return the socket of the workspace at {@code workspaceDir}} */
    public static Path socketOf(Path workspaceDir) {
        Path root = workspaceDir.toAbsolutePath().normalize();
        Path inWorkspace = root.resolve("run").resolve("gleaner.sock");
        if (inWorkspace.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES) {
            return inWorkspace;
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "gleaner-" + user)
                .resolve(hash(root.toString()) + ".sock");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
