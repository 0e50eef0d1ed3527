package dev.gleaner.ingest.local;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

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
        // Each pattern is tried only on text holding the opening it needs: most notes hold none, and
        // a pattern's search costs a pass over the whole text.
        String s = markdown;
        if (s.contains("{{")) {
            s = SHORTCODE.matcher(s).replaceAll("");
        }
        if (s.contains("{%")) {
            s = LIQUID_TAG.matcher(s).replaceAll("");
        }
        if (s.contains("{{")) {
            s = LIQUID_OUTPUT.matcher(s).replaceAll("");
        }
        if (s.contains("{:")) {
            s = KRAMDOWN_ATTRIBUTES.matcher(s).replaceAll("");
        }
        s = s.strip();
        return (s.contains("\n\n\n") ? BLANK_RUNS.matcher(s).replaceAll("\n\n") : s) + "\n";
    }

    /** {@return the text of the first heading, if the Markdown has one} */
    static String firstHeading(String markdown) {
        return firstHeading(PARSER.parse(markdown));
    }

    /** {@return the text of the first heading of the parsed Markdown, if it has one} */
    static String firstHeading(Document doc) {
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

    /** {@return the Markdown parsed, to share between the plain text, the title and the link check} */
    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** {@return the plain text of the Markdown, one line per block} */
    static String plainText(String markdown) {
        return plainText(PARSER.parse(markdown));
    }

    /**
     * {@return the plain text of a parsed Markdown document, one line per block}
     *
     * <p>Read straight from the syntax tree: the text, line breaks and blank lines are those of the
     * document rendered as HTML and read back as text (block elements end their line, whitespace
     * between them is kept, a line starts without the spaces the renderer trims), without the
     * HTML in between.
     */
    static String plainText(Document doc) {
        PlainText text = new PlainText(doc);
        text.children(doc);
        return tidyLines(text.out).strip();
    }

    /**
     * {@return the text without spaces or tabs at the end of a line, and with no more than one blank
     * line in a row} One pass over the text.
     */
    static String tidyLines(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int blanksFrom = -1; // where the spaces and tabs at the end of out begin, if it ends with some
        int newlines = 0; // line ends in a row at the end of out, counting those the blanks hide
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (blanksFrom >= 0) {
                    out.setLength(blanksFrom);
                    blanksFrom = -1;
                }
                if (newlines < 2) {
                    out.append('\n');
                }
                newlines++;
            } else {
                if (c == ' ' || c == '\t') {
                    if (blanksFrom < 0) {
                        blanksFrom = out.length();
                    }
                } else {
                    blanksFrom = -1;
                    newlines = 0;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Writes the text of a document as its HTML rendering reads, node by node. */
    private static final class PlainText {
        private final StringBuilder out = new StringBuilder();
        private final ListOptions listOptions;
        private final DataHolder options;
        /** The last character the HTML rendering would have written, 0 before the first. */
        private char last;
        /** Inside a code block: lines keep their leading whitespace. */
        private boolean pre;
        /** Nothing but tabs written on this line yet. */
        private boolean leading = true;

        PlainText(Document doc) {
            this.options = doc;
            this.listOptions = ListOptions.get(doc);
        }

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                node(n);
            }
        }

        private void node(Node n) {
            switch (n) {
                case Paragraph p -> paragraph(p);
                case Heading h -> block(h);
                case BlockQuote q -> indented(q);
                case ListBlock l -> indented(l);
                case ListItem item -> {
                    line();
                    tag();
                    text(item.getMarkerSuffix().unescape());
                    children(item);
                    endBlock();
                    line();
                }
                case FencedCodeBlock code -> code(code.getContentChars().normalizeEOL());
                case IndentedCodeBlock code ->
                    code(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
                case ThematicBreak hr -> {
                    line();
                    endBlock();
                    line();
                }
                case HtmlBlock html -> {
                    line();
                    if (html.hasChildren()) {
                        children(html);
                    } else {
                        // Escaped, as a paragraph of its own, without its last line end.
                        String content = html.getContentChars().normalizeEOL();
                        if (!content.isEmpty() && content.charAt(content.length() - 1) == '\n') {
                            content = content.substring(0, content.length() - 1);
                        }
                        line();
                        tag();
                        text(content);
                        endBlock();
                        line();
                    }
                    line();
                }
                case HtmlBlockBase html -> text(html.getChars().normalizeEOL());
                case Reference ignored -> {}
                case Text t -> text(Escaping.normalizeEOL(t.getChars().unescape()));
                case Code code -> {
                    tag();
                    text(Escaping.collapseWhitespace(code.getText(), true));
                    tag();
                }
                case Image ignored -> tag(); // its alt text is an attribute, not text
                case ImageRef ref -> {
                    if (ref.isDefined()) {
                        tag();
                    } else {
                        text(ref.getChars().unescape());
                    }
                }
                case LinkRef ref -> {
                    if (ref.isDefined()) {
                        inline(ref);
                    } else if (!ref.hasChildren()) {
                        text(ref.getChars().unescape());
                    } else {
                        text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                        children(ref);
                        text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
                    }
                }
                case AutoLink link -> {
                    tag();
                    text(link.getText().toString());
                    tag();
                }
                case MailLink link -> {
                    tag();
                    text(link.getText().unescape());
                    tag();
                }
                case HtmlInlineBase html -> text(html.getChars().normalizeEOL());
                case HtmlEntity entity -> text(entity.getChars().unescape());
                case SoftLineBreak ignored -> raw('\n');
                case HardLineBreak ignored -> {
                    out.append('\n'); // the <br> element
                    raw('\n');
                }
                case Document d -> children(d);
                case Emphasis e -> inline(e);
                case StrongEmphasis e -> inline(e);
                case Link link -> inline(link);
                default -> children(n);
            }
        }

        private void paragraph(Paragraph p) {
            if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                return;
            }
            if (p.getParent() instanceof ParagraphItemContainer item
                    && item.isParagraphWrappingDisabled(p, listOptions, options)) {
                children(p);
            } else {
                block(p);
            }
        }

        /** A block on lines of its own: a paragraph, a heading. */
        private void block(Node n) {
            line();
            tag();
            children(n);
            endBlock();
            line();
        }

        /** A block whose content starts on the line after its tag: a list, a quote. */
        private void indented(Node n) {
            line();
            tag();
            line();
            children(n);
            line();
            endBlock();
            line();
        }

        private void inline(Node n) {
            tag();
            children(n);
            tag();
        }

        private void code(String content) {
            line();
            tag();
            pre = true;
            text(content);
            pre = false;
            endBlock();
            line();
        }

        /** A tag: no text, but the line is no longer empty. */
        private void tag() {
            last = '>';
            leading = false;
        }

        /** The end of a block element: its text ends its line. */
        private void endBlock() {
            last = '>';
            leading = false;
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        /** Ends the line unless it is empty, as the renderer does between blocks. */
        private void line() {
            if (last != 0 && last != '\n') {
                raw('\n');
            }
        }

        private void raw(char c) {
            out.append(c);
            last = c;
            leading = c == '\n';
        }

        /**
         * Text as the renderer writes it: outside code blocks, the spaces that start a line are left
         * out (tabs among them stay).
         */
        private void text(CharSequence s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' && !pre && leading) {
                    continue;
                }
                out.append(c);
                last = c;
                leading = c == '\n' || (leading && c == '\t');
            }
        }
    }
}
