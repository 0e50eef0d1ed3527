package dev.gleaner.ingest.html.internal;

/** Chooses among a field's candidate values, given from the most to the least trusted source. */
final class Candidates {
    private Candidates() {}

    /** {@return the first of {@code values} that is not blank, or {@code null}} */
    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** {@return {@code s} unless it is a URL (a profile link where a name belongs), else {@code null}} */
    static String nonUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    /** {@return {@code s} with entities decoded and white space collapsed, or {@code null} when nothing is left} */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false)
                .replaceAll("\\s+", " ")
                .trim();
        return t.isEmpty() ? null : t;
    }
}
