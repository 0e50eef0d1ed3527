package dev.gleaner.ingest.http;

import dev.gleaner.ingest.safety.SafeUrl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Gleaner's one HTTP client, for feeds, pages and feed discovery alike: the JDK HttpClient on
 * virtual threads with global and per-host limits, a time limit on each response, a size cap that
 * also holds after gzip/deflate decompression, redirects followed by hand (each one limited in
 * number and checked against {@link SafeUrl}, loops stopped), and conditional GET for feeds.
 * Thread-safe; close it when done.
 */
public final class HttpFetcher implements AutoCloseable {
    private final FetchSettings settings;
    private final ExecutorService executor;
    private final HttpClient client;
    private final Semaphore global;
    private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

    /** Creates a fetcher with its own HTTP client. */
    public HttpFetcher(FetchSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("gleaner-http-", 0).factory());
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
        this.global = new Semaphore(settings.maxConcurrent(), true);
    }

    /** {@return the settings in use} */
    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches the feed at {@code url}, sending the validators when given.
     *
     * @param url an http or https URL
     * @param etag the ETag from the last fetch, or {@code null}
     * @param lastModified the Last-Modified from the last fetch, or {@code null}
     * @return what happened; never throws for network or HTTP problems
     */
    public FetchOutcome fetch(URI url, String etag, String lastModified) {
        return fetch(FetchRequest.feed(url, etag, lastModified));
    }

    /**
     * Fetches what {@code request} asks for, following redirects.
     *
     * @return what happened; never throws for network or HTTP problems
     */
    public FetchOutcome fetch(FetchRequest request) {
        URI url = request.url();
        long cap = request.kind() == FetchRequest.Kind.FEED ? settings.maxBytes() : settings.maxPageBytes();
        Set<URI> seen = new HashSet<>();
        URI current = url;
        boolean permanent = true;
        boolean redirected = false;
        for (int hop = 0; ; hop++) {
            String scheme =
                    current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new FetchOutcome.Failed(current, "not an http(s) URL", null);
            }
            if (!seen.add(current)) {
                return new FetchOutcome.Failed(url, "redirect loop at " + current, null);
            }
            HttpResponse<byte[]> response;
            try {
                response = send(current, request, cap);
            } catch (Problem p) {
                return new FetchOutcome.Failed(current, p.getMessage(), null);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                var location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return new FetchOutcome.Failed(current, "redirect (" + status + ") without a Location", null);
                }
                if (hop >= settings.maxRedirects()) {
                    return new FetchOutcome.Failed(url, "more than " + settings.maxRedirects() + " redirects", null);
                }
                // A redirect is a link like any other: only to an http(s) address with a host.
                var target = SafeUrl.absolute(location.get(), current.toString());
                if (target.isEmpty()) {
                    return new FetchOutcome.Failed(
                            current,
                            "redirect to " + location.get().strip() + " refused: not an http(s) address",
                            null);
                }
                try {
                    current = URI.create(target.get().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    return new FetchOutcome.Failed(current, "bad redirect Location " + location.get(), null);
                }
                permanent &= status == 301 || status == 308;
                redirected = true;
                continue;
            }
            boolean moved = redirected && permanent;
            if (status == 304) {
                return new FetchOutcome.NotModified(current, moved);
            }
            if (status == 410) {
                return new FetchOutcome.Gone(current);
            }
            if (status >= 200 && status < 300) {
                try {
                    byte[] body = decode(response, cap);
                    return new FetchOutcome.Fetched(
                            current,
                            moved,
                            body,
                            response.headers().firstValue("Content-Type").orElse(null),
                            response.headers().firstValue("ETag").orElse(null),
                            response.headers().firstValue("Last-Modified").orElse(null));
                } catch (Problem p) {
                    return new FetchOutcome.Failed(current, p.getMessage(), null);
                }
            }
            Duration retryAfter =
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            String reason = switch (status) {
                case 404 -> "not found (HTTP 404)";
                case 401, 403 -> "access denied (HTTP " + status + ")";
                case 429 -> "too many requests (HTTP 429)";
                default -> "HTTP " + status;
            };
            return new FetchOutcome.Failed(current, reason, retryAfter);
        }
    }

    private HttpResponse<byte[]> send(URI url, FetchRequest asked, long cap) throws Problem {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(settings.readTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", asked.kind().accept())
                    .header("Accept-Encoding", "gzip, deflate");
        } catch (IllegalArgumentException e) {
            throw new Problem("bad URL: " + e.getMessage());
        }
        if (asked.etag() != null) {
            request.header("If-None-Match", asked.etag());
        }
        if (asked.lastModified() != null) {
            request.header("If-Modified-Since", asked.lastModified());
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
        Semaphore perHost = hosts.computeIfAbsent(host, h -> new Semaphore(settings.maxPerHost(), true));
        CompletableFuture<HttpResponse<byte[]>> future = null;
        try {
            global.acquire();
            try {
                perHost.acquire();
                try {
                    future = client.sendAsync(request.GET().build(), info -> new CappedBody(cap));
                    return future.get(settings.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
                } finally {
                    perHost.release();
                }
            } finally {
                global.release();
            }
        } catch (IllegalArgumentException e) {
            throw new Problem("bad URL " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem("interrupted");
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Problem("timed out after " + settings.readTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new Problem(cause.getMessage());
            }
            if (cause instanceof HttpTimeoutException) {
                throw new Problem("timed out after " + settings.readTimeout().toSeconds() + " s");
            }
            if (cause instanceof ConnectException) {
                throw new Problem("could not connect to " + url.getHost());
            }
            if (cause instanceof IOException
                    && cause.getMessage() != null
                    && cause.getMessage().contains("UnresolvedAddress")) {
                throw new Problem("unknown host " + url.getHost());
            }
            throw new Problem("network error: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }

    private static byte[] decode(HttpResponse<byte[]> response, long cap) throws Problem {
        String encoding = response.headers()
                .firstValue("Content-Encoding")
                .orElse("identity")
                .strip()
                .toLowerCase(Locale.ROOT);
        byte[] raw = response.body();
        try {
            return switch (encoding) {
                case "gzip", "x-gzip" -> capped(new GZIPInputStream(new ByteArrayInputStream(raw)), cap);
                case "deflate" -> inflate(raw, cap);
                case "identity", "" -> raw;
                default -> throw new Problem("unsupported Content-Encoding " + encoding);
            };
        } catch (IOException e) {
            throw new Problem("corrupt " + encoding + " body: " + e.getMessage());
        }
    }

    private static byte[] inflate(byte[] raw, long cap) throws IOException, Problem {
        try {
            return capped(new InflaterInputStream(new ByteArrayInputStream(raw)), cap);
        } catch (java.util.zip.ZipException e) {
            // Some servers send raw deflate without the zlib wrapper.
            return capped(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), cap);
        }
    }

    private static byte[] capped(InputStream in, long cap) throws IOException, Problem {
        try (in) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (out.length > cap) {
                throw new Problem("larger than " + cap / 1024 + " KB once decompressed");
            }
            return out;
        }
    }

    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(h)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (java.time.DateTimeException ex) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        client.close();
        executor.close();
    }

    /** A failure described for the user. */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("larger than " + max / 1024 + " KB");
        }
    }

    /** Collects a body, giving up as soon as it passes the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final List<ByteBuffer> parts = new ArrayList<>();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private long size;
        private Flow.Subscription subscription;

        CappedBody(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                size += b.remaining();
                parts.add(b);
            }
            if (size > max && !result.isDone()) {
                subscription.cancel();
                parts.clear();
                result.completeExceptionally(new TooLarge(max));
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            if (result.isDone()) {
                return;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
            for (ByteBuffer b : parts) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.writeBytes(chunk);
            }
            result.complete(out.toByteArray());
        }
    }
}
