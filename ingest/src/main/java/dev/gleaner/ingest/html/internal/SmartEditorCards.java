package dev.gleaner.ingest.html.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * SmartEditor ONE components that point elsewhere — link cards, embeds, places, products, videos — as
 * Naver Blog exporters write them: a link with the card's title, and the card's description only when the
 * card has no picture to carry it (a place's address always, since a place has no picture of its own).
 */
final class SmartEditorCards {
    private final ObjectMapper json;

    SmartEditorCards(ObjectMapper json) {
        this.json = json;
    }

    /** One card: where it points, its title, and the description to show, or {@code ""}. */
    record Card(String url, String title, String description) {
        Element toHtml() {
            Element div = new Element("div");
            div.appendElement("p").appendElement("a").attr("href", url).text(title.isEmpty() ? url : title);
            if (!description.isEmpty()) {
                div.appendElement("p").text(description);
            }
            return div;
        }
    }

    /** {@return a link card (an {@code se-oglink}) as a card, or {@code null} when it links nowhere} */
    static Card linkCard(Element component) {
        Element info = component.selectFirst(Css.of("a.se-oglink-info[href], a.se-oglink-thumbnail[href]"));
        if (info == null) {
            return null;
        }
        boolean picture = component.selectFirst(Css.of(".se-oglink-thumbnail-resource[src]")) != null;
        return new Card(
                info.attr("href"),
                textOf(component, ".se-oglink-title"),
                picture ? "" : textOf(component, ".se-oglink-summary"));
    }

    /**
     * {@return a SmartEditor 3 link card ({@code se_oglink}) as its title link over its teaser and domain line,
     * all of which its exporters keep, or {@code null} when it links nowhere}
     */
    static Element legacyLinkCard(Element component) {
        Element box = component.selectFirst(Css.of("a.se_og_box[href]"));
        if (box == null) {
            return null;
        }
        Element html = new Card(box.attr("href"), textOf(box, ".se_og_tit"), textOf(box, ".se_og_desc")).toHtml();
        String domain = textOf(box, ".se_og_cp");
        if (!domain.isEmpty()) {
            html.appendElement("p").text(domain);
        }
        return html;
    }

    /** {@return an embedded page or player ({@code se-oembed}) as a card, from its module data} */
    Card embed(JsonNode data) {
        if (data == null) {
            return null;
        }
        String url = data.path("inputUrl").asText("").trim();
        if (url.isEmpty()) {
            String html = data.path("html").asText("");
            Element frame =
                    html.isEmpty() ? null : Jsoup.parseBodyFragment(html).selectFirst("iframe[src]");
            url = frame != null
                    ? frame.attr("src")
                    : data.path("providerUrl").asText("").trim();
        }
        if (url.isEmpty()) {
            return null;
        }
        boolean picture = !data.path("thumbnailUrl").asText("").isBlank();
        return new Card(
                url,
                compact(data.path("title").asText("")),
                picture ? "" : compact(data.path("description").asText("")));
    }

    /** {@return the places of a map ({@code se-placesMap}), from its module data or else its visible spots} */
    List<Card> places(Element component, JsonNode data) {
        List<Card> cards = new ArrayList<>();
        if (data != null) {
            for (JsonNode place : data.path("places")) {
                Card card = place(
                        place.path("name").asText(""),
                        place.path("address").asText(""),
                        place.path("bookingUrl").asText(""));
                if (card != null) {
                    cards.add(card);
                }
            }
        }
        if (!cards.isEmpty()) {
            return cards;
        }
        for (Element spot : component.select(Css.of("a.se-map-info"))) {
            JsonNode link = jsonAttr(spot, "data-linkdata");
            String name = textOf(spot, ".se-map-title");
            String address = textOf(spot, ".se-map-address");
            Card card = place(
                    name.isEmpty() && link != null ? link.path("name").asText("") : name,
                    address.isEmpty() && link != null ? link.path("address").asText("") : address,
                    link == null ? "" : link.path("bookingUrl").asText(""));
            if (card != null) {
                cards.add(card);
            }
        }
        return cards;
    }

    private static Card place(String name, String address, String bookingUrl) {
        String title = compact(name);
        if (title.isEmpty()) {
            return null;
        }
        String booking = bookingUrl.trim();
        String url = booking.isEmpty()
                ? "https://map.naver.com/p/search/" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                : booking;
        return new Card(url, title, compact(address));
    }

    /**
     * {@return a product or book card ({@code se-material}) as a card: its details ("저자: 홍길동 / 출판: …")
     * are the description}
     */
    Card material(Element component) {
        Element link = component.selectFirst(Css.of("a.se-module-material"));
        if (link == null) {
            return null;
        }
        JsonNode data = jsonAttr(link, "data-linkdata");
        String url = link.hasAttr("href")
                ? link.attr("href")
                : data == null ? "" : data.path("link").asText("");
        if (url.isBlank()) {
            return null;
        }
        String title = textOf(link, ".se-material-title");
        if (title.isEmpty() && data != null) {
            title = compact(data.path("title").asText(""));
        }
        List<String> details = new ArrayList<>();
        Element detail = link.selectFirst(Css.of(".se-material-detail"));
        if (detail != null) {
            String label = "";
            for (Element e : detail.children()) {
                if (e.hasClass("se-material-detail-title")) {
                    label = compact(e.text());
                } else if (e.hasClass("se-material-detail-description")
                        && !compact(e.text()).isEmpty()) {
                    details.add(label.isEmpty() ? compact(e.text()) : label + ": " + compact(e.text()));
                    label = "";
                }
            }
        }
        boolean picture = component.selectFirst(Css.of(".se-material-thumbnail-resource[src]")) != null
                || (data != null && !data.path("thumbnail").asText("").isBlank());
        return new Card(url, title, picture ? "" : String.join(" / ", details));
    }

    /** {@return a video's name: its title, or "Video" when the editor kept none} */
    static String videoTitle(JsonNode data) {
        String title = data == null
                ? ""
                : data.path("mediaMeta").path("title").asText("").trim();
        return title.isEmpty() ? "Video" : title;
    }

    private JsonNode jsonAttr(Element e, String attr) {
        String raw = e.attr(attr);
        if (raw.isBlank()) {
            return null;
        }
        try {
            return json.readTree(raw);
        } catch (Exception ex) {
            // Link data is sometimes cut short; the visible text stands in.
            return null;
        }
    }

    private static String textOf(Element root, String css) {
        Element e = root.selectFirst(Css.of(css));
        return e == null ? "" : compact(e.text());
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
