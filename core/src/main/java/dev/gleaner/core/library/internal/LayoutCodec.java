package dev.gleaner.core.library.internal;

import dev.gleaner.core.issue.FrontMatterFormat;
import dev.gleaner.core.issue.IssueLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stores an {@link IssueLayout} in one text column as escaped {@code key=value} lines. */
final class LayoutCodec {

    private static final char SEP = '\u001f';

    private LayoutCodec() {}

    static String encode(IssueLayout l) {
        StringBuilder b = new StringBuilder();
        put(b, "format", l.format().name());
        put(b, "open", l.frontMatterOpen());
        put(b, "close", l.frontMatterClose());
        put(b, "fields", String.join(String.valueOf(SEP), l.fieldOrder()));
        l.rawFields().forEach((k, v) -> put(b, "raw." + k, v));
        put(b, "preamble", l.preamble());
        put(b, "periodHeading", l.periodHeading());
        put(b, "periodText", l.periodText());
        put(b, "headingTemplate", l.headingTemplate());
        put(b, "sectionTitle", l.sectionTitle());
        put(b, "grouped", Boolean.toString(l.grouped()));
        put(b, "referencesHeading", l.referencesHeading());
        put(b, "referenceLinks", Boolean.toString(l.referenceLinks()));
        put(b, "referencesText", l.referencesText());
        put(b, "ending", l.ending());
        put(b, "lineEnding", l.lineEnding());
        put(b, "bom", Boolean.toString(l.byteOrderMark()));
        put(b, "verbatimText", l.verbatimText());
        put(b, "verbatimKey", l.verbatimKey());
        put(b, "hasPeriod", Boolean.toString(l.periodHeading() != null));
        return b.toString();
    }

    static IssueLayout decode(String text) {
        Map<String, String> m = new HashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = unescape(line.substring(eq + 1));
            if (key.startsWith("raw.")) {
                raw.put(key.substring(4), value);
            } else {
                m.put(key, value);
            }
        }
        String fields = m.getOrDefault("fields", "");
        List<String> order = fields.isEmpty() ? List.of() : new ArrayList<>(List.of(fields.split(String.valueOf(SEP))));
        return new IssueLayout(
                FrontMatterFormat.valueOf(m.getOrDefault("format", "TOML")),
                m.getOrDefault("open", "+++"),
                m.getOrDefault("close", "+++"),
                order,
                raw,
                m.get("preamble"),
                Boolean.parseBoolean(m.getOrDefault("hasPeriod", "true"))
                        ? m.getOrDefault("periodHeading", "Period")
                        : null,
                m.get("periodText"),
                m.get("headingTemplate"),
                m.get("sectionTitle"),
                Boolean.parseBoolean(m.get("grouped")),
                m.getOrDefault("referencesHeading", "References"),
                Boolean.parseBoolean(m.get("referenceLinks")),
                m.get("referencesText"),
                m.get("ending"),
                m.get("lineEnding"),
                Boolean.parseBoolean(m.get("bom")),
                m.get("verbatimText"),
                m.get("verbatimKey"));
    }

    private static void put(StringBuilder b, String key, String value) {
        if (value != null) {
            b.append(key).append('=').append(escape(value)).append('\n');
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
