package dev.gleaner.app.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The images of articles, fetched over http(s) only when the reader allows images and kept under
 * the workspace ({@code cache/images/<sha-256 of the URL>}), so an article opened again shows its
 * images without asking the network. Notes' images are read from their folder, never copied.
 * Blocking: call it off the UI thread.
 */
public final class ImageCache {
    /** The largest image fetched; a larger one is left out. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Path dir;
    // Made at the first image fetched, off the FX thread: a client sets up TLS (the system's
    // certificates), a good part of the window's start when it was made with the window.
    private HttpClient http;

    /** Creates a cache that keeps images in {@code dir} (created on the first image). */
    public ImageCache(Path dir) {
        this.dir = java.util.Objects.requireNonNull(dir, "dir");
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .executor(java.util.concurrent.Executors.newThreadPerTaskExecutor(
                            Thread.ofVirtual().name("gleaner-image-http-", 0).factory()))
                    .build();
        }
        return http;
    }

    /** {@return the folder the images are kept in} */
    public Path dir() {
        return dir;
    }

    /**
     * {@return a local file with the image at {@code uri}: a {@code file:} image as it is, an
     * http(s) one from the cache, fetched first when it is not there yet}
     *
     * @throws IOException naming the URL when it cannot be fetched, is not an image or is too large
     */
    public Path fetch(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            Path file = Path.of(uri);
            if (!Files.isRegularFile(file)) {
                throw new IOException("The image " + file + " is not there.");
            }
            return file;
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("The image " + uri + " is not on the web (only http and https images load).");
        }
        Path cached = dir.resolve(key(uri));
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "image/*")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Fetching the image " + uri + " was interrupted.", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("The image " + uri + " answered HTTP " + response.statusCode() + ".");
            }
            String type = response.headers().firstValue("Content-Type").orElse("image/");
            if (!type.toLowerCase(Locale.ROOT).startsWith("image/")) {
                throw new IOException("The address " + uri + " is not an image (" + type + ").");
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (length > MAX_BYTES) {
                throw new IOException("The image " + uri + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
            }
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, "fetch-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(part)) {
                    byte[] buffer = new byte[64 * 1024];
                    long total = 0;
                    for (int read; (read = body.read(buffer)) >= 0; ) {
                        total += read;
                        if (total > MAX_BYTES) {
                            throw new IOException(
                                    "The image " + uri + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
                        }
                        out.write(buffer, 0, read);
                    }
                }
                Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            return cached;
        }
    }

    /** {@return the cache file name of {@code uri}} */
    static String key(URI uri) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is missing from this Java", e));
        }
    }
}
