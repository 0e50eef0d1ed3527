package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.FrontMatterFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Hugo post of a weekly series, split into its parts but not yet tied to a series.
 *
 * @param fileName the post's file name ({@code index.md} posts take their folder's name)
 * @param format the front matter format
 * @param open the opening fence line as written
 * @param close the closing fence line as written
 * @param fields the front matter entries in order
 * @param preamble the text between the front matter and the first section
 * @param period the period section, or {@code null} when the post has none (early issues)
 * @param sections the sections between the period and the references
 * @param references the references section with everything after it, or {@code null} when the post
 *     has none
 * @param original the post exactly as read, before a byte order mark was dropped and line ends made
 *     {@code \n}
 * @param lineEnding the line end the post uses most: {@code \n} or {@code \r\n}
 * @param byteOrderMark whether the post starts with a byte order mark
 */
public record ParsedPost(
        String fileName,
        FrontMatterFormat format,
        String open,
        String close,
        List<Field> fields,
        String preamble,
        Section period,
        List<Section> sections,
        Section references,
        String original,
        String lineEnding,
        boolean byteOrderMark) {

    public ParsedPost {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(lineEnding, "lineEnding");
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
    }

    /**
     * One front matter entry.
     *
     * @param key the key, or a synthetic {@code #n} for a comment or blank line
     * @param raw the line as written
     * @param value the parsed value (String, List of String, Boolean, OffsetDateTime, Long), or {@code null}
     */
    public record Field(String key, String raw, Object value) {}

    /**
     * A {@code ## } section.
     *
     * @param heading the heading text after {@code ## }
     * @param body everything after the heading line up to the next section
     */
    public record Section(String heading, String body) {}

    /** {@return the value of a front matter key} */
    public Optional<Object> value(String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key) && f.value() != null)
                .map(Field::value)
                .findFirst();
    }

    /** {@return a string value} */
    public Optional<String> string(String key) {
        return value(key).filter(String.class::isInstance).map(String.class::cast);
    }

    /** {@return a list value; a single string counts as a one-item list} */
    public List<String> list(String key) {
        Object v = value(key).orElse(null);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return v instanceof String s ? List.of(s) : List.of();
    }
}
