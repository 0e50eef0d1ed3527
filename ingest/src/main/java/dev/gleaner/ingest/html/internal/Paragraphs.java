package dev.gleaner.ingest.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes paragraphs of what pages lay out as paragraphs without saying so, as Readability does before it
 * scores: runs of two or more {@code <br>} start a new paragraph, loose text and inline elements beside
 * blocks in a {@code div} are wrapped in a {@code p}, a {@code div} that only wraps one paragraph becomes
 * that paragraph, and a {@code div} with no block inside becomes a {@code p}. Empty wrappers go. Scoring
 * then credits the text wherever it sits, and conditional cleaning judges the real containers, not
 * paragraphs that happen to be written as {@code div}s.
 */
final class Paragraphs {
    /** What makes a {@code div} a container rather than a paragraph, at any depth. */
    private static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");

    private static final Set<String> PHRASING = Set.of(
            "abbr",
            "audio",
            "b",
            "bdo",
            "br",
            "button",
            "cite",
            "code",
            "data",
            "datalist",
            "dfn",
            "em",
            "embed",
            "i",
            "img",
            "input",
            "kbd",
            "label",
            "mark",
            "math",
            "meter",
            "noscript",
            "object",
            "output",
            "progress",
            "q",
            "ruby",
            "samp",
            "script",
            "select",
            "small",
            "span",
            "strong",
            "sub",
            "sup",
            "textarea",
            "time",
            "var",
            "wbr");

    private static final Set<String> EMPTY_REMOVABLE =
            Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");

    private final Deadline deadline;

    Paragraphs(Deadline deadline) {
        this.deadline = deadline;
    }

    /** Rewrites {@code root}'s subtree in place. */
    void rewrite(Element root) {
        for (Element font : root.getElementsByTag("font")) {
            font.tagName("span");
        }
        replaceBrChains(root);
        List<Element> all = new ArrayList<>(root.getAllElements());
        for (Element e : all) {
            deadline.check();
            if (e == root || e.parent() == null) {
                continue;
            }
            String tag = e.normalName();
            if (EMPTY_REMOVABLE.contains(tag) && isEmpty(e)) {
                e.remove();
                continue;
            }
            if (tag.equals("div")) {
                divToParagraphs(e);
            }
        }
    }

    private static void divToParagraphs(Element div) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!isWhitespace(child)) {
                    p = new Element("p");
                    child.before(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                trimTrailingWhitespace(p);
                p = null;
            }
        }
        if (p != null) {
            trimTrailingWhitespace(p);
        }
        if (div.parent() == null) {
            return;
        }
        if (hasSingleChild(div, "p") && ContentScorer.linkDensity(div) < 0.25) {
            div.replaceWith(div.child(0));
        } else if (!hasBlockInside(div)) {
            div.tagName("p");
        }
    }

    /** Two or more {@code <br>} in a row end a paragraph: the text after them, up to the next such run, is one. */
    private static void replaceBrChains(Element root) {
        for (Element br : new ArrayList<>(root.getElementsByTag("br"))) {
            if (br.parent() == null) {
                continue;
            }
            boolean replaced = false;
            Node next = nextNonBlank(br.nextSibling());
            while (next instanceof Element e && e.normalName().equals("br")) {
                replaced = true;
                Node after = e.nextSibling();
                e.remove();
                next = nextNonBlank(after);
            }
            if (!replaced) {
                continue;
            }
            Element p = new Element("p");
            br.replaceWith(p);
            Node sibling = p.nextSibling();
            while (sibling != null) {
                if (sibling instanceof Element e && e.normalName().equals("br")) {
                    Node following = nextNonBlank(e.nextSibling());
                    if (following instanceof Element f && f.normalName().equals("br")) {
                        break;
                    }
                }
                if (!isPhrasing(sibling)) {
                    break;
                }
                Node after = sibling.nextSibling();
                p.appendChild(sibling);
                sibling = after;
            }
            trimTrailingWhitespace(p);
            Element parent = p.parent();
            if (parent != null && parent.normalName().equals("p")) {
                parent.tagName("div");
            }
        }
    }

    private static Node nextNonBlank(Node node) {
        Node n = node;
        while (n != null && !(n instanceof Element) && n.outerHtml().isBlank()) {
            n = n.nextSibling();
        }
        return n;
    }

    private static void trimTrailingWhitespace(Element p) {
        while (p.childNodeSize() > 0 && isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
            for (Node child : e.childNodes()) {
                if (!isPhrasing(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isWhitespace(Node node) {
        if (node instanceof TextNode t) {
            return t.isBlank();
        }
        return node instanceof Element e && e.normalName().equals("br");
    }

    static boolean isEmpty(Element e) {
        if (!e.text().isBlank()) {
            return false;
        }
        int breaks = e.getElementsByTag("br").size() + e.getElementsByTag("hr").size();
        return e.childrenSize() == 0 || e.childrenSize() == breaks;
    }

    static boolean hasSingleChild(Element e, String tag) {
        if (e.childrenSize() != 1 || !e.child(0).normalName().equals(tag)) {
            return false;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBlockInside(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName()) || hasBlockInside(child)) {
                return true;
            }
        }
        return false;
    }
}
