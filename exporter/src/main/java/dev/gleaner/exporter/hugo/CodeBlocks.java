package dev.gleaner.exporter.hugo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a Markdown body line by line and tells which lines belong to a block whose text is not
 * Markdown structure: fenced code, {@code <pre>} and HTML comments, and Hugo's {@code highlight}
 * shortcode. A {@code ## } line inside one of them is code, not a section heading.
 */
final class CodeBlocks {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:[-*+>]\\s+|\\d+[.)]\\s+)*\\s*(`{3,}|~{3,})(.*)$");
    private static final Pattern HIGHLIGHT_OPEN = Pattern.compile("\\{\\{[<%]\\s*highlight\\b");
    private static final Pattern HIGHLIGHT_CLOSE = Pattern.compile("\\{\\{[<%]\\s*/\\s*highlight\\s*[>%]}}");

    private String fence;
    private boolean highlight;
    private boolean pre;
    private boolean comment;

    /** {@return whether {@code line} is inside (or opens or closes) a code block; call once per line, in order} */
    boolean inside(String line) {
        String t = line.strip();
        if (fence != null) {
            if (t.startsWith(fence) && t.chars().allMatch(c -> c == fence.charAt(0))) {
                fence = null;
            }
            return true;
        }
        if (highlight) {
            highlight = !HIGHLIGHT_CLOSE.matcher(t).find();
            return true;
        }
        if (pre) {
            pre = !t.contains("</pre>");
            return true;
        }
        if (comment) {
            comment = !t.contains("-->");
            return true;
        }
        Matcher m = FENCE.matcher(line.stripTrailing());
        if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"))) {
            fence = m.group(1);
            return true;
        }
        if (HIGHLIGHT_OPEN.matcher(t).find()) {
            highlight = !HIGHLIGHT_CLOSE.matcher(t).find();
            return true;
        }
        if (t.startsWith("<pre")) {
            pre = !t.contains("</pre>");
            return true;
        }
        if (t.startsWith("<!--")) {
            comment = !t.contains("-->");
            return true;
        }
        return false;
    }
}
