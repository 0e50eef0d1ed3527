package dev.gleaner.ingest.html.internal;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Tables in Naver Blog posts as the platform's exporters write them: a Markdown table as wide as its
 * first row. A post's table whose first row is one merged title cell ("Gundam Breaker 3" over a
 * two-column spec sheet) therefore exports as its first column; Gleaner keeps the same columns, so that
 * an imported post reads as the exported one does.
 */
public final class NaverTables {
    private NaverTables() {}

    /**
     * Drops, from every table inside {@code content} outside code, the cells right of its first row's width,
     * and the tables' cell spans, which an exported table does not have either.
     */
    public static void keepFirstRowWidth(Element content) {
        for (Element table : content.getElementsByTag("table")) {
            if (table.parent() == null || inCode(table)) {
                continue;
            }
            keepFirstRowWidth(table, table.select(Css.of("tr")));
            for (Element cell : table.select(Css.of("td, th"))) {
                cell.removeAttr("colspan").removeAttr("rowspan");
            }
        }
    }

    private static void keepFirstRowWidth(Element table, List<Element> rows) {
        int width = -1;
        for (Element row : rows) {
            List<Element> cells = row.select(Css.of("> td, > th"));
            if (cells.isEmpty()) {
                continue;
            }
            if (width < 0) {
                width = cells.size();
                continue;
            }
            for (int i = width; i < cells.size(); i++) {
                cells.get(i).remove();
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
