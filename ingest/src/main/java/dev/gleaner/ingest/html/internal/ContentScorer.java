package dev.gleaner.ingest.html.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main content of a page by scoring blocks of text (length, commas, class/id hints, link
 * density) and gathering the best block with its related siblings, after Readability.
 */
final class ContentScorer {
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|subscribe|newsletter|another_category|revenue|reaction|navigation|gnb|lnb|snb|cookie|recommend|trending|most-?read|most-?popular",
            Pattern.CASE_INSENSITIVE);
    static final Pattern MAYBE =
            Pattern.compile("and|article|body|column|content|embed|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author-info|subscribe|newsletter",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNLIKELY_ROLES =
            Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    /** The blocks whose text scores their ancestors, as Readability scores them: headings lend their section weight. */
    private static final Set<String> SCORED_TAGS = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    /** How many of the best candidates may pull the article up to an ancestor they share. */
    private static final int TOP_CANDIDATES = 5;

    private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001";

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Deadline deadline;
    private final boolean stripUnlikely;
    private final boolean weighClasses;

    /** Creates a scorer; the flags relax the rules for a second attempt on sparse pages. */
    public ContentScorer(Deadline deadline, boolean stripUnlikely, boolean weighClasses) {
        this.deadline = deadline;
        this.stripUnlikely = stripUnlikely;
        this.weighClasses = weighClasses;
    }

    /** {@return a new element holding the main content of {@code doc}, which this modifies} */
    public Element findContent(Document doc) {
        return findContent(doc, null);
    }

    /** {@return a new element holding the main content of {@code doc}, whose headline {@code title} is shown apart} */
    public Element findContent(Document doc, String title) {
        Element body = doc.body();
        // Readability looks for the byline and the repeated headline in what is left of the page after
        // unlikely blocks are gone: an author's name in a sidebar is not the article's byline.
        if (stripUnlikely) {
            removeUnlikely(body);
        }
        Headers.remove(doc, title);
        new Paragraphs(deadline).rewrite(body);
        List<Element> toScore = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            deadline.check();
            String tag = e.normalName();
            if (SCORED_TAGS.contains(tag)) {
                toScore.add(e);
            } else if (tag.equals("div") && !hasBlockChild(e)) {
                toScore.add(e);
            }
        }
        List<Element> candidates = new ArrayList<>();
        for (Element e : toScore) {
            deadline.check();
            if (e.parent() == null) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25) {
                continue;
            }
            // Readability counts the pieces the commas cut the text into, so a block without one scores 2.
            double score = 2 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.parent() == null && !ancestor.normalName().equals("body")) {
                    break;
                }
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
            }
        }
        List<Element> best = new ArrayList<>();
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - linkDensity(c));
            scores.put(c, s);
            int at = 0;
            while (at < best.size() && scores.get(best.get(at)) >= s) {
                at++;
            }
            if (at < TOP_CANDIDATES) {
                best.add(at, c);
                if (best.size() > TOP_CANDIDATES) {
                    best.removeLast();
                }
            }
        }
        Element top = best.isEmpty() ? null : best.getFirst();
        double topScore = top == null ? 0 : scores.get(top);
        if (top == null || top.normalName().equals("html")) {
            top = body;
            topScore = scores.getOrDefault(body, 0.0);
        }
        top = climb(top, best);
        topScore = scores.getOrDefault(top, topScore);
        return gatherSiblings(top, topScore);
    }

    /** {@return the final score given to {@code e}, or 0} */
    public double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private Element climb(Element top, List<Element> candidates) {
        // When several good candidates share an ancestor, the article is that ancestor.
        double topScore = scores.getOrDefault(top, 0.0);
        List<Element> alternatives = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && scores.get(c) / Math.max(topScore, 1e-9) >= 0.75) {
                alternatives.add(c);
            }
        }
        if (alternatives.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        // Climb while the parent scores better, and past wrappers with a single child.
        Element parent = top.parent();
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        while (parent != null
                && !parent.normalName().equals("body")
                && !parent.normalName().equals("html")) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        while (top.parent() != null
                && !top.parent().normalName().equals("body")
                && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Element gatherSiblings(Element top, double topScore) {
        Element content = new Element("div");
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            for (Node child : new ArrayList<>(top.childNodes())) {
                content.appendChild(child);
            }
            return content;
        }
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        for (Element sibling : new ArrayList<>(parent.children())) {
            deadline.check();
            boolean append = sibling == top;
            // A page's <header> beside the text holds its headline, standfirst, byline and date: not the text.
            if (!append && !sibling.normalName().equals("header")) {
                double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? topScore * 0.2 : 0;
                Double s = scores.get(sibling);
                if (s != null && s + bonus >= threshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = linkDensity(sibling);
                    String text = sibling.text();
                    if (text.length() > 80 && density < 0.25) {
                        append = true;
                    } else if (text.length() < 80
                            && text.length() > 0
                            && density == 0
                            && text.matches("(?s).*\\.( |$).*")) {
                        append = true;
                    }
                }
            }
            if (append) {
                content.appendChild(sibling);
            }
        }
        return content;
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    /** {@return the class/id hint weight of {@code e}: positive for content-like names} */
    public double classWeight(Element e) {
        if (!weighClasses) {
            return 0;
        }
        return classWeightOf(e);
    }

    static double classWeightOf(Element e) {
        double weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                weight += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** {@return whether a "class id" string names chrome: unlikely, and not maybe content} */
    static boolean unlikelyName(String match) {
        // The same test as UNLIKELY and MAYBE (ASCII case-insensitive), on an ASCII-lowercased copy:
        // case-sensitive literals match several times faster.
        String lower = asciiLower(match);
        return UNLIKELY_LOWER.matcher(lower).find()
                && !MAYBE_LOWER.matcher(lower).find();
    }

    private static final Pattern UNLIKELY_LOWER = Pattern.compile(UNLIKELY.pattern());
    private static final Pattern MAYBE_LOWER = Pattern.compile(MAYBE.pattern());

    private static String asciiLower(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? s : new String(chars);
    }

    private void removeUnlikely(Element body) {
        List<Element> doomed = new ArrayList<>();
        // Pages repeat their class names: each distinct one is matched once.
        Map<String, Boolean> unlikely = new java.util.HashMap<>();
        for (Element e : body.getAllElements()) {
            deadline.check();
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("a") || tag.equals("article") || tag.equals("main")) {
                continue;
            }
            String role = e.attr("role");
            if (!role.isEmpty() && UNLIKELY_ROLES.contains(role)) {
                doomed.add(e);
                continue;
            }
            String match = e.className() + " " + e.id();
            if (match.length() > 1
                    && unlikely.computeIfAbsent(match, ContentScorer::unlikelyName)
                    && !hasAncestor(e, "table", 3)
                    && !hasAncestor(e, "code", 3)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    static boolean hasAncestor(Element e, String tag, int maxDepth) {
        Element p = e.parent();
        for (int i = 0; p != null && i < maxDepth; i++, p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BlockTags.isBlock(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (COMMAS.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** {@return the share of {@code e}'s text inside links, in [0, 1]} */
    public static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        double linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            double coefficient = href.startsWith("#") ? 0.3 : 1;
            linked += a.text().length() * coefficient;
        }
        return Math.min(1, linked / total);
    }

    /** {@return the whitespace-normalized text of direct text nodes} */
    static int ownTextLength(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += t.text().trim().length();
            }
        }
        return n;
    }
}
