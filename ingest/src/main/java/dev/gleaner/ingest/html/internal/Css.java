package dev.gleaner.ingest.html.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Parsed CSS selectors, kept: the selectors come from code and rules, never from pages, so the set is small. */
final class Css {
    private static final int MAX = 512;
    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Css() {}

    /** {@return the evaluator for {@code css}, parsed once} */
    static Evaluator of(String css) {
        Evaluator e = PARSED.get(css);
        if (e == null) {
            e = QueryParser.parse(css);
            if (PARSED.size() < MAX) {
                PARSED.put(css, e);
            }
        }
        return e;
    }
}
