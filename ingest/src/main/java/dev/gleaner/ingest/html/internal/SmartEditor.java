package dev.gleaner.ingest.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Rewrites Naver SmartEditor ONE (SE4) components whose content lives in module data rather than in
 * visible markup — formulas, videos, code, link cards, places — into plain HTML, before scripts are dropped.
 */
public final class SmartEditor {
    /** The class every component carries; pages without it need no rewriting. */
    public static final String MARKER = "se-component";

    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)language-([\\w+#-]+)");
    private static final Pattern DOLLARS = Pattern.compile("^\\${1,2}|\\${1,2}$");

    private final ObjectMapper json;

    /** Creates a rewriter reading module data with {@code json}. */
    public SmartEditor(ObjectMapper json) {
        this.json = json;
    }

    /** Rewrites the SE4 components of {@code doc} in place within {@code deadline}; pages without any are left alone. */
    public void rewrite(Document doc, Deadline deadline) {
        for (Element component : doc.getElementsByClass(MARKER)) {
            deadline.check();
            if (component.parent() == null) {
                continue;
            }
            if (component.hasClass("se-formula")) {
                formula(component);
            } else if (component.hasClass("se-video")) {
                video(component);
            } else if (component.hasClass("se-code")) {
                code(component);
            } else if (component.hasClass("se-oglink")) {
                linkCard(component);
            }
        }
    }

    /** A formula keeps its LaTeX in the module data; it becomes a math code block. */
    private void formula(Element component) {
        JsonNode data = moduleData(component);
        String latex = null;
        if (data != null) {
            String html = data.path("html").asText("");
            if (!html.isEmpty()) {
                Element selectable = Jsoup.parseBodyFragment(html).selectFirst(".mq-selectable");
                if (selectable != null) {
                    latex = selectable.text();
                }
            }
            if (blank(latex)) {
                latex = data.path("latex").asText(null);
            }
            if (blank(latex)) {
                latex = data.path("text").asText(null);
            }
        }
        if (blank(latex)) {
            latex = component.text();
        }
        latex = DOLLARS.matcher(latex.trim()).replaceAll("").trim();
        if (latex.isEmpty()) {
            return;
        }
        Element pre = new Element("pre");
        pre.appendElement("code").attr("class", "language-math").text(latex);
        replaceContent(component, pre);
    }

    /** A video shows nothing but a player; its title and poster frame say what it was. */
    private void video(Element component) {
        JsonNode data = moduleData(component);
        if (data == null) {
            return;
        }
        String title = data.path("mediaMeta").path("title").asText("").trim();
        String thumbnail = data.path("thumbnail").asText("").trim();
        if (title.isEmpty() && thumbnail.isEmpty()) {
            return;
        }
        Element figure = new Element("figure");
        if (thumbnail.startsWith("http")) {
            figure.appendElement("img").attr("src", thumbnail).attr("alt", title);
        }
        if (!title.isEmpty()) {
            figure.appendElement("figcaption").text(title);
        }
        replaceContent(component, figure);
    }

    /** Code is a styled div whose line breaks matter; it becomes a code block with its language. */
    private static void code(Element component) {
        Element view = component.selectFirst(".__se_code_view");
        if (view == null) {
            view = component.selectFirst(".se-code-source");
        }
        if (view == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        view.traverse((node, depth) -> appendCode(node, text));
        String code = text.toString().strip();
        if (code.isEmpty()) {
            return;
        }
        Element pre = new Element("pre");
        Element element = pre.appendElement("code").text(code);
        Matcher m = LANGUAGE.matcher(view.className());
        if (m.find()) {
            element.attr("class", "language-" + m.group(1).toLowerCase(Locale.ROOT));
        }
        replaceContent(component, pre);
    }

    private static void appendCode(Node node, StringBuilder text) {
        if (node instanceof TextNode t) {
            text.append(t.getWholeText().replace('\u00A0', ' '));
        } else if (node instanceof Element e && e.normalName().equals("br")) {
            text.append('\n');
        }
    }

    /** A link card is a link with a title; its teaser and domain line are the card's decoration. */
    private static void linkCard(Element component) {
        Element info = component.selectFirst("a.se-oglink-info[href], a.se-oglink-thumbnail[href]");
        Element title = component.selectFirst(".se-oglink-title");
        if (info == null) {
            return;
        }
        String text = title == null || title.text().isBlank() ? info.attr("href") : title.text();
        Element p = new Element("p");
        p.appendElement("a").attr("href", info.attr("href")).text(text);
        replaceContent(component, p);
    }

    private static void replaceContent(Element component, Element content) {
        component.empty();
        component.appendChild(content);
    }

    private JsonNode moduleData(Element component) {
        for (Element script : component.select("script.__se_module_data")) {
            for (String attr : new String[] {"data-module", "data-module-v2"}) {
                String raw = script.attr(attr);
                if (raw.isBlank()) {
                    continue;
                }
                try {
                    JsonNode data = json.readTree(raw).path("data");
                    if (data.isObject()) {
                        return data;
                    }
                } catch (Exception e) {
                    // Module data is sometimes cut short; the next attribute or the visible text stands in.
                }
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
