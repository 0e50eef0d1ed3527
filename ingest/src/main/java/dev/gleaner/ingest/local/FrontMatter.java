package dev.gleaner.ingest.local;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
 * @param format "YAML", "TOML" or "JSON", or null when there is no block
 */
public record FrontMatter(JsonNode fields, String body, int bodyLine, String warning, String format) {
    /** Blank lines may come before the block, as Hugo allows; a closing line may carry trailing spaces. */
    private static final Pattern YAML = Pattern.compile(
            "\\A(?:[ \\t]*\\r?\\n)*---[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^(?:---|\\.\\.\\.)[ \\t]*$\\r?\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);

    private static final Pattern TOML = Pattern.compile(
            "\\A(?:[ \\t]*\\r?\\n)*\\+\\+\\+[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^\\+\\+\\+[ \\t]*$\\r?\\n?",
            Pattern.DOTALL | Pattern.MULTILINE);
    /** A JSON block opens with a brace followed by a quoted key (or closes at once). */
    private static final Pattern JSON_OPEN = Pattern.compile("\\A\\s*\\{\\s*[\"}]");

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
            return withFields(new YAMLMapper(), yaml.group(1), file, "YAML", 1, t, yaml.end());
        }
        Matcher toml = TOML.matcher(t);
        if (toml.find()) {
            return withFields(new TomlMapper(), toml.group(1), file, "TOML", 1, t, toml.end());
        }
        if (JSON_OPEN.matcher(t).find()) {
            int close = jsonEnd(t);
            if (close > 0) {
                String rest = t.substring(close).replaceFirst("\\A[ \\t]*\\r?\\n", "");
                return withFields(
                        new ObjectMapper(), t.substring(0, close), file, "JSON", 0, t, t.length() - rest.length());
            }
        }
        return new FrontMatter(JsonNodeFactory.instance.objectNode(), t, 1, null, null);
    }

    /**
     * Parses a block strictly; then, as the generators do, with tabs read as spaces; then line by
     * line, with a warning. A block whose first line is no field at all (a Markdown file that opens
     * with a thematic break) is left in the body, so that no text is lost.
     *
     * @param text the whole text
     * @param end where the block (and its closing line) ends in {@code text}
     */
    private static FrontMatter withFields(
            ObjectMapper mapper, String block, Path file, String format, int lineOffset, String text, int end) {
        String body = text.substring(end);
        int bodyLine = lines(text, end);
        try {
            return new FrontMatter(read(mapper, block, file, format, lineOffset), body, bodyLine, null, format);
        } catch (IngestException strict) {
            if (!format.equals("JSON") && block.indexOf('\t') >= 0) {
                try {
                    return new FrontMatter(
                            read(mapper, block.replace('\t', ' '), file, format, lineOffset),
                            body,
                            bodyLine,
                            null,
                            format);
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
            if (fields.isEmpty() || !LenientFields.opensWithField(block, format)) {
                return new FrontMatter(
                        JsonNodeFactory.instance.objectNode(),
                        text,
                        1,
                        reason + "; imported with the block kept as text (title from the text).",
                        null);
            }
            String warning = reason + "; imported with the fields that could be read (" + names(fields) + ").";
            return new FrontMatter(fields, body, bodyLine, warning, format);
        }
    }

    private static String names(ObjectNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    /** {@return the index just after the brace that closes the object {@code t} opens, or -1} */
    private static int jsonEnd(String t) {
        int depth = 0;
        boolean inString = false;
        for (int i = t.indexOf('{'); i < t.length(); i++) {
            char c = t.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lines(String t, int end) {
        return (int) t.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
    }

    private static JsonNode read(ObjectMapper mapper, String block, Path file, String format, int lineOffset) {
        if (block.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            // Without this, a parser stops after the first value and drops the rest of the block silently.
            JsonNode node = mapper.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(block);
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

    /**
     * {@return the field under {@code name}, or null} Keys are matched regardless of case and the
     * last one written wins, as Hugo reads them ({@code title} then {@code Title}: the second is the
     * title).
     */
    private JsonNode field(String name) {
        JsonNode found = null;
        var names = fields.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (key.equalsIgnoreCase(name) && !fields.get(key).isNull()) {
                found = fields.get(key);
            }
        }
        return found;
    }

    /** {@return the text of a field, if it is set and not blank; a list gives its values joined} */
    public Optional<String> text(String... names) {
        for (String name : names) {
            JsonNode n = field(name);
            if (n == null) {
                continue;
            }
            if (n.isValueNode() && !n.asText().isBlank()) {
                return Optional.of(n.asText().strip());
            }
            if (n.isArray()) {
                List<String> values = new ArrayList<>();
                flatten(n, values, false);
                if (!values.isEmpty()) {
                    return Optional.of(String.join(", ", values));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the values of list fields (or single values) under any of the names, in order, without
     * duplicates} A string holds several values when it has commas; in YAML, as Jekyll reads it, a
     * string without commas is split at spaces ({@code tags: java spring}); in TOML and JSON, which
     * only Hugo reads, it is one value.
     */
    public List<String> list(String... names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            JsonNode n = field(name);
            if (n != null) {
                flatten(n, out, !"TOML".equals(format) && !"JSON".equals(format));
            }
        }
        return out;
    }

    private static void flatten(JsonNode n, List<String> out, boolean splitWords) {
        if (n.isArray()) {
            n.forEach(v -> flatten(v, out, false));
        } else if (n.isValueNode() && !n.isNull()) {
            String text = n.asText();
            String separator = text.contains(",") ? "," : splitWords ? "\\s+" : null;
            for (String part : separator == null ? new String[] {text} : text.split(separator)) {
                add(out, part);
            }
        }
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
