package dev.gleaner.ingest.safety;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for every URL Gleaner keeps from a feed, a page or a file: only {@code http},
 * {@code https} and {@code mailto} survive; {@code javascript:}, {@code data:}, {@code vbscript:},
 * {@code file:} and every other scheme are dropped. Relative URLs are resolved against the base
 * where there is one. Browsers ignore tabs, line breaks and leading control characters in a URL,
 * so "java&#9;script:" is read as what it is.
 */
public final class SafeUrl {
    /** The schemes a stored URL may have. */
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final Pattern IGNORED = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern EDGES = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");

    private SafeUrl() {}

    /**
     * {@return {@code url} made absolute against {@code base} when it is relative and {@code base}
     * is an http(s) URL, or as it is when it is relative and there is no such base; empty when its
     * scheme is not http, https or mailto}
     *
     * @param url the URL as written, may be {@code null}
     * @param base the address of the document it was found in, or {@code null}
     */
    public static Optional<String> clean(String url, String base) {
        if (url == null) {
            return Optional.empty();
        }
        String u = IGNORED.matcher(EDGES.matcher(url).replaceAll("")).replaceAll("");
        if (u.isEmpty()) {
            return Optional.empty();
        }
        String scheme = schemeOf(u);
        if (scheme != null) {
            return SCHEMES.contains(scheme) && wellFormed(u, scheme) ? Optional.of(u) : Optional.empty();
        }
        Optional<URI> b = httpBase(base);
        if (b.isEmpty()) {
            // A link between notes ("../other.md", "/posts/x/") has no scheme to fear; kept as written.
            return u.startsWith("//") ? Optional.empty() : Optional.of(u);
        }
        try {
            String resolved = b.get().resolve(new URI(encode(u))).toString();
            return SCHEMES.contains(schemeOf(resolved)) ? Optional.of(resolved) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * {@return {@code url} as an absolute http or https URL (resolved against {@code base} when
     * relative), or empty}: what an article's own address or lead image may be
     */
    public static Optional<String> absolute(String url, String base) {
        return clean(url, base).filter(u -> {
            String s = schemeOf(u);
            return "http".equals(s) || "https".equals(s);
        });
    }

    /** {@return the lower-case scheme of {@code url} as a browser reads it, or {@code null} when it has none} */
    public static String schemeOf(String url) {
        if (url == null) {
            return null;
        }
        String u = IGNORED.matcher(EDGES.matcher(url).replaceAll("")).replaceAll("");
        Matcher m = SCHEME.matcher(u);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean wellFormed(String url, String scheme) {
        if (scheme.equals("mailto")) {
            return url.length() > "mailto:".length();
        }
        try {
            URI uri = new URI(encode(url));
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static Optional<URI> httpBase(String base) {
        if (base == null || base.isBlank()) {
            return Optional.empty();
        }
        String scheme = schemeOf(base);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(encode(base.strip()));
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes what {@link URI} refuses but pages write anyway (spaces, non-ASCII, stray characters). */
    private static String encode(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (byte x : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                b.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
