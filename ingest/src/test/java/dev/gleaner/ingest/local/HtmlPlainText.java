package dev.gleaner.ingest.local;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of Markdown as Gleaner first made it, kept as the reference the syntax-tree
 * version must match: the Markdown rendered as HTML, parsed back with jsoup and walked, each block
 * element ending its line.
 */
final class HtmlPlainText {
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
    private static final MutableDataSet OPTIONS = new MutableDataSet();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder(OPTIONS).escapeHtml(true).build();

    private HtmlPlainText() {}

    static String plainText(String markdown) {
        Element body = Jsoup.parse(RENDERER.render(PARSER.parse(markdown))).body();
        StringBuilder out = new StringBuilder(markdown.length());
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(org.jsoup.nodes.Node node, int depth) {
                        if (node instanceof TextNode t) {
                            out.append(t.getWholeText());
                        } else if (node instanceof Element e && e.tagName().equals("br")) {
                            out.append('\n');
                        }
                    }

                    @Override
                    public void tail(org.jsoup.nodes.Node node, int depth) {
                        if (node instanceof Element e
                                && e.isBlock()
                                && out.length() > 0
                                && out.charAt(out.length() - 1) != '\n') {
                            out.append('\n');
                        }
                    }
                },
                body);
        return BLANK_RUNS
                .matcher(out.toString().replaceAll("[ \\t]+\\n", "\n"))
                .replaceAll("\n\n")
                .strip();
    }
}
