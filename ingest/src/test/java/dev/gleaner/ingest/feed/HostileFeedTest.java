package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.feed.FeedStore;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import dev.gleaner.core.model.ArticleQuery;
import dev.gleaner.ingest.http.FetchSettings;
import dev.gleaner.ingest.http.HttpFetcher;
import dev.gleaner.ingest.safety.SafeUrl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile feeds served by a real local HTTP server: unsafe link schemes never reach the library, and
 * a feed whose DTD or links were refused says so in its status.
 */
class HostileFeedTest {
    /** Any scheme but http, https and mailto, as a browser would read it (case, tabs, spaces). */
    private static final Pattern UNSAFE =
            Pattern.compile("(?i)(j\\s*a\\s*v\\s*a\\s*s\\s*c\\s*r\\s*i\\s*p\\s*t|vbscript|data|file|ftp)\\s*:");

    private static final String[] UNSAFE_LINKS = {
        "javascript:alert(1)",
        " JaVaScRiPt:alert(2)",
        "java\tscript:alert(3)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==",
        "vbscript:msgbox(5)",
        "file:///etc/passwd",
        "ftp://ftp.example.org/file",
    };

    @TempDir
    Path dir;

    TestFeedServer server;
    Library library;
    FeedStore feeds;
    HttpFetcher fetcher;
    FeedRefresher refresher;

