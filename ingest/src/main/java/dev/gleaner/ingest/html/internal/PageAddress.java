package dev.gleaner.ingest.html.internal;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The web address a saved page declares for itself. A page saved to a file links its posts, images
 * and stylesheets relative to where it was served; read against the file's own location those links
 * point into the file system, and a blog index no longer looks like a listing. Browsers and saving
 * tools leave the address behind: a {@code saved from url=} comment (Chrome, Edge, Internet
 * Explorer), SingleFile's {@code url:} comment, a {@code <base href>}, and the page's own canonical
 * link or {@code og:url}.
 */
public final class PageAddress {
    private static final int HEAD_CHARS = 4096;
    private static final Pattern SAVED_FROM =
            Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)(https?://[^\\s>]+?)\\s*-->");
    private static final Pattern SINGLE_FILE =
            Pattern.compile("<!--\\s*Page saved with SingleFile\\s+url:\\s*(https?://\\S+)", Pattern.CASE_INSENSITIVE);

    private PageAddress() {}

    /** {@return whether {@code url} is an http(s) URL, the only kind a page's links can be resolved against} */
    public static boolean isWeb(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /**
     * {@return the http(s) address {@code doc} declares for itself, or {@code null}}: the address it
     * was saved from first (it is where the relative links were written for), then its base, canonical
     * link and {@code og:url}
     *
     * @param html the page's text, whose opening comments say where it was saved from
     */
    public static String declared(Document doc, String html) {
        String head = html.length() > HEAD_CHARS ? html.substring(0, HEAD_CHARS) : html;
        for (Pattern p : new Pattern[] {SAVED_FROM, SINGLE_FILE}) {
            Matcher m = p.matcher(head);
            if (m.find() && valid(m.group(1))) {
                return m.group(1);
            }
        }
        for (String css : new String[] {"base[href]", "link[rel=canonical][href]"}) {
            Element e = doc.selectFirst(css);
            if (e != null && valid(e.attr("href").strip())) {
                return e.attr("href").strip();
            }
        }
        Element og = doc.selectFirst("meta[property=og:url][content]");
        if (og != null && valid(og.attr("content").strip())) {
            return og.attr("content").strip();
        }
        return null;
    }

    private static boolean valid(String url) {
        if (!isWeb(url)) {
            return false;
        }
        try {
            return URI.create(url.replace(" ", "%20")).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
