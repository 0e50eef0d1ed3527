package dev.gleaner.app.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image cache against a real local HTTP server: what it refuses, and that it keeps nothing then. */
class ImageCacheTest {
    @TempDir
    Path dir;

    HttpServer server;
    String site;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/missing.png", e -> {
            e.sendResponseHeaders(404, -1);
            e.close();
        });
        server.createContext("/page.png", e -> {
            byte[] html = "<html>not an image</html>".getBytes();
            e.getResponseHeaders().add("Content-Type", "text/html");
            e.sendResponseHeaders(200, html.length);
            e.getResponseBody().write(html);
            e.close();
        });
        server.createContext("/huge.png", e -> {
            // No length announced: the cap is found while reading.
            e.getResponseHeaders().add("Content-Type", "image/png");
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                byte[] block = new byte[1024 * 1024];
                for (int i = 0; i < 9; i++) {
                    out.write(block);
                }
            } catch (IOException closedByClient) {
                // The client stopped reading at the cap.
            }
        });
        server.start();
        site = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path cacheDir() {
        return dir.resolve("cache").resolve("images");
    }

    private static long files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var list = Files.list(folder)) {
            return list.count();
        }
    }

    @Test
    void aMissingImageIsRefusedWithItsAddressAndStatus() throws IOException {
        ImageCache cache = new ImageCache(cacheDir());
        IOException e = assertThrows(IOException.class, () -> cache.fetch(URI.create(site + "/missing.png")));
        assertEquals("The image " + site + "/missing.png answered HTTP 404.", e.getMessage());
        assertEquals(0, files(cacheDir()));
    }

    @Test
    void aPageThatIsNotAnImageIsNotKept() throws IOException {
        ImageCache cache = new ImageCache(cacheDir());
        IOException e = assertThrows(IOException.class, () -> cache.fetch(URI.create(site + "/page.png")));
        assertTrue(e.getMessage().contains("is not an image (text/html)"), e.getMessage());
        assertEquals(0, files(cacheDir()));
    }

    @Test
    void anImageLargerThanTheCapIsCutOffAndNotKept() throws IOException {
        ImageCache cache = new ImageCache(cacheDir());
        IOException e = assertThrows(IOException.class, () -> cache.fetch(URI.create(site + "/huge.png")));
        assertTrue(e.getMessage().contains("larger than 8 MB"), e.getMessage());
        assertEquals(0, files(cacheDir()), "no partial file is left behind");
    }

    @Test
    void onlyWebAndLocalImagesAreRead() {
        ImageCache cache = new ImageCache(cacheDir());
        IOException e = assertThrows(IOException.class, () -> cache.fetch(URI.create("ftp://example.com/a.png")));
        assertTrue(e.getMessage().contains("only http and https images load"), e.getMessage());
        assertFalse(Files.exists(cacheDir()));
    }
}
