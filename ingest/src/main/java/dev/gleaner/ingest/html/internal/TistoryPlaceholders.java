package dev.gleaner.ingest.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the Tistory editor's stored image placeholders ({@code [##_Image|kage@path|CDM|1.3|{json}_##]}, and
 * {@code ImageGrid}/{@code ImageSlide} with several images) into figures, their captions as alt text.
 */
public final class TistoryPlaceholders {
    /** The text every placeholder starts with; pages without it need no rewriting. */
    public static final String MARKER = "[##_";

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\[##_(Image|ImageGrid|ImageSlide)\\|(.*?)_##]", Pattern.DOTALL);
    private static final String CDN = "https://blog.kakaocdn.net/dn/";

    private final ObjectMapper json;

    /** Creates a rewriter reading captions with {@code json}. */
    public TistoryPlaceholders(ObjectMapper json) {
        this.json = json;
    }

    /** Replaces the image placeholders in the text of {@code doc} with figures, within {@code deadline}. */
    public void rewrite(Document doc, Deadline deadline) {
        List<TextNode> found = new ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().contains(MARKER)) {
                found.add(t);
            }
        });
        for (TextNode text : found) {
            deadline.checkNow();
            String whole = text.getWholeText();
            Matcher m = PLACEHOLDER.matcher(whole);
            List<Node> replacement = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                if (m.start() > last) {
                    replacement.add(new TextNode(whole.substring(last, m.start())));
                }
                replacement.addAll(figures(m.group(2)));
                last = m.end();
            }
            if (last == 0) {
                continue;
            }
            if (last < whole.length()) {
                replacement.add(new TextNode(whole.substring(last)));
            }
            for (Node n : replacement) {
                text.before(n);
            }
            text.remove();
        }
    }

    /** {@return a figure per {@code kage@} image in the placeholder's fields, its alt text the caption in its JSON} */
    private List<Element> figures(String fields) {
        List<Element> out = new ArrayList<>();
        Element current = null;
        for (String field : fields.split("\\|")) {
            String f = field.replaceAll("\\s+", " ").trim();
            if (f.startsWith("kage@")) {
                current = new Element("figure");
                current.appendElement("img").attr("src", CDN + f.substring("kage@".length()));
                out.add(current);
            } else if (f.startsWith("{") && current != null) {
                String caption = caption(f);
                if (!caption.isEmpty()) {
                    // The caption describes the image: its alt text, not a line of the post, as with
                    // Naver Blog's editor, so the same post reads the same from either.
                    current.selectFirst("img").attr("alt", caption);
                }
            }
        }
        return out;
    }

    private String caption(String field) {
        try {
            JsonNode node = json.readTree(field);
            return node.path("caption").asText("").trim();
        } catch (Exception e) {
            return "";
        }
    }
}
