package dev.gleaner.core.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * URL canonicalization, so that one article reached from two feeds or pasted twice is one article.
 *
 * <p>The canonical form lowercases scheme and host, drops default ports, fragments and tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...), and removes a trailing slash from
 * any path but the root. The {@linkplain #identityKey identity key} further ignores {@code http}
 * versus {@code https} and a leading {@code www.}.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",
            "ref_src", "spm", "si");

    private CanonicalUrl() {}

    /**
     * {@return the canonical form of an absolute http(s) URL, or empty when {@code url} is not one}
     */
    public static Optional<String> canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.getRawAuthority() == null) {
            return Optional.empty();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = cleanQuery(uri.getRawQuery());
        StringBuilder out = new StringBuilder(url.length());
        out.append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    /**
     * {@return a key that is equal for URLs of the same article: the canonical form without scheme
     * and {@code www.}; for a string that is not an http(s) URL, the string itself, trimmed}
     */
    public static String identityKey(String url) {
        return canonicalize(url)
                .map(c -> {
                    String rest = c.substring(c.indexOf("://") + 3);
                    return rest.startsWith("www.") ? rest.substring(4) : rest;
                })
                .orElse(url == null ? "" : url.strip());
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("utm_") || TRACKING.contains(lower)) {
                continue;
            }
            kept.add(part);
        }
        return String.join("&", kept);
    }
}
