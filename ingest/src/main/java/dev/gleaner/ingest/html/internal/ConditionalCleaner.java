package dev.gleaner.ingest.html.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Readability's conditional cleaning: a table, list or container inside the content goes when it looks like
 * chrome by its class, its share of links, its images against its paragraphs, or its emptiness; data tables,
 * what sits in them and code stay.
 */
final class ConditionalCleaner {
    private static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String TEXTISH = "span, li, td, blockquote, dl, div, img, ol, p, pre, table, ul";

    /**
     * A list that is links and little else is a rail of teasers ("More news", "Most read"), which news pages
     * put inside the article's container; Readability keeps lists whatever their links.
     */
    private static final double MAX_LIST_LINK_DENSITY = 0.6;

    private final Deadline deadline;
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

    ConditionalCleaner(Deadline deadline) {
        this.deadline = deadline;
    }

    /** Cleans {@code content} of suspicious elements named {@code tags}, innermost first, tag by tag. */
    void clean(Element content, List<String> tags) {
        for (Element table : content.getElementsByTag("table")) {
            dataTables.put(table, isDataTable(table));
        }
        for (String tag : tags) {
            Elements found = content.getElementsByTag(tag);
            for (int i = found.size() - 1; i >= 0; i--) {
                deadline.check();
                Element e = found.get(i);
                if (e != content && e.parent() != null && shouldRemove(e, tag)) {
                    e.remove();
                }
            }
        }
    }

    private boolean shouldRemove(Element node, String tag) {
        String text = text(node);
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList) {
            int listLength = 0;
            for (Element list : node.select(Css.of("ul, ol"))) {
                if (list != node) {
                    listLength += text(list).length();
                }
            }
            isList = !text.isEmpty() && listLength > 0.9 * text.length();
        }
        if (tag.equals("table") && dataTables.getOrDefault(node, false)) {
            return false;
        }
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table") && dataTables.getOrDefault(p, false)) {
                return false;
            }
        }
        if (ContentScorer.hasAncestor(node, "code", 4) || ContentScorer.hasAncestor(node, "pre", 6)) {
            return false;
        }
        for (Element t : node.getElementsByTag("table")) {
            if (t != node && dataTables.getOrDefault(t, false)) {
                return false;
            }
        }
        if (isEmbeddedQuote(node) || ContentScorer.hasAncestor(node, "blockquote", 3)) {
            return false;
        }
        double weight = ContentScorer.classWeightOf(node);
        if (weight < 0) {
            return true;
        }
        if (commas(text) >= 10) {
            return false;
        }
        int p = node.getElementsByTag("p").size();
        int img = node.getElementsByTag("img").size();
        int li = node.getElementsByTag("li").size() - 100;
        int input = node.getElementsByTag("input").size();
        if (AD_WORDS.matcher(text).matches() || LOADING_WORDS.matcher(text).matches()) {
            return true;
        }
        int length = text.length();
        double linkDensity = ContentScorer.linkDensity(node);
        boolean inFigure = ContentScorer.hasAncestor(node, "figure", 4);
        boolean remove = (!inFigure && img > 1 && (double) p / img < 0.5)
                || (!isList && li > p)
                || input > p / 3
                || (!isList
                        && !inFigure
                        && length < 25
                        && (img == 0 || img > 2)
                        && linkDensity > 0
                        && density(node, text, "h1, h2, h3, h4, h5, h6") < 0.9)
                || (!isList && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || (img == 0 && !hasTextInBlocks(node))
                || (isList && linkDensity > MAX_LIST_LINK_DENSITY);
        if (isList && remove) {
            // A list of images, one to an item, stays.
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return true;
                }
            }
            return img != node.getElementsByTag("li").size();
        }
        return remove;
    }

    /** An embedded post (a tweet, a toot) is a quotation the author chose, whatever its wrapper is called. */
    private static boolean isEmbeddedQuote(Element e) {
        return ContentScorer.MAYBE.matcher(e.className()).find() && e.selectFirst("blockquote") != null;
    }

    /** {@return whether any text of {@code node} sits in a paragraph, list, cell, span or other text block} */
    private static boolean hasTextInBlocks(Element node) {
        for (Element e : node.select(Css.of(TEXTISH))) {
            if (e != node && e.hasText()) {
                return true;
            }
        }
        return false;
    }

    /** {@return the share of {@code node}'s text inside descendants matching {@code css}, counted per match} */
    private static double density(Element node, String text, String css) {
        if (text.isEmpty()) {
            return 0;
        }
        int inside = 0;
        for (Element e : node.select(Css.of(css))) {
            if (e != node) {
                inside += text(e).length();
            }
        }
        return (double) inside / text.length();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    private static String text(Element e) {
        return e.text();
    }

    /** A table of data rather than of layout, by the tests browsers use for accessibility. */
    static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty()) {
            return true;
        }
        Element caption = table.selectFirst("caption");
        if (caption != null && caption.childNodeSize() > 0) {
            return true;
        }
        if (table.selectFirst(Css.of("col, colgroup, tfoot, thead, th")) != null) {
            return true;
        }
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            rows += Math.max(1, intAttr(tr, "rowspan"));
            int inRow = 0;
            for (Element td : tr.getElementsByTag("td")) {
                inRow += Math.max(1, intAttr(td, "colspan"));
            }
            columns = Math.max(columns, inRow);
        }
        if (columns == 1 || rows == 1) {
            return false;
        }
        if (rows >= 10 || columns > 4) {
            return true;
        }
        return rows * columns > 10;
    }

    private static int intAttr(Element e, String name) {
        try {
            return Integer.parseInt(e.attr(name).trim());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }
}
