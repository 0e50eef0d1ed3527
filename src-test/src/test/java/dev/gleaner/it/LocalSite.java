package dev.gleaner.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A web site on a local port serving the HTML pages a test puts there; any other path is a 404. */
final class LocalSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = pages.get(ex.getRequestURI().getPath());
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
    }

    /** {@return the address of {@code path} on this site} */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code html} at {@code path}. */
    void page(String path, String html) {
        put(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves {@code bytes} as HTML at {@code path}. */
    void put(String path, byte[] bytes) {
        pages.put(path, bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