    @BeforeEach
    void setUp() {
        server = new TestFeedServer();
        library = Library.open(dir.resolve("library.db"));
        feeds = library.feeds();
        fetcher = new HttpFetcher(FetchSettings.defaults("test").withReadTimeout(Duration.ofSeconds(5), 4 << 20));
        refresher = new FeedRefresher(feeds, fetcher, new FeedParser(), null, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        library.close();
        server.close();
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An entry body with every unsafe link and image, a relative link and a safe one. */
    private static String hostileBody(int i) {
        StringBuilder b = new StringBuilder("<p>Post " + i + " body with enough words to read.</p>");
        for (String u : UNSAFE_LINKS) {
            b.append("<p><a href=\"").append(u).append("\">click ").append(i).append("</a>");
            b.append("<img src=\"").append(u).append("\" alt=\"pic\"></p>");
        }
        b.append("<p><a href=\"/relative/").append(i).append("\">relative</a> and ");
        b.append("<a href=\"https://safe.example/").append(i).append("\">safe</a> and ");
        b.append("<a href=\"mailto:me@example.com\">mail</a></p>");
        return b.toString();
    }

    private static byte[] rss(String... links) {
        StringBuilder b =
                new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Hostile</title>"
                        + "<link>javascript:alert('site')</link>");
        for (int i = 0; i < links.length; i++) {
            b.append("<item><title>Item ")
                    .append(i)
                    .append("</title><link>")
                    .append(xmlEscape(links[i]))
                    .append("</link><guid>g")
                    .append(i)
                    .append("</guid><description>")
                    .append(xmlEscape(hostileBody(i)))
                    .append("</description><enclosure url=\"")
                    .append(xmlEscape(UNSAFE_LINKS[i % UNSAFE_LINKS.length]))
                    .append("\" type=\"image/png\" length=\"1\"/></item>");
        }
        return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] atom(String... links) {
        StringBuilder b = new StringBuilder(
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hostile Atom</title>");
        for (int i = 0; i < links.length; i++) {
            b.append("<entry><title>A")
                    .append(i)
                    .append("</title><id>urn:a")
                    .append(i)
                    .append("</id><link href=\"")
                    .append(xmlEscape(links[i]))
                    .append("\"/><content type=\"html\">")
                    .append(xmlEscape(hostileBody(i)))
                    .append("</content></entry>");
        }
        return b.append("</feed>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(String... links) {
        StringBuilder b =
                new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Hostile JSON\","
                        + "\"home_page_url\":\"javascript:alert(0)\",\"items\":[");
        for (int i = 0; i < links.length; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"j")
                    .append(i)
                    .append("\",\"url\":\"")
                    .append(links[i].replace("\t", "\\t"))
                    .append("\",\"image\":\"data:image/png;base64,AAAA\",\"content_html\":\"")
                    .append(hostileBody(i).replace("\"", "\\\"").replace("\t", "\\t"))
                    .append("\"}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String doctype(String subset, String body) {
        return "<?xml version=\"1.0\"?><!DOCTYPE rss [" + subset + "]><rss version=\"2.0\"><channel><title>DTD</title>"
                + "<item><title>Entity " + body + "</title><link>https://dtd.example/1</link>"
                + "<description>text " + body + "</description></item></channel></rss>";
    }

    private Map<String, byte[]> hostileFeeds() {
        String[] links = new String[UNSAFE_LINKS.length + 2];
        System.arraycopy(UNSAFE_LINKS, 0, links, 0, UNSAFE_LINKS.length);
        links[UNSAFE_LINKS.length] = "/posts/relative";
        links[UNSAFE_LINKS.length + 1] = "https://ok.example/post";
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("/links.rss", rss(links));
        f.put("/links.atom", atom(links));
        f.put("/links.json", json(links));
        StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            laughs.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        f.put("/laughs.rss", doctype(laughs.toString(), "&lol9;").getBytes(StandardCharsets.UTF_8));
        String big = "x".repeat(20_000);
        f.put(
                "/quadratic.rss",
                doctype("<!ENTITY big \"" + big + "\">", "&big;".repeat(2_000)).getBytes(StandardCharsets.UTF_8));
        f.put(
                "/xxe.rss",
                doctype("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">", "&xxe;").getBytes(StandardCharsets.UTF_8));
        f.put(
                "/remote-dtd.rss",
                doctype("<!ENTITY % remote SYSTEM \"" + server.url("/evil.dtd") + "\"> %remote;", "&evil;")
                        .getBytes(StandardCharsets.UTF_8));
        // A DOCTYPE far into the document, past where it is looked for first.
        f.put(
                "/late-doctype.rss",
                ("<?xml version=\"1.0\"?><!-- " + "padding ".repeat(1_000) + "-->"
                                + doctype("<!ENTITY e SYSTEM \"file:///etc/hostname\">", "&e;")
                                        .substring("<?xml version=\"1.0\"?>".length()))
                        .getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void hostileFeedsStoreOnlySafeUrlsAndSayWhatWasRefused() {
        server.on(
                "/evil.dtd",
                ex -> TestFeedServer.send(
                        ex, 200, "application/xml-dtd", "<!ENTITY evil \"pwned\">".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> hostile = hostileFeeds();
        hostile.forEach((path, body) -> server.on(path, ex -> TestFeedServer.send(ex, 200, "application/xml", body)));
        int refreshed = 0;
        for (String path : hostile.keySet()) {
            Feed feed = feeds.subscribe(server.url(path), null, null);
            RefreshReport r = refresher.refresh(feeds.feed(feed.id()).orElseThrow(), true);
            Feed after = feeds.feed(feed.id()).orElseThrow();
            assertNotNull(after.lastError(), path + " has no lastError: " + r);
            assertTrue(after.lastError().contains("refused"), path + ": " + after.lastError());
            if (path.startsWith("/links")) {
                assertEquals(RefreshReport.Status.FETCHED, r.status(), path + ": " + r);
                assertTrue(after.lastError().contains("javascript:"), after.lastError());
                assertEquals(
                        2, r.added() + r.updated(), path + ": only the relative and the https entries are kept: " + r);
                assertTrue(after.siteUrl() == null
                        || SafeUrl.absolute(after.siteUrl(), null).isPresent());
            } else {
                assertTrue(after.lastError().contains("DTD"), path + ": " + after.lastError());
            }
            refreshed++;
        }
        assertEquals(0, server.hits("/evil.dtd"), "an external DTD was fetched");

        List<Article> stored = library.articles(ArticleQuery.all(1_000));
        assertFalse(stored.isEmpty());
        int links = 0;
        for (Article a : stored) {
            assertTrue(SafeUrl.absolute(a.url(), null).isPresent(), "stored URL " + a.url());
            assertTrue(
                    a.leadImage() == null
                            || SafeUrl.absolute(a.leadImage(), null).isPresent(),
                    a.leadImage());
            assertFalse(UNSAFE.matcher(a.markdown()).find(), a.title() + " keeps an unsafe link: " + a.markdown());
            assertFalse(a.markdown().contains("root:") || a.text().contains("root:"), "a file entity was read");
            assertFalse(a.text().contains("pwned"), "a remote entity was read");
            assertFalse(a.text().contains("lollollollollollollol"), "entities were expanded");
            assertTrue(
                    a.markdown().length() < 200_000,
                    "an entity was expanded: " + a.markdown().length());
            if (a.markdown().contains("relative")) {
                links++;
                assertTrue(a.markdown().contains("(" + server.url("/relative/")), a.markdown());
                assertTrue(a.markdown().contains("(mailto:me@example.com)"), a.markdown());
                assertTrue(a.markdown().contains("click "), "the text of a refused link stays: " + a.markdown());
            }
        }
        assertTrue(library.findByUrl(server.url("/posts/relative")).isPresent(), "a relative entry link is resolved");
        System.out.printf(
                "hostile feeds: %d feeds (%d unsafe link kinds x 3 formats, %d DTD kinds), %d articles stored, %d with"
                        + " links checked%n",
                refreshed, UNSAFE_LINKS.length, hostile.size() - 3, stored.size(), links);
    }
}
