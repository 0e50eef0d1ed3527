package dev.gleaner.ingest.html.internal;

import org.jsoup.nodes.Element;

/**
 * Tables in Naver Blog posts made fit for Markdown, which has no merged cells: a cell spanning columns
 * ("Gundam Breaker 3" over a two-column spec sheet) is followed by empty cells for the columns it
 * covered, so every row keeps all of its cells and the table keeps its shape. (Some exporters cut
 * such a table to its first row's width; Gleaner keeps the columns, which are what the reader came for.)
 */
public final class NaverTables {
    private NaverTables() {}

    /**
     * Replaces, in every table inside {@code content} outside code, each column span by empty cells,
     * and drops row spans, which a Markdown table cannot show either.
     */
    public static void unmergeCells(Element content) {
        for (Element table : content.getElementsByTag("table")) {
            if (table.parent() == null || inCode(table)) {
                continue;
            }
            for (Element cell : table.select(Css.of("td, th"))) {
                int span = 1;
                try {
                    span = Math.min(20, Integer.parseInt(cell.attr("colspan").strip()));
                } catch (NumberFormatException notANumber) {
                    // no span, or one a browser would ignore too
                }
                cell.removeAttr("colspan").removeAttr("rowspan");
                for (int i = 1; i < span; i++) {
                    cell.after(new Element(cell.normalName()));
                }
            }
        }
    }

    private static boolean inCode(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("pre") || p.normalName().equals("code")) {
                return true;
            }
        }
        return false;
    }
}
