package dev.gleaner.ingest.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The shopping picks Naver inserts into a text block ("추천트렌드", "이런 상품 어때요", then products with
 * their hashtags): the products stay, as Naver Blog exporters keep them, and the widget's own headings
 * ("요즘 많이 찾는 …", "추천검색어 …") go. A block is read so only when the picks are many enough to be the
 * widget (six paragraphs from the heading on, three products), never for a heading an author wrote.
 */
final class ShoppingPicks {
    private static final Pattern HEADING = Pattern.compile("^(?:추천트렌드|이런 상품 어때요)");
    private static final Pattern NOISE = Pattern.compile("^(?:추천트렌드|이런 상품 어때요|요즘 많이 찾는|추천검색어)");
    private static final int MIN_PARAGRAPHS = 6;
    private static final int MIN_PRODUCTS = 3;

    private ShoppingPicks() {}

    /** Removes the widget's headings from the text component {@code component}, when it holds the picks. */
    static void strip(Element component) {
        List<Element> paragraphs = new ArrayList<>();
        for (Element p : component.select(Css.of("p.se-text-paragraph"))) {
            if (!p.text().isBlank()) {
                paragraphs.add(p);
            }
        }
        int start = -1;
        for (int i = 0; i < paragraphs.size() && start < 0; i++) {
            if (HEADING.matcher(paragraphs.get(i).text().strip()).find()) {
                start = i;
            }
        }
        if (start < 0 || paragraphs.size() - start < MIN_PARAGRAPHS) {
            return;
        }
        List<Element> drop = new ArrayList<>();
        int products = 0;
        for (Element p : paragraphs.subList(start, paragraphs.size())) {
            String text = p.text().strip();
            if (NOISE.matcher(text).find()) {
                drop.add(p);
            } else if (hashtagsOnly(text)) {
                if (products == 0) {
                    drop.add(p); // hashtags before any product belong to nothing
                }
            } else {
                products++;
            }
        }
        if (products >= MIN_PRODUCTS) {
            drop.forEach(Element::remove);
        }
    }

    private static boolean hashtagsOnly(String text) {
        for (String token : text.split("\\s+")) {
            if (!token.isEmpty() && !token.startsWith("#")) {
                return false;
            }
        }
        return true;
    }
}
