package dev.gleaner.ingest.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

/**
 * Rewrites the components of Naver's SmartEditor ONE (SE4) and SmartEditor 3 into plain HTML that reads as
 * Naver Blog exporters write each component type, before scripts are dropped: what lives in module data
 * (formulas, videos, embeds, places) comes out of it, cards become links, and types the exporters do not
 * know keep all of their text.
 */
public final class SmartEditor {
    /** The class every component carries; pages without it need no rewriting. */
    public static final String MARKER = "se-component";
    /** The class that wraps SmartEditor 3 components; pages without it need no rewriting. */
    public static final String LEGACY_MARKER = "se_component_wrap";

    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)language-([\\w+#-]+)");
    private static final Pattern DOLLARS = Pattern.compile("^\\${1,2}|\\${1,2}$");

    /** What only SmartEditor writes inside a component; a page's own "se-component" class is not the editor's. */
    private static final Evaluator EDITOR_MARKUP =
            Css.of(".se-component-content, .se-section, .se-module, script.__se_module_data");

    /** Components whose visible markup is already what a reader sees (text, titles, pictures, rules, tables). */
    private static final Evaluator KNOWN = Css.of(".se-text, .se-sectionTitle, .se-quotation, .se-table, "
            + ".se-image, .se-imageGroup, .se-imageStrip, .se-sticker, .se-horizontalLine");

    private static final Set<String> KEPT_ATTRIBUTES = Set.of("href", "src", "alt", "colspan", "rowspan");

    private final ObjectMapper json;
    private final SmartEditorCards cards;

    /** Creates a rewriter reading module data with {@code json}. */
    public SmartEditor(ObjectMapper json) {
        this.json = json;
        this.cards = new SmartEditorCards(json);
    }

    /**
     * Rewrites the SE4 components of {@code doc} in place within {@code deadline}; pages without any are left
     * alone. Every component type the editor writes comes out as Naver Blog exporters write it; a type they do
     * not know keeps all of its text.
     */
    public void rewrite(Document doc, Deadline deadline) {
        for (Element component : doc.getElementsByClass(MARKER)) {
            deadline.check();
            if (component.ownerDocument() != doc) {
                continue; // inside a component already rewritten
            }
            unwrapViewerLinks(component);
            JsonNode module = moduleOf(component);
            String type = module == null ? "" : module.path("type").asText("");
            JsonNode data = module == null ? null : module.path("data");
            if (component.hasClass("se-documentTitle")) {
                continue;
            } else if (type.equals("v2_formula") || component.hasClass("se-formula")) {
                formula(component, data);
            } else if (type.equals("v2_code") || component.hasClass("se-code")) {
                code(component);
            } else if (type.equals("v2_oglink") || component.hasClass("se-oglink")) {
                card(component, SmartEditorCards.linkCard(component));
            } else if (type.equals("v2_video") || component.hasClass("se-video")) {
                video(component, data);
            } else if (type.equals("v2_oembed") || component.hasClass("se-oembed")) {
                card(component, cards.embed(data));
            } else if (type.equals("v2_map") || component.hasClass("se-placesMap") || component.hasClass("se-map")) {
                places(component, cards.places(component, data));
            } else if (component.hasClass("se-text")) {
                ShoppingPicks.strip(component);
            } else if (!KNOWN.matches(doc, component)
                    && component.selectFirst(Css.of("blockquote.se-quotation-container")) == null) {
                if (component.hasClass("se-material")) {
                    card(component, cards.material(component));
                } else if (component.selectFirst(EDITOR_MARKUP) != null) {
                    keepAllText(component);
                }
            }
        }
    }

    /**
     * Rewrites the components of a SmartEditor 3 post ({@code .se_component_wrap.sect_dsc}) in place, as Naver
     * Blog exporters read them: a component holding a table is that table, a quotation its quote, code its
     * code, a link card its title, teaser and domain line, a picture without words nothing but the picture,
     * and any other component its text areas (a paragraph, a section title, a picture's or video's caption);
     * what has none keeps all of its text.
     */
    public void rewriteLegacy(Document doc, Deadline deadline) {
        for (Element component : doc.select(Css.of(".se_component_wrap.sect_dsc > .se_component"))) {
            deadline.check();
            if (component.hasClass("se_documentTitle")) {
                continue;
            }
            Element only = component.selectFirst(Css.of("table"));
            if (only == null) {
                only = component.selectFirst(Css.of("blockquote"));
            }
            if (only == null) {
                only = component.selectFirst(Css.of("pre"));
            }
            if (only != null) {
                replaceContent(component, only);
                continue;
            }
            boolean pictureOnly = !component.getElementsByTag("img").isEmpty()
                    && component.text().isBlank();
            List<Element> areas = component.select(Css.of(".se_textarea"));
            Element card = component.hasClass("se_oglink") ? SmartEditorCards.legacyLinkCard(component) : null;
            if (card != null) {
                replaceContent(component, card);
            } else if (pictureOnly) {
                unwrapViewerLinks(component);
            } else if (!areas.isEmpty()) {
                Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                seen.addAll(areas);
                Element div = new Element("div");
                for (Element area : areas) {
                    if (!area.text().isBlank() && !insideAnother(area, component, seen)) {
                        div.appendChild(area);
                    }
                }
                replaceContent(component, div);
            } else {
                keepAllText(component);
            }
        }
    }

    /** A picture's link to "#" only opens the page's photo viewer: the picture stands without it. */
    private static void unwrapViewerLinks(Element component) {
        for (Element a : component.select(Css.of("a[href=#]:has(img)"))) {
            a.unwrap();
        }
    }

    private static boolean insideAnother(Element area, Element component, Set<Element> areas) {
        for (Element p = area.parent(); p != null && p != component; p = p.parent()) {
            if (areas.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** A formula keeps its LaTeX in the module data; it becomes a math code block. */
    private static void formula(Element component, JsonNode data) {
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

    /** A video shows nothing but a player; its title (or "Video") and poster frame say what it was. */
    private static void video(Element component, JsonNode data) {
        String title = SmartEditorCards.videoTitle(data);
        String thumbnail = data == null ? "" : data.path("thumbnail").asText("").trim();
        Element figure = new Element("figure");
        if (thumbnail.startsWith("http")) {
            figure.appendElement("img").attr("src", thumbnail).attr("alt", title);
        }
        figure.appendElement("figcaption").text(title);
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

    /** A card (link, embed, product) becomes its title as a link, over its description where it shows one. */
    private static void card(Element component, SmartEditorCards.Card card) {
        if (card != null) {
            replaceContent(component, card.toHtml());
        }
    }

    /** A map is its places, each a name and an address; the map picture and its buttons are decoration. */
    private static void places(Element component, List<SmartEditorCards.Card> places) {
        Element div = new Element("div");
        places.forEach(place -> div.appendChild(place.toHtml()));
        replaceContent(component, div);
    }

    /**
     * A component of a type exporters do not know is kept whole: whatever it shows (a file's name, a
     * schedule, a poll's choices) is the author's. Its markup stays, links and all, but loses what chrome
     * rules and hidden-element rules go by (classes, ids, styles, buttons), so that all of its text is read.
     */
    private static void keepAllText(Element component) {
        component.select(Css.of("script, style")).remove();
        for (Element e : component.getAllElements()) {
            if (e == component) {
                continue;
            }
            for (Attribute attr : e.attributes().asList()) {
                if (!KEPT_ATTRIBUTES.contains(attr.getKey())) {
                    e.removeAttr(attr.getKey());
                }
            }
            if (e.normalName().equals("button")) {
                e.tagName("span");
            }
        }
    }

    private static void replaceContent(Element component, Element content) {
        component.empty();
        component.appendChild(content);
    }

    /** {@return the component's module data (its {@code type} and {@code data}), or {@code null}} */
    private JsonNode moduleOf(Element component) {
        for (Element script : component.select(Css.of("script.__se_module_data"))) {
            for (String attr : new String[] {"data-module-v2", "data-module"}) {
                String raw = script.attr(attr);
                if (raw.isBlank()) {
                    continue;
                }
                try {
                    JsonNode module = json.readTree(raw);
                    if (module.isObject()) {
                        return module;
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
