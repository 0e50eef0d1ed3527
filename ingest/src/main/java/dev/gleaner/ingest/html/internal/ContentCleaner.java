package dev.gleaner.ingest.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/** Prepares a page for scoring and cleans the content found: chrome out, URLs absolute, code hinted. */
public final class ContentCleaner {
    private static final String ALWAYS_REMOVED =
            "script, style, noscript, template, iframe, frame, frameset, object, embed, applet, svg, canvas, "
                    + "button, input, select, textarea, link, meta, dialog, [hidden], [aria-hidden=true]:not([class*=fallback-image]), "
                    + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    private static final Pattern LANGUAGE =
            Pattern.compile("(?:^|\\s)(?:language-|lang-|brush:\\s*|highlight-source-|highlight-)([\\w+#-]+)");
    private static final Pattern SHARE = Pattern.compile(
            "share|sharing|social|sns|subscribe|newsletter|related|recommend|comment|reply|tag-?list|post-?tags|"
                    + "another_category|container_postbtn|postbtn|revenue|adsense|advert|promo|author-?bio|about-?author",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)(관련\\s*글|관련\\s*포스트|추천\\s*글|함께 보면 좋은 글|이전 글|다음 글|related (posts?|articles?|stories)|"
                    + "you may also like|read next|more from .{1,40}|comments?|tags?|태그|카테고리|categories|분류 전체보기|댓글\\s*\\d*|공감\\s*\\d*)");

    private static final Pattern HOVER_CARD =
            Pattern.compile("(?i)(?:^|[\\s_-])(?:tooltip|popover|hover-?card|rollover)");

    private static final Pattern MEDIA_COUNTER = Pattern.compile("\\s*\\d{1,3}(?:\\s*(?:/|of)\\s*\\d{1,3})?\\s*");

    private final Deadline deadline;

    /** Creates a cleaner bound to a time budget. */
    public ContentCleaner(Deadline deadline) {
        this.deadline = deadline;
    }

    /**
     * {@return the main content of {@code doc} found by content scoring and cleaned; {@code strict}
     * drops unlikely blocks and weighs class names first, off for a second try on a sparse page}
     * This changes {@code doc}.
     */
    public Element scoredContent(Document doc, String title, boolean strict) {
        return scoredContent(doc, title, strict, strict, strict);
    }

    /**
     * {@return the main content of {@code doc} by content scoring with each of Readability's three
     * strictness flags: drop unlikely blocks by class name, weigh class names, clean lists, tables and
     * divs conditionally} This changes {@code doc}.
     */
    public Element scoredContent(
            Document doc, String title, boolean stripUnlikely, boolean weighClasses, boolean conditional) {
        prepare(doc);
        Element content = new ContentScorer(deadline, stripUnlikely, weighClasses).findContent(doc, title);
        clean(content, title, conditional);
        return content;
    }

    /**
     * {@return the text blocks of {@code doc} that read as prose, by text and link density alone}
     * This changes {@code doc}.
     */
    public Element denseContent(Document doc, String title) {
        prepare(doc);
        Element content = new DensityExtractor(deadline).findContent(doc);
        clean(content, title, false);
        return content;
    }

