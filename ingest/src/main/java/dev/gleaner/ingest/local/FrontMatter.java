package dev.gleaner.ingest.local;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gleaner.ingest.IngestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter block at the start of a post (YAML between {@code ---}, TOML between {@code
 * +++}, or a JSON object) and the body after it.
 *
 * @param fields the parsed fields; empty when the file has none
 * @param body the text after the block
 * @param bodyLine the 1-based line where the body starts
 * @param warning what could not be read from a block no strict parser accepts (its fields were
 *     then read line by line), or null when it parsed
 */
public record FrontMatter(JsonNode fields, String body, int bodyLine, String warning) {
    private static final Pattern YAML = Pattern.compile(
            "\\A---[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^(?:---|\\.\\.\\.)[ \\t]*$\\r?\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern TOML = Pattern.compile(
            "\\A\\+\\+\\+[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^\\+\\+\\+[ \\t]*$\\r?\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern JACKSON_LINE = Pattern.compile("line: (\\d+)");

    /**
     * Splits {@code text} into front matter and body.
     *
     * A block that no strict parser accepts does not fail the post: its fields are read line by
     * line as far as they go, and {@link #warning()} says so.
     *
     * @param file the file the text came from, named in the warning
     */
    public static FrontMatter parse(String text, Path file) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Matcher yaml = YAML.matcher(t);
        if (yaml.find()) {
            return withFields(
                    new YAMLMapper(), yaml.group(1), file, "YAML", 1, t.substring(yaml.end()), lines(t, yaml.end()));
        }
        Matcher toml = TOML.matcher(t);
        if (toml.find()) {
            return withFields(
                    new TomlMapper(), toml.group(1), file, "TOML", 1, t.substring(toml.end()), lines(t, toml.end()));
        }
        if (t.startsWith("{\n") || t.startsWith("{\r\n")) {
            int end = t.indexOf("\n}");
            if (end > 0) {
                int close = end + 2;
                String rest = t.substring(close).replaceFirst("\\A\\r?\\n", "");
                return withFields(
                        new ObjectMapper(),
                        t.substring(0, close),
                        file,
                        "JSON",
                        0,
                        rest,
                        lines(t, t.length() - rest.length()));
            }
        }
        return new FrontMatter(JsonNodeFactory.instance.objectNode(), t, 1, null);
    }

    /**
     * Parses a block strictly; then, as the generators do, with tabs read as spaces; then line by
     * line, with a warning.
     */
    private static FrontMatter withFields(
            ObjectMapper mapper, String block, Path file, String format, int lineOffset, String body, int bodyLine) {
        try {
            return new FrontMatter(read(mapper, block, file, format, lineOffset), body, bodyLine, null);
        } catch (IngestException strict) {
            if (!format.equals("JSON") && block.indexOf('\t') >= 0) {
                try {
                    return new FrontMatter(
                            read(mapper, block.replace('\t', ' '), file, format, lineOffset), body, bodyLine, null);
                } catch (IngestException stillNot) {
                    // read line by line below
                }
            }
            ObjectNode fields = switch (format) {
                case "YAML" -> LenientFields.yaml(block);
                case "TOML" -> LenientFields.toml(block);
                default -> JsonNodeFactory.instance.objectNode();
            };
            String reason = strict.getMessage().replaceFirst("\\.?\\s*Fix it and import again\\.$", "");
            String warning = reason
                    + (fields.isEmpty()
                            ? "; imported without its fields (title from the text)."
                            : "; imported with the fields that could be read (" + names(fields) + ").");
            return new FrontMatter(fields, body, bodyLine, warning);
        }
    }

    private static String names(ObjectNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static int lines(String t, int end) {
        return (int) t.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
    }

    private static JsonNode read(ObjectMapper mapper, String block, Path file, String format, int lineOffset) {
        if (block.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = mapper.readTree(block);
            if (node == null || node.isNull() || node.isMissingNode()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                throw new IngestException("The " + format + " front matter of " + file
                        + " is not a set of key/value fields: fix it and import again.");
            }
            return node;
        } catch (JacksonException e) {
            String where = "";
            Matcher m = JACKSON_LINE.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                where = " at line " + (Integer.parseInt(m.group(1)) + lineOffset);
            } else if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
                where = " at line " + (e.getLocation().getLineNr() + lineOffset);
            }
            throw new IngestException(
                    "The " + format + " front matter of " + file + " does not parse" + where + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse("") + ". Fix it and import again.",
                    e);
        }
    }

    /** {@return the text of a field, if it is set and not blank} */
    public Optional<String> text(String... names) {
        for (String name : names) {
            JsonNode n = fields.get(name);
            if (n != null && n.isValueNode() && !n.asText().isBlank()) {
                return Optional.of(n.asText().strip());
            }
        }
        return Optional.empty();
    }

    /** {@return the values of list fields (or single values) under any of the names, in order, without duplicates} */
    public List<String> list(String... names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            JsonNode n = fields.get(name);
            if (n == null) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(v -> add(out, v.asText()));
            } else if (n.isValueNode()) {
                for (String part : n.asText().split(n.asText().contains(",") ? "," : "\\s+")) {
                    add(out, part);
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String value) {
        String v = value.strip();
        if (!v.isEmpty() && !out.contains(v)) {
            out.add(v);
        }
    }

    /** {@return whether there were any fields} */
    public boolean isEmpty() {
        return fields instanceof ObjectNode o && o.isEmpty();
    }
}
