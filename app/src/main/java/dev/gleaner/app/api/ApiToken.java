package dev.gleaner.app.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secret a client of the HTTP API sends as {@code Authorization: Bearer TOKEN}: 32 random
 * bytes, kept in {@code api-token} in the workspace, readable by its owner only. The same token
 * serves every start until the file is deleted, so scripts and editors set it up once.
 *
 * @param value the token as sent
 * @param file the file it is kept in
 */
public record ApiToken(String value, Path file) {
    /** The token's file name in the workspace. */
    public static final String FILE_NAME = "api-token";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * {@return the workspace's token, made (and written owner-only) when there is none yet, or when
     * the one there is malformed or was readable by others}
     *
     * @throws IOException when the file cannot be read or written
     */
    public static ApiToken inWorkspace(Path workspaceRoot) throws IOException {
        Path file = workspaceRoot.resolve(FILE_NAME);
        if (Files.isRegularFile(file) && ownerOnly(file)) {
            String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (WELL_FORMED.matcher(kept).matches()) {
                return new ApiToken(kept, file);
            }
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temp = workspaceRoot.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the workspace folder's own access rules apply.
            Files.createFile(temp);
        }
        Files.writeString(temp, value + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new ApiToken(value, file);
    }

    private static boolean ownerOnly(Path file) throws IOException {
        try {
            return OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }

    /** {@return whether {@code header}, an Authorization header or {@code null}, carries this token} */
    public boolean admits(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] sent = header.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        // In constant time, so that how long a refusal takes says nothing of the token.
        return MessageDigest.isEqual(sent, value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "ApiToken[" + file + "]";
    }
}
