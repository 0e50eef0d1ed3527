package dev.gleaner.ingest.html.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognises pages that list several posts (a blog index, archive or category page): repeated
 * sibling "cards" that each link to a post of the same site with a title and an excerpt, or several
 * "Read more" links.
 */
public final class ListingDetector {
    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)^\\s*(read more|continue reading|more|read the rest|더\\s*보기|더\\s*읽기|계속\\s*읽기|전체\\s*보기|続きを読む)\\s*[»›→>.…]*\\s*$");
    private static final Pattern NOT_POST = Pattern.compile(
            "(?i)/(tag|tags|category|categories|archive|archives|page|author|search|guestbook|rss|feed|login|manage)(/|$|\\?)");

    /** The verdict: whether the page is a listing, and the post links found. */
    public record Verdict(boolean listing, List<String> links) {
        /** Copies the links. */
        public Verdict {
            links = List.copyOf(links);
        }
    }

    private final Deadline deadline;
    private final Map<String, Boolean> unlikely = new HashMap<>();

    /** Creates a detector bound to a time budget. */
    public ListingDetector(Deadline deadline) {
        this.deadline = deadline;
    }

    /** {@return the verdict for {@code doc}, read before content scoring changes it} */
    public Verdict detect(Document doc, boolean articleTyped) {
        String self = doc.location();
        String host = hostOf(self);
        Set<String> readMore = new LinkedHashSet<>();
        for (Element a : doc.select(Css.of("a[href]"))) {
            deadline.check();
            if (READ_MORE.matcher(a.text()).matches()) {
                String url = postUrl(a, host, self);
                if (url != null) {
                    readMore.add(url);
                }
            }
        }
        if (readMore.size() >= 2 && !articleTyped) {
            return new Verdict(true, new ArrayList<>(withCardLinks(doc, host, self, readMore)));
        }
        if (articleTyped) {
            return new Verdict(false, List.of());
        }
        Set<String> cards = cardLinks(doc, host, self);
        int bodyText = doc.body() == null ? 0 : doc.body().text().length();
        if (cards.size() >= 2 && bodyText > 0) {
            return new Verdict(true, new ArrayList<>(cards));
        }
        return new Verdict(false, List.of());
    }

    private Set<String> withCardLinks(Document doc, String host, String self, Set<String> readMore) {
        Set<String> all = new LinkedHashSet<>(cardLinks(doc, host, self));
        all.addAll(readMore);
        return all;
    }

    private Set<String> cardLinks(Document doc, String host, String self) {
        Map<String, List<String>> groups = new HashMap<>();
        Map<String, Integer> excerpts = new HashMap<>();
        for (Element a : doc.select(Css.of("a[href]"))) {
            deadline.check();
            String url = postUrl(a, host, self);
            if (url == null || inChrome(a)) {
                continue;
            }
            Element card = cardOf(a);
            if (card == null) {
                continue;
            }
            String title = titleOf(a, card);
            if (title.length() < 6) {
                continue;
            }
            String key = card.parent() == null
                    ? ""
                    : System.identityHashCode(card.parent()) + card.normalName() + "." + card.className();
            List<String> urls = groups.computeIfAbsent(key, k -> new ArrayList<>());
            if (!urls.contains(url)) {
                urls.add(url);
                if (card.text().length() - title.length() >= 30) {
                    excerpts.merge(key, 1, Integer::sum);
                }
            }
        }
        Set<String> best = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            int withExcerpt = excerpts.getOrDefault(g.getKey(), 0);
            if (withExcerpt >= 2 && g.getValue().size() > best.size()) {
                best = new LinkedHashSet<>(g.getValue());
            }
        }
        return best;
    }

    private static Element cardOf(Element a) {
        Element e = a;
        for (int i = 0; i < 4 && e.parent() != null; i++) {
            Element p = e.parent();
            String tag = p.normalName();
            if (tag.equals("li") || tag.equals("article") || p.hasClass("post") || p.hasClass("hentry")) {
                return p;
            }
            e = p;
        }
        return null;
    }

    private static String titleOf(Element a, Element card) {
        Element heading = card.selectFirst("h1, h2, h3, h4, strong, .title, .name, .tit");
        String t = heading != null ? heading.text() : a.text();
        return t.trim();
    }

    private boolean inChrome(Element a) {
        for (Element p = a.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("header")) {
                return true;
            }
            String match = p.className() + " " + p.id();
            if (match.length() > 1 && unlikely.computeIfAbsent(match, ContentScorer::unlikelyName)) {
                return true;
            }
        }
        return false;
    }

    private static String postUrl(Element a, String host, String self) {
        String url = a.absUrl("href");
        // A saved page that does not say where it was served from links its posts relative to the
        // file: those links are posts as well (the file's own folder is no part of their path).
        boolean saved = url.startsWith("file:") && self.startsWith("file:");
        if (url.isEmpty() || !(url.startsWith("http") || saved)) {
            return null;
        }
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        String own = saved ? pathUnderFolderOf(url, self) : url;
        if (url.equals(self) || NOT_POST.matcher(own).find()) {
            return null;
        }
        if (host != null && !host.equalsIgnoreCase(hostOf(url))) {
            return null;
        }
        String path;
        try {
            path = URI.create(url.replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null || path.isEmpty() || path.equals("/")) {
            return null;
        }
        return url;
    }

    /** {@return the path of file URL {@code url} below the folder of file URL {@code self}, from its slash} */
    private static String pathUnderFolderOf(String url, String self) {
        try {
            String path = URI.create(url.replace(" ", "%20")).getPath();
            String own = URI.create(self.replace(" ", "%20")).getPath();
            String folder = own == null ? "/" : own.substring(0, own.lastIndexOf('/') + 1);
            return path != null && path.startsWith(folder) ? path.substring(folder.length() - 1) : path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String hostOf(String url) {
        try {
            return url == null || url.isEmpty()
                    ? null
                    : URI.create(url.replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
