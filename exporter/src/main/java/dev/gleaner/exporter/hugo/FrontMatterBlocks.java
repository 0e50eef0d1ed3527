package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.FrontMatterFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads front matter values written over several lines (a YAML block list or block scalar, a TOML
 * array across lines): the lines stay as written, the value goes to the entry that opens them.
 */
final class FrontMatterBlocks {

    private FrontMatterBlocks() {}

    /** {@return the entries with multi-line values read; continuation lines become unnamed entries} */
    static List<ParsedPost.Field> joinContinuations(FrontMatterFormat format, List<ParsedPost.Field> fields) {
        return switch (format) {
            case YAML -> yaml(fields);
            case TOML -> toml(fields);
            case JSON -> fields;
        };
    }

    private static List<ParsedPost.Field> yaml(List<ParsedPost.Field> fields) {
        List<ParsedPost.Field> out = new ArrayList<>(fields);
        for (int i = 0; i < out.size(); i++) {
            ParsedPost.Field f = out.get(i);
            if (f.key().startsWith("#") || !(f.value() instanceof String v)) {
                continue;
            }
            boolean empty = v.isEmpty();
            boolean block = v.equals("|") || v.equals(">") || v.matches("[|>][-+]?\\d?");
            if (!empty && !block) {
                continue;
            }
            List<String> items = new ArrayList<>();
            List<String> text = new ArrayList<>();
            int j = i + 1;
            for (; j < out.size(); j++) {
                String raw = out.get(j).raw();
                if (!out.get(j).key().startsWith("#")) {
                    break;
                }
                String t = raw.strip();
                if (raw.isBlank()) {
                    text.add("");
                    continue;
                }
                if (!raw.startsWith(" ") && !raw.startsWith("\t") && !raw.startsWith("-")) {
                    break;
                }
                if (empty && t.startsWith("-")) {
                    items.add(
                            String.valueOf(HugoParser.parseValue(t.substring(1).strip(), FrontMatterFormat.YAML)));
                } else {
                    text.add(t);
                }
            }
            if (empty && !items.isEmpty()) {
                out.set(i, new ParsedPost.Field(f.key(), f.raw(), List.copyOf(items)));
            } else if (block && !text.isEmpty()) {
                String joined = v.startsWith(">") ? String.join(" ", text).strip() : String.join("\n", text);
                out.set(i, new ParsedPost.Field(f.key(), f.raw(), joined));
            }
            i = j - 1;
        }
        return out;
    }

    private static List<ParsedPost.Field> toml(List<ParsedPost.Field> fields) {
        List<ParsedPost.Field> out = new ArrayList<>(fields);
        for (int i = 0; i < out.size(); i++) {
            ParsedPost.Field f = out.get(i);
            if (f.key().startsWith("#") || !(f.value() instanceof String v) || !v.startsWith("[")) {
                continue;
            }
            StringBuilder joined = new StringBuilder(v);
            int close = -1;
            for (int j = i + 1; j < out.size() && close < 0; j++) {
                String t = out.get(j).raw().strip();
                if (t.startsWith("#")) {
                    continue;
                }
                joined.append(' ').append(t);
                if (t.endsWith("]")) {
                    close = j;
                }
            }
            if (close < 0) {
                continue;
            }
            for (int j = i + 1; j <= close; j++) {
                out.set(
                        j,
                        new ParsedPost.Field("#" + j + "." + f.key(), out.get(j).raw(), null));
            }
            String all = joined.toString().replaceAll(",\\s*]$", "]");
            out.set(i, new ParsedPost.Field(f.key(), f.raw(), HugoParser.parseValue(all, FrontMatterFormat.TOML)));
            i = close;
        }
        return out;
    }
}
