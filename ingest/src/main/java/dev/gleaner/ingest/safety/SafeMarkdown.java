package dev.gleaner.ingest.safety;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@link SafeUrl} to the links and images of a Markdown body, touching nothing else: a link
 * with a refused scheme keeps its text, an image its alt text, a reference definition is removed, and
 * raw HTML loses the refused attribute. Relative links are resolved against the base when there is
 * one. Thread-safe.
 */
public final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

    private static final Pattern HTML_URL_ATTRIBUTE = Pattern.compile(
            "(?i)\\s(?:href|src|srcset|action|formaction|poster|background|cite|data|xlink:href)\\s*=\\s*"
                    + "(\"[^\"]*\"|'[^']*'|[^\\s>]+)");

    /**
     * What sanitizing did.
     *
     * @param markdown the body with only safe links
     * @param refusedSchemes the schemes of the links dropped, sorted, e.g. ["data", "javascript"]
     * @param dropped how many links and images were dropped
     */
    public record Result(String markdown, List<String> refusedSchemes, int dropped) {}

    private SafeMarkdown() {}

    /** {@return {@code markdown} with every link and image made safe; see the class comment} */
    public static Result clean(String markdown, String base) {
        return clean(markdown, base, null);
    }

    /**
     * {@return {@code markdown} made safe as {@link #clean(String, String)} does}, reusing the
     * document already parsed from exactly that Markdown ({@code parsed}), or parsing it when {@code
     * parsed} is {@code null}
     */
    public static Result clean(String markdown, String base, Node parsed) {
        if (markdown == null || markdown.isEmpty()) {
            return new Result(markdown == null ? "" : markdown, List.of(), 0);
        }
        // Cheap exit: every link, image, definition, autolink and HTML tag needs one of these.
        if (!markdown.contains("](") && !markdown.contains("]:") && markdown.indexOf('<') < 0) {
            return new Result(markdown, List.of(), 0);
        }
        Edits edits = new Edits(markdown);
        try {
            Node doc = parsed != null ? parsed : PARSER.parse(markdown);
            visit(doc, base, edits);
        } catch (StackOverflowError e) {
            // Nesting too deep to parse: no bracket or angle bracket may start a link then.
            return new Result(markdown.replace("[", "\\[").replace("<", "\\<"), List.of(), 0);
        }
        return new Result(edits.apply(), List.copyOf(edits.schemes), edits.dropped);
    }

    private static void visit(Node node, String base, Edits edits) {
        // Iterative: a deeply nested document must not exhaust the stack.
        List<Node> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            Node n = stack.removeLast();
            switch (n) {
                case Link link ->
                    inline(
                            link.getChars(),
                            link.getTextOpeningMarker(),
                            link.getTextClosingMarker(),
                            link.getUrl(),
                            base,
                            edits);
                case Image image ->
                    inline(
                            image.getChars(),
                            image.getTextOpeningMarker(),
                            image.getTextClosingMarker(),
                            image.getUrl(),
                            base,
                            edits);
                case AutoLink auto -> {
                    Optional<String> safe = SafeUrl.clean(auto.getUrl().toString(), base);
                    if (safe.isEmpty()) {
                        edits.refuse(auto.getUrl().toString());
                        edits.replace(auto.getOpeningMarker(), "");
                        edits.replace(auto.getClosingMarker(), "");
                    }
                }
                case Reference ref -> {
                    Optional<String> safe = SafeUrl.clean(ref.getUrl().toString(), base);
                    if (safe.isEmpty()) {
                        edits.refuse(ref.getUrl().toString());
                        edits.replace(ref.getChars(), "");
                    } else if (!safe.get().equals(ref.getUrl().toString())) {
                        edits.replace(ref.getUrl(), safe.get());
                    }
                }
                case HtmlBlockBase html -> html(html.getChars(), base, edits);
                case HtmlInlineBase html -> html(html.getChars(), base, edits);
                default -> {}
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                stack.add(c);
            }
        }
    }

    private static void inline(
            BasedSequence whole, BasedSequence open, BasedSequence close, BasedSequence url, String base, Edits edits) {
        Optional<String> safe = SafeUrl.clean(url.toString(), base);
        if (safe.isEmpty()) {
            // The link's text stays, as text: "[text](javascript:x)" becomes "text".
            edits.refuse(url.toString());
            edits.replace(open, "");
            edits.replace(whole.baseSubSequence(close.getStartOffset(), whole.getEndOffset()), "");
        } else if (!safe.get().equals(url.toString()) && !url.isEmpty()) {
            edits.replace(
                    url, safe.get().replace(" ", "%20").replace("(", "%28").replace(")", "%29"));
        }
    }

    private static void html(BasedSequence chars, String base, Edits edits) {
        Matcher m = HTML_URL_ATTRIBUTE.matcher(chars);
        while (m.find()) {
            String value = m.group(1);
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
                value = value.substring(1, value.length() - 1);
            }
            boolean srcset = m.group().toLowerCase(java.util.Locale.ROOT).contains("srcset");
            String first = srcset ? value.strip().split("\\s+", 2)[0] : value;
            if (SafeUrl.clean(org.jsoup.parser.Parser.unescapeEntities(first, true), base)
                    .isEmpty()) {
                edits.refuse(first);
                edits.replace(chars.subSequence(m.start(), m.end()), "");
            }
        }
    }

    /** Non-overlapping replacements of source spans, applied at once. */
    private static final class Edits {
        private final String source;
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        final TreeSet<String> schemes = new TreeSet<>();
        int dropped;

        Edits(String source) {
            this.source = source;
        }

        void refuse(String url) {
            dropped++;
            String scheme = SafeUrl.schemeOf(url);
            if (scheme != null) {
                schemes.add(scheme);
            }
        }

        void replace(BasedSequence span, String text) {
            if (span.isNull()) {
                return;
            }
            spans.add(new int[] {span.getStartOffset(), span.getEndOffset()});
            texts.add(text);
        }

        String apply() {
            if (spans.isEmpty()) {
                return source;
            }
            Integer[] order = new Integer[spans.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
            StringBuilder out = new StringBuilder(source.length());
            int at = 0;
            for (int i : order) {
                int[] span = spans.get(i);
                if (span[0] < at) {
                    continue; // inside a span already replaced
                }
                out.append(source, at, span[0]).append(texts.get(i));
                at = span[1];
            }
            return out.append(source, at, source.length()).toString();
        }
    }
}
