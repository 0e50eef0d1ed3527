package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.FrontMatterFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes front matter values escaped for TOML, YAML or JSON. */
final class FrontMatterValues {

    /** Hugo's date form: seconds always written, the offset kept. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private FrontMatterValues() {}

    /** {@return one front matter entry (without line end) for a String, List, Boolean or OffsetDateTime} */
    static String entry(FrontMatterFormat format, String key, Object value) {
        return switch (format) {
            case TOML -> key + " = " + value(format, value);
            case YAML -> key + ": " + value(format, value);
            case JSON -> "  " + quoted(key) + ": " + value(format, value);
        };
    }

    static String value(FrontMatterFormat format, Object value) {
        return switch (value) {
            case OffsetDateTime d -> format == FrontMatterFormat.TOML ? DATE.format(d) : quoted(DATE.format(d));
            case Boolean b -> b.toString();
            case List<?> list -> {
                StringBuilder b = new StringBuilder("[");
                for (int i = 0; i < list.size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(quoted(String.valueOf(list.get(i))));
                }
                yield b.append(']').toString();
            }
            default -> quoted(String.valueOf(value));
        };
    }

    /**
     * {@return {@code s} as a double-quoted string with JSON escapes, which TOML basic strings and
     * YAML double-quoted scalars read the same way}
     */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (cp < 0x20
                            || cp == 0x7f
                            || (cp >= 0x80 && cp < 0xa0)
                            || cp == 0x2028
                            || cp == 0x2029
                            || cp == 0xfeff) {
                        b.append(String.format("\\u%04x", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