    /** Removes what never is content: scripts, styles, forms controls, hidden elements, comments. */
    public void prepare(Document doc) {
        doc.select(Css.of(ALWAYS_REMOVED)).remove();
        List<Node> comments = new ArrayList<>();
        doc.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        });
        comments.forEach(Node::remove);
        removeHoverCards(doc);
        codeTables(doc);
        linkCards(doc);
        for (Element img : doc.select(Css.of("img, source"))) {
            deadline.check();
            fixLazyImage(img);
        }
    }

    /**
     * A tooltip, popover or rollover card is drawn only while the pointer rests on what it explains: a
     * person's name in the text opens a card of that person's other stories, a share icon its label. Such a
     * wrapper holds the word in the text first and the card after it; the card goes, the word stays.
     */
    private static void removeHoverCards(Document doc) {
        for (Element card : doc.select(Css.of("[class]"))) {
            Element wrapper = card.parent();
            if (wrapper != null
                    && HOVER_CARD.matcher(card.className()).find()
                    && !card.normalName().equals("a")
                    && card.previousElementSibling() != null
                    && HOVER_CARD.matcher(wrapper.className()).find()) {
                card.remove();
            }
        }
    }

    /**
     * Highlighters that number lines lay code out as a table: a gutter cell of line numbers beside the code
     * cell. Such a table becomes a code block of the code cell's lines, without the numbers or credit links.
     */
    private void codeTables(Document doc) {
        for (Element table : doc.getElementsByTag("table")) {
            deadline.check();
            if (table.parent() == null) {
                continue;
            }
            List<Element> rows = table.select(Css.of("> tr, > tbody > tr"));
            if (rows.size() != 1) {
                continue;
            }
            List<Element> cells = rows.getFirst().select(Css.of("> td, > th"));
            if (cells.size() < 2 || cells.size() > 3) {
                continue;
            }
            int numbers = lineNumbers(cells.get(0).text());
            Element codeCell = cells.get(1);
            if (numbers < 2 && codeCell.selectFirst(Css.of("pre, code")) == null) {
                continue;
            }
            if (numbers < 1) {
                continue;
            }
            for (Element a : codeCell.select(Css.of("a[href]"))) {
                Element line = a.parent();
                if (line != null && line != codeCell && line.text().equals(a.text())) {
                    line.remove();
                }
            }
            String code = codeLines(codeCell);
            if (code.isBlank()) {
                continue;
            }
            Element pre = new Element("pre");
            pre.appendElement("code").text(code);
            table.replaceWith(pre);
        }
    }

    /**
     * Tistory's editor writes a link card as a figure with the page's title, teaser and host; like
     * SmartEditor's card it becomes a link with the title, so that a post reads the same from either editor.
     */
    private static void linkCards(Document doc) {
        for (Element card : doc.select(Css.of("figure[data-ke-type=opengraph]"))) {
            Element link = card.selectFirst(Css.of("a[href]"));
            if (link == null) {
                continue;
            }
            Element title = card.selectFirst(Css.of(".og-title"));
            String text = title == null || title.text().isBlank() ? link.attr("href") : title.text();
            Element p = new Element("p");
            p.appendElement("a").attr("href", link.attr("href")).text(text);
            card.replaceWith(p);
        }
    }

    /** {@return n when {@code text} is the numbers 1 to n and nothing else, else 0} */
    private static int lineNumbers(String text) {
        String[] tokens = text.trim().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].equals(Integer.toString(i + 1))) {
                return 0;
            }
        }
        return tokens.length;
    }

    private static final java.util.Set<String> LINE_BLOCKS = java.util.Set.of("div", "p", "li", "tr", "pre");

    private static String codeLines(Element cell) {
        StringBuilder sb = new StringBuilder();
        cell.traverse(new org.jsoup.select.NodeVisitor() {
            private int pre;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    String text = t.getWholeText();
                    if (pre == 0 && text.isBlank() && text.indexOf('\n') >= 0) {
                        return;
                    }
                    sb.append(text.replace('\u00A0', ' '));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        sb.append('\n');
                    } else if (LINE_BLOCKS.contains(e.normalName())
                            && !sb.isEmpty()
                            && sb.charAt(sb.length() - 1) != '\n') {
                        sb.append('\n');
                    }
                    if (e.normalName().equals("pre")) {
                        pre++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("pre")) {
                    pre--;
                }
            }
        });
        return sb.toString().strip();
    }

    private static void fixLazyImage(Element img) {
        for (String attr : List.of("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url")) {
            String v = img.attr(attr);
            if (!v.isBlank() && !v.startsWith("data:")) {
                img.attr("src", v);
                return;
            }
        }
        String src = img.attr("src");
        if (src.isBlank() || src.startsWith("data:")) {
            String set = img.hasAttr("data-srcset") ? img.attr("data-srcset") : img.attr("srcset");
            if (!set.isBlank()) {
                String first = set.trim().split("\\s*,\\s*")[0].split("\\s+")[0];
                img.attr("src", first);
            }
        }
    }

    /** Cleans the found content in place; {@code title} drops a heading that only repeats it. */
    public void clean(Element content, String title, boolean conditional) {
        content.select(Css.of("nav, aside, footer, form, fieldset, h1 + .byline"))
                .remove();
        for (Element e : content.select(Css.of("[class], [id]"))) {
            deadline.check();
            if (e.parent() == null || isCodeOrTable(e)) {
                continue;
            }
            String match = e.className() + " " + e.id();
            if (SHARE.matcher(match).find()
                    && !ContentScorer.MAYBE.matcher(match).find()
                    && e.text().length() < 400) {
                e.remove();
            }
        }
        for (Element h : content.select(Css.of("h1, h2, h3, h4, h5, h6, strong, p"))) {
            if (h.parent() != null && RELATED_HEADING.matcher(h.text().trim()).matches()) {
                Element next = h.nextElementSibling();
                if (next != null
                        && (next.normalName().equals("ul")
                                || next.normalName().equals("ol")
                                || ContentScorer.linkDensity(next) > 0.5)) {
                    next.remove();
                }
                h.remove();
            }
        }
        for (Element h : content.select("h1, h2")) {
            if (ContentScorer.classWeightOf(h) < 0 || (title != null && repeatsTitle(h.text(), title))) {
                h.remove();
            }
        }
        removeLeadingHeadline(content, title);
        removeMediaCounters(content);
        if (conditional) {
            new ConditionalCleaner(deadline).clean(content, List.of("table", "ul", "div"));
        }
        new BoilerplatePruner(deadline).prune(content);
        for (Element p : content.select("p, div")) {
            if (p.children().isEmpty() && p.text().isBlank() && p.parent() != null) {
                p.remove();
            }
        }
    }

    /**
     * Cleans a blogging editor's post body in place: every block in it is the author's (the platform's
     * chrome sits outside it, or is named by the platform rule), so only empty blocks go; no heuristic
     * for news pages may take a line the author wrote ("광고", "공감", a repeated divider).
     */
    public void cleanEditorBody(Element content) {
        for (Element p : content.select("p, div")) {
            deadline.check();
            if (p.children().isEmpty() && p.text().isBlank() && p.parent() != null) {
                p.remove();
            }
        }
    }

    private static boolean isCodeOrTable(Element e) {
        return e.normalName().equals("pre")
                || e.normalName().equals("code")
                || ContentScorer.hasAncestor(e, "pre", 4)
                || ContentScorer.hasAncestor(e, "code", 2);
    }

    /**
     * A figure's gallery counter or slide number ("6", "3/12") is a badge drawn over its image, not
     * text of the article: a block inside a figure whose whole text is such a number goes, the image
     * and caption stay.
     */
    private static void removeMediaCounters(Element content) {
        for (Element figure : content.getElementsByTag("figure")) {
            for (Element e : figure.getAllElements()) {
                if (e != figure
                        && e.parent() != null
                        && !e.normalName().equals("figcaption")
                        && e.getElementsByTag("img").isEmpty()
                        && MEDIA_COUNTER.matcher(e.text()).matches()) {
                    e.remove();
                }
            }
        }
    }

    /** Makes links and images absolute, flattens nested tables and deep nesting, marks code languages. */
    public void finish(Element content, String baseUrl) {
        if (baseUrl != null) {
            content.setBaseUri(baseUrl);
        }
        flatten(content);
        for (Element a : content.select(Css.of("a[href]"))) {
            String abs = a.absUrl("href");
            if (!abs.isEmpty()) {
                a.attr("href", abs);
            }
        }
        for (Element img : content.select("img")) {
            String abs = img.absUrl("src");
            if (abs.isEmpty() || abs.startsWith("data:")) {
                img.remove();
            } else {
                img.attr("src", abs);
            }
        }
        for (Element pre : content.select("pre")) {
            String language = languageOf(pre);
            Element code = pre.selectFirst("> code");
            if (code == null) {
                String text = preText(pre);
                pre.empty();
                code = pre.appendElement("code").text(text);
            } else if (code.childrenSize() > 0) {
                code.text(preText(code));
            }
            if (language != null) {
                code.attr("class", "language-" + language);
            }
        }
    }

    private static final int MAX_NESTING = 40;

    /** Nested tables and very deep nesting make the Markdown converter slow; keep their text only. */
    private void flatten(Element content) {
        Elements tables = content.select("table table");
        for (int i = tables.size() - 1; i >= 0; i--) {
            deadline.check();
            Element inner = tables.get(i);
            if (inner.parent() == null) {
                continue;
            }
            Element replacement = new Element("div");
            for (Element row : inner.select("tr")) {
                replacement.appendElement("p").text(row.text());
            }
            inner.replaceWith(replacement);
        }
        for (Element e : content.getAllElements()) {
            deadline.check();
            if (e.parent() != null && depthBelow(e, content) == MAX_NESTING) {
                Element replacement = new Element("p").text(e.text());
                e.replaceWith(replacement);
            }
        }
    }

    private static int depthBelow(Element e, Element root) {
        int depth = 0;
        for (Element p = e; p != null && p != root; p = p.parent()) {
            depth++;
            if (depth > MAX_NESTING) {
                return depth;
            }
        }
        return depth;
    }

    private static String preText(Element e) {
        StringBuilder sb = new StringBuilder();
        e.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                sb.append(t.getWholeText());
            } else if (node instanceof Element el && el.normalName().equals("br")) {
                sb.append('\n');
            }
        });
        return sb.toString();
    }

    private static String languageOf(Element pre) {
        List<Element> candidates = new ArrayList<>();
        candidates.add(pre);
        candidates.addAll(pre.select("code"));
        Element parent = pre.parent();
        for (int i = 0; parent != null && i < 3; i++, parent = parent.parent()) {
            candidates.add(parent);
        }
        for (Element e : candidates) {
            String lang = e.attr("data-lang");
            if (lang.isBlank()) {
                lang = e.attr("data-language");
            }
            if (!lang.isBlank()) {
                return lang.toLowerCase(Locale.ROOT).trim();
            }
            Matcher m = LANGUAGE.matcher(e.className());
            if (m.find() && !m.group(1).equals("source")) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** A heading that opens the content and shares most words with the title is the headline over again. */
    private static void removeLeadingHeadline(Element content, String title) {
        if (title == null) {
            return;
        }
        for (Element e : content.select(Css.of("h1, h2, h3, p, li, pre, blockquote, table, figcaption"))) {
            if (e.text().isBlank()) {
                continue;
            }
            String tag = e.normalName();
            if ((tag.equals("h1") || tag.equals("h2"))
                    && Math.min(PageTitle.similarity(title, e.text()), PageTitle.similarity(e.text(), title)) >= 0.5) {
                e.remove();
            }
            return;
        }
    }

    /** A heading repeats the title when it is the title, or the title's part before or after a site-name separator. */
    static boolean repeatsTitle(String heading, String title) {
        if (sameText(heading, title)) {
            return true;
        }
        for (String part : PageTitle.SEPARATORS.split(title)) {
            if (part.length() * 2 >= title.length() && sameText(heading, part)) {
                return true;
            }
        }
        return false;
    }

    static boolean sameText(String a, String b) {
        String x = PageTitle.NON_WORD.matcher(a).replaceAll("").toLowerCase(Locale.ROOT);
        String y = PageTitle.NON_WORD.matcher(b).replaceAll("").toLowerCase(Locale.ROOT);
        return !x.isEmpty() && x.equals(y);
    }
}
