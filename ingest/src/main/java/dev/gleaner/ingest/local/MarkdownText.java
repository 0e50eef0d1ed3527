package dev.gleaner.ingest.local;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Markdown as authors write it, turned into the clean Markdown and plain text Gleaner keeps. */
final class MarkdownText {
    /** Hugo shortcodes ({{< name >}}, {{% name %}}); paired ones keep their inner content. */
    private static final Pattern SHORTCODE =
            Pattern.compile("\\{\\{[<%]\\s*/?\\s*[\\w./-]+.*?[>%]\\}\\}", Pattern.DOTALL);
    /** Liquid tags ({% tag %}) and output ({{ value }}); raw/highlight blocks keep their content. */
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*\\w+.*?-?%\\}", Pattern.DOTALL);

    private static final Pattern LIQUID_OUTPUT = Pattern.compile("\\{\\{-?\\s*[^<%].*?-?\\}\\}", Pattern.DOTALL);
    private static final Pattern KRAMDOWN_ATTRIBUTES =
            Pattern.compile("(?m)^\\{:[^}\\n]*\\}[ \\t]*$\\n?|\\{:[^}\\n]*\\}");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).escapeHtml(true).build();
    }

    private MarkdownText() {}

    /** {@return the Markdown without static-site template noise} */
    static String clean(String markdown) {
        String s = SHORTCODE.matcher(markdown).replaceAll("");
        s = LIQUID_TAG.matcher(s).replaceAll("");
        s = LIQUID_OUTPUT.matcher(s).replaceAll("");
        s = KRAMDOWN_ATTRIBUTES.matcher(s).replaceAll("");
        return BLANK_RUNS.matcher(s.strip()).replaceAll("\n\n") + "\n";
    }

    /** {@return the text of the first heading, if the Markdown has one} */
    static String firstHeading(String markdown) {
        Document doc = PARSER.parse(markdown);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                String t = h.getText().toString().strip();
                if (!t.isEmpty()) {
                    return plainInline(t);
                }
            }
        }
        return null;
    }

    /** {@return the first non-blank line of the text, without Markdown markers} */
    static String firstLine(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.matches("[-=*_#`~]+"))
                .findFirst()
                .map(MarkdownText::plainInline)
                .orElse(null);
    }

    private static String plainInline(String line) {
        String s = line.replaceFirst("^#+\\s*", "").replaceFirst("\\s*#+$", "");
        String text = Jsoup.parse(RENDERER.render(PARSER.parse(s))).text().strip();
        return text.isEmpty() ? s : text;
    }

    /** {@return the plain text of the Markdown, one line per block} */
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
