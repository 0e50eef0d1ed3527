package dev.gleaner.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gleaner.app.Logs;
import dev.gleaner.core.GleanerException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The read-only JSON API of a running Gleaner: HTTP on 127.0.0.1 only, every request carrying the
 * workspace's {@link ApiToken}. Each endpoint runs the command line that prints the same document
 * with {@code --format json} (see {@link ApiRoutes}), on the running Gleaner's open services.
 * Requests a web page makes (those with an {@code Origin}) are refused, and no CORS header is ever
 * sent, so a page in a browser cannot read the library.
 */
public final class HttpApi implements AutoCloseable {
    /** The port the API listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 23120;

    /** Runs one read-only command line, printing to {@code out} and {@code err}, and returns its exit status. */
    @FunctionalInterface
    public interface Runner {
        int run(String[] args, PrintWriter out, PrintWriter err);
    }

    private static final Logger LOG = Logs.of(HttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final ApiToken token;
    private final Runner runner;

    private HttpApi(HttpServer server, ExecutorService threads, ApiToken token, Runner runner) {
        this.server = server;
        this.threads = threads;
        this.token = token;
        this.runner = runner;
    }

    /**
     * Starts the API on 127.0.0.1:{@code port} (0: any free port), with the token of the workspace at
     * {@code workspaceRoot}.
     *
     * @throws GleanerException when the port is taken or the token cannot be written, saying what to do
     */
    public static HttpApi start(Path workspaceRoot, int port, Runner runner) {
        if (port < 0 || port > 65535) {
            throw new GleanerException("--port must be between 0 and 65535: " + port);
        }
        ApiToken token;
        try {
            token = ApiToken.inWorkspace(workspaceRoot);
        } catch (IOException e) {
            throw new GleanerException(
                    "Gleaner cannot write the HTTP API's token in " + workspaceRoot + ": " + e.getMessage(), e);
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (BindException e) {
            throw new GleanerException(
                    "Port " + port + " on " + loopback.getHostAddress() + " is in use: choose another with --port N.",
                    e);
        } catch (IOException e) {
            throw new GleanerException("Gleaner cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        ExecutorService threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("gleaner-http-api-", 0).factory());
        HttpApi api = new HttpApi(server, threads, token, runner);
        server.setExecutor(threads);
        server.createContext("/", api::handle);
        server.start();
        LOG.info("HTTP API at " + api.address());
        return api;
    }

    /** {@return the port it listens on} */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@return the API's base address, such as {@code http://127.0.0.1:23120/api/}} */
    public String address() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/api/";
    }

    /** {@return the file that holds the token} */
    public Path tokenFile() {
        return token.file();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String origin = ex.getRequestHeaders().getFirst("Origin");
            if (origin != null && !origin.equals("null")) {
                // A web page's request: the library is not for the sites a browser visits.
                error(ex, 403, "Requests from web pages (Origin " + origin + ") are refused.");
                return;
            }
            if (!localHost(ex.getRequestHeaders().getFirst("Host"))) {
                error(ex, 403, "Address the API as 127.0.0.1 or localhost.");
                return;
            }
            if (!token.admits(ex.getRequestHeaders().getFirst("Authorization"))) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"gleaner\"");
                error(ex, 401, "Send the token in " + token.file() + " as 'Authorization: Bearer TOKEN'.");
                return;
            }
            if (!ex.getRequestMethod().equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET");
                error(ex, 405, "The API is read-only: use GET, not " + ex.getRequestMethod() + ".");
                return;
            }
            switch (ApiRoutes.route(
                    ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery())) {
                case ApiRoutes.Refused r -> error(ex, r.status(), r.message());
                case ApiRoutes.Command c -> run(ex, c);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "an HTTP API client went away", e);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the HTTP API failed on " + ex.getRequestURI(), e);
            try {
                error(ex, 500, "Internal error: " + e + " (details in the log).");
            } catch (IOException | RuntimeException ignored) {
                // the response had already begun
            }
        }
    }

    private void run(HttpExchange ex, ApiRoutes.Command c) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter o = new PrintWriter(out);
                PrintWriter e = new PrintWriter(err)) {
            status = runner.run(c.args().toArray(String[]::new), o, e);
        }
        switch (status) {
            case 0 -> send(ex, 200, out.toString().getBytes(StandardCharsets.UTF_8));
            case 1 -> error(ex, c.refusedStatus(), firstLine(err.toString()));
            case 2 -> error(ex, 400, firstLine(err.toString()));
            default -> error(ex, 500, firstLine(err.toString()));
        }
    }

    private static String firstLine(String err) {
        String line = err.strip().lines().findFirst().orElse("The command failed (details in the log).");
        return line.startsWith("gleaner: ") ? line.substring("gleaner: ".length()) : line;
    }

    private boolean localHost(String host) {
        if (host == null) {
            return true; // HTTP/1.0 clients send none; the socket is on the loopback address anyway
        }
        String name = host.toLowerCase(Locale.ROOT);
        String port = ":" + port();
        return name.equals("127.0.0.1" + port)
                || name.equals("localhost" + port)
                || name.equals("127.0.0.1")
                || name.equals("localhost");
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        byte[] body = (JSON.createObjectNode().put("error", message) + "\n").getBytes(StandardCharsets.UTF_8);
        send(ex, status, body);
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    /** Stops listening; requests being answered are given a second to finish. */
    @Override
    public void close() {
        server.stop(1);
        threads.close();
    }
}
