package dev.gleaner.ingest.html.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Renders an element as plain text with a line break between blocks, so words never glue. */
final class BlockText {

    private BlockText() {}

    /** {@return the text of {@code root}, one block per line, spaces collapsed outside {@code pre}} */
    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (preDepth > 0) {
                        out.append(t.getWholeText());
                    } else {
                        appendCollapsed(out, t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        newline(out);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        space(out);
                    } else if (BlockTags.isBlock(tag)) {
                        newline(out);
                    }
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                    if (tag.equals("td") || tag.equals("th")) {
                        space(out);
                    } else if (BlockTags.isBlock(tag)) {
                        newline(out);
                    }
                }
            }
        });
        return tidy(out);
    }

    private static void appendCollapsed(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                space(out);
            } else {
                out.append(c);
            }
        }
    }

    private static void space(StringBuilder out) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') {
            out.append(' ');
        }
    }

    private static void newline(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(--n);
        }
        if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String tidy(StringBuilder out) {
        StringBuilder clean = new StringBuilder(out.length());
        for (String line : out.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                clean.append(trimmed.replace('\u00A0', ' ')).append('\n');
            }
        }
        return clean.toString().strip();
    }
}
