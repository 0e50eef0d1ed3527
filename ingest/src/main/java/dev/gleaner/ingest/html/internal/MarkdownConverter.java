package dev.gleaner.ingest.html.internal;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders the sanitized article body as plain text and converts it to CommonMark + GFM tables with
 * flexmark's html2md converter,
 * after making its blocks explicit: flexmark renders a {@code div} as lines with hard breaks and
 * loses the blocks inside it, so divs become paragraphs or give way to their blocks first.
 */
public final class MarkdownConverter {
    private static final Set<String> BLOCKS = Set.of(
            "address",
            "blockquote",
            "details",
            "div",
            "dl",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "ol",
            "p",
            "pre",
            "table",
            "ul");
    /** Above this many characters of HTML, the body is converted in pieces so the deadline can stop it. */
    private static final int CHUNK_CHARS = 64 * 1024;

    private final FlexmarkHtmlConverter converter;

    /** Creates a converter configured for clean, re-renderable Markdown. */
    public MarkdownConverter() {
        MutableDataSet options = new MutableDataSet()
                .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
                .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
                .set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)
                .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
                .set(FlexmarkHtmlConverter.DIV_TABLE_PROCESSING, false)
                .set(FlexmarkHtmlConverter.EXTRACT_AUTO_LINKS, true)
                .set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, false)
                .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1)
                .set(FlexmarkHtmlConverter.LISTS_END_ON_DOUBLE_BLANK, false)
                .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')
                // Curly quotes, dashes and ellipses stay the characters the author typed (and no
                // pattern runs over every text node to turn them into ASCII look-alikes).
                .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
                .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        this.converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /** {@return the plain text of {@code body} for the index, one block per line} */
    public String plainText(Element body) {
        return BlockText.of(body);
    }

    /** {@return the Markdown for {@code html}} */
    public String toMarkdown(String html) {
        return converter.convert(html).strip() + "\n";
    }

    /**
     * Makes the blocks of {@code body} explicit in place: a {@code div} holding only inline content
     * becomes a paragraph, one holding blocks gives way to them (inline runs between them become
     * paragraphs), and a table without a header row gets its first row as the header.
     */
    public void normalize(Element body, Deadline deadline) {
        List<Element> divs = body.getElementsByTag("div");
        for (int i = divs.size() - 1; i >= 0; i--) {
            deadline.check();
            Element div = divs.get(i);
            if (div == body || div.parent() == null || inside(div, body, "table", "pre")) {
                continue;
            }
            if (!hasBlockChild(div)) {
                if (div.childNodeSize() == 0
                        || (div.children().isEmpty() && div.text().isBlank())) {
                    div.remove();
                } else {
                    div.tagName("p");
                }
                continue;
            }
            wrapInlineRuns(div);
            div.unwrap();
        }
        for (Element table : body.getElementsByTag("table")) {
            deadline.check();
            if (table.selectFirst("th") == null) {
                Element first = table.selectFirst("tr");
                if (first != null && first.nextElementSibling() != null) {
                    for (Element cell : first.children()) {
                        if (cell.normalName().equals("td")) {
                            cell.tagName("th");
                        }
                    }
                }
            }
        }
    }

    /**
     * {@return the Markdown for the children of {@code body}, already {@linkplain #normalize normalized},
     * whose HTML is {@code htmlLength} characters long} A large body is converted a run of top-level
     * blocks at a time, checking {@code deadline} in between; this moves the children out of {@code body}.
     */
    public String toMarkdown(Element body, int htmlLength, Deadline deadline) {
        if (htmlLength <= CHUNK_CHARS) {
            return converter.convert(body).strip() + "\n";
        }
        List<Node> children = new ArrayList<>(body.childNodes());
        int perChunk = (int) Math.max(1, (long) children.size() * CHUNK_CHARS / htmlLength);
        StringBuilder out = new StringBuilder();
        for (int from = 0; from < children.size(); from += perChunk) {
            deadline.checkNow();
            Element chunk = new Element("body");
            for (Node child : children.subList(from, Math.min(children.size(), from + perChunk))) {
                chunk.appendChild(child);
            }
            String md = converter.convert(chunk).strip();
            if (!md.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(md);
            }
        }
        deadline.checkNow();
        return out.toString().strip() + "\n";
    }

    private static void wrapInlineRuns(Element div) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (child instanceof Element e && BLOCKS.contains(e.normalName())) {
                wrap(run);
                run.clear();
            } else {
                run.add(child);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean content = false;
        for (Node n : run) {
            if (n instanceof Element || (n instanceof TextNode t && !t.isBlank())) {
                content = true;
                break;
            }
        }
        if (!content) {
            return;
        }
        Element p = new Element("p");
        run.getFirst().before(p);
        for (Node n : run) {
            p.appendChild(n);
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Element e, Element root, String tag1, String tag2) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            String name = p.normalName();
            if (name.equals(tag1) || name.equals(tag2)) {
                return true;
            }
        }
        return false;
    }
}
