package dev.gleaner.ingest.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what can be read from a front matter block that a strict YAML or TOML parser refuses: its
 * top-level {@code key: value} (YAML) or {@code key = value} (TOML) lines, with quoted strings,
 * flow lists ({@code [a, b]}), block lists ({@code - a} lines under a key) and block scalars
 * ({@code |} and {@code >}). Static-site generators are more forgiving than the strict parsers
 * (tabs after a colon, duplicate keys, colons in unquoted titles), and a post must not be lost
 * over its front matter.
 */
final class LenientFields {
    private static final Pattern YAML_KEY =
            Pattern.compile("^[ \\t]*([A-Za-z_][\\w.-]*)[ \\t]*:(?:[ \\t]+(.*)|[ \\t]*)$");
    private static final Pattern TOML_KEY = Pattern.compile("^([A-Za-z_][\\w.-]*|\"[^\"]+\")[ \\t]*=[ \\t]*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*-[ \\t]+(.*)$");

    private LenientFields() {}

    /**
     * {@return the fields of a YAML block read line by line; empty when no line is a field} The
     * top-level keys are those indented as the first key is, give or take a column (a stray space
     * is a common slip); lines indented deeper belong to the key above.
     */
    static ObjectNode yaml(String block) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        String[] lines = block.split("\\r?\\n", -1);
        int top = -1;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = YAML_KEY.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            int indent = indent(lines[i]);
            if (top < 0) {
                top = indent;
            } else if (indent > top + 1) {
                continue; // a nested key, such as author.name
            }
            String key = m.group(1);
            String value = m.group(2) == null ? "" : stripComment(m.group(2).strip());
            if (value.isEmpty()) {
                ArrayNode items = JsonNodeFactory.instance.arrayNode();
                int j = i + 1;
                for (; j < lines.length; j++) {
                    Matcher item = LIST_ITEM.matcher(lines[j]);
                    if (item.matches()) {
                        String v = stripComment(item.group(1).strip());
                        if (v.startsWith("[") && v.endsWith("]")) {
                            flowList(v).forEach(items::add); // Hexo's category path
                        } else {
                            items.add(unquote(v));
                        }
                    } else if (!lines[j].isBlank() && indent(lines[j]) <= indent) {
                        break;
                    }
                }
                if (!items.isEmpty()) {
                    fields.set(key, items);
                    i = j - 1;
                }
                continue;
            }
            if (value.matches("[|>][+-]?\\d*")) {
                boolean literal = value.startsWith("|");
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                for (; j < lines.length; j++) {
                    if (!lines[j].isBlank() && indent(lines[j]) <= indent) {
                        break;
                    }
                    if (!text.isEmpty()) {
                        text.append(literal ? "\n" : " ");
                    }
                    text.append(lines[j].strip());
                }
                fields.put(key, text.toString().strip());
                i = j - 1;
                continue;
            }
            put(fields, key, value);
        }
        return fields;
    }

    /** {@return whether the block's first line that is not blank or a comment is a field} */
    static boolean opensWithField(String block, String format) {
        for (String line : block.split("\\r?\\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            return switch (format) {
                case "YAML" -> YAML_KEY.matcher(line).matches();
                case "TOML" -> TOML_KEY.matcher(l).matches() || l.startsWith("[");
                default -> false;
            };
        }
        return false;
    }

    /** {@return the width of a line's leading blanks, a tab counting as one column} */
    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    /** {@return the fields of a TOML block read line by line (tables are skipped); empty when none} */
    static ObjectNode toml(String block) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (String line : block.split("\\r?\\n")) {
            String l = line.strip();
            if (l.startsWith("[") && !l.contains("=")) {
                break; // a table: its keys are not the post's own
            }
            Matcher m = TOML_KEY.matcher(l);
            if (m.matches()) {
                put(fields, unquote(m.group(1)), stripComment(m.group(2).strip()));
            }
        }
        return fields;
    }

    private static void put(ObjectNode fields, String key, String value) {
        if (value.startsWith("[") && value.endsWith("]")) {
            fields.set(key, flowList(value));
        } else {
            fields.put(key, unquote(value));
        }
    }

    private static ArrayNode flowList(String value) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (String part : value.substring(1, value.length() - 1).split(",")) {
            String v = unquote(part.strip());
            if (!v.isEmpty()) {
                items.add(v);
            }
        }
        return items;
    }

    /** Drops a trailing {@code  # comment} outside quotes. */
    private static String stripComment(String value) {
        if (value.startsWith("\"") || value.startsWith("'")) {
            return value;
        }
        int hash = value.indexOf(" #");
        return hash < 0 ? value : value.substring(0, hash).strip();
    }

    private static String unquote(String v) {
        if (v.length() >= 2) {
            char first = v.charAt(0);
            char last = v.charAt(v.length() - 1);
            if (first == '"' && last == '"') {
                return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            if (first == '\'' && last == '\'') {
                return v.substring(1, v.length() - 1).replace("''", "'");
            }
        }
        return v;
    }
}
