package dev.gleaner.app.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML that Markdown lets through (inline tags and HTML blocks) as tags and text, so the
 * reader can show the text of the few safe tags and never a raw tag. Nothing here runs or fetches.
 */
final class HtmlTags {
    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<[!?][^>]*>|<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
            Pattern.DOTALL);
    private static final Pattern HREF =
            Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC =
            Pattern.compile("\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT =
            Pattern.compile("\\balt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);

    /** Tags whose content is never text for the reader: scripts, styles, embedded frames and forms. */
    static final Set<String> HIDDEN = Set.of(
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "noscript",
            "template",
            "textarea",
            "select",
            "svg",
            "math",
            "head",
            "title",
            "frameset",
            "frame",
            "applet",
            "canvas",
            "video",
            "audio");

    /** Tags that end a line or a block of text. */
    static final Set<String> BREAKS = Set.of(
            "br",
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "tr",
            "table",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "pre",
            "blockquote",
            "hr",
            "section",
            "article",
            "header",
            "footer",
            "dl",
            "dt",
            "dd",
            "figure",
            "figcaption");

    private HtmlTags() {}

    /** A piece of HTML: a tag or a run of text (entities still encoded). */
    sealed interface Piece permits Tag, Chars {}

    /**
     * A tag: {@code name} lower case, empty for a comment or declaration; {@code attributes} as
     * written.
     */
    record Tag(String name, boolean closing, String attributes) implements Piece {
        /** {@return the value of attribute {@code href}, or null} */
        String href() {
            return attribute(HREF, attributes);
        }

        /** {@return the value of attribute {@code src}, or null} */
        String src() {
            return attribute(SRC, attributes);
        }

        /** {@return the value of attribute {@code alt}, or empty} */
        String alt() {
            String alt = attribute(ALT, attributes);
            return alt == null ? "" : alt;
        }
    }

    /** Text between tags. */
    record Chars(String text) implements Piece {}

    /** {@return the tags and texts of {@code html}, in order} */
    static List<Piece> pieces(String html) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Chars(html.substring(at, m.start())));
            }
            pieces.add(
                    m.group(2) == null
                            ? new Tag("", false, "")
                            : new Tag(
                                    m.group(2).toLowerCase(Locale.ROOT),
                                    !m.group(1).isEmpty(),
                                    m.group(3)));
            at = m.end();
        }
        if (at < html.length()) {
            // A '<' that opens no tag is text, as a browser shows it.
            pieces.add(new Chars(html.substring(at)));
        }
        return pieces;
    }

    /** {@return the one tag in {@code html} (an inline HTML node of Markdown), or null when it is not one} */
    static Tag tag(String html) {
        List<Piece> pieces = pieces(html.strip());
        return pieces.size() == 1 && pieces.getFirst() instanceof Tag t ? t : null;
    }

    private static String attribute(Pattern p, String attributes) {
        Matcher m = p.matcher(attributes);
        if (!m.find()) {
            return null;
        }
        String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return com.vladsch.flexmark.util.sequence.Escaping.unescapeHtml(v).strip();
    }
}
