package dev.gleaner.core.issue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The layout details of one issue's post, captured when a post is imported so that exporting it
 * unedited gives the same bytes; new issues take the series defaults.
 *
 * @param format the front matter format the raw parts were written in
 * @param frontMatterOpen the opening fence line, e.g. {@code +++}
 * @param frontMatterClose the closing fence line
 * @param fieldOrder the front matter keys in order
 * @param rawFields front matter lines kept as written (by key), where the model would write them
 *     differently or does not know the key
 * @param preamble the text between the front matter and the first section
 * @param periodHeading the heading of the period section, or {@code null} for a post without one (early
 *     issues)
 * @param periodText the period line as written, or {@code null} to write it from the period
 * @param headingTemplate how an item heading is written, with {@code {heading}}, e.g. {@code **{heading}**}
 * @param sectionTitle a fixed section title used instead of each item's heading (early layout), or
 *     {@code null}
 * @param grouped whether all items share one section under {@code sectionTitle} (early layout)
 * @param referencesHeading the heading of the references section
 * @param referenceLinks whether references are Markdown links {@code [heading](url)} instead of bare URLs
 * @param referencesText the references list as written, or {@code null} to write it from the items
 * @param ending the text after the last reference line, e.g. a final newline
 * @param lineEnding the line break written between lines: {@code \n}, or {@code \r\n} for a post
 *     saved with Windows line ends
 * @param byteOrderMark whether the post starts with a UTF-8 byte order mark
 * @param verbatimText the whole post as written, for a post whose parts cannot all be written back
 *     from the model (odd spacing, mixed line ends, an unusual body); or {@code null}
 * @param verbatimKey the SHA-256 (hex) of the post Gleaner writes for the issue as it was imported:
 *     {@code verbatimText} stands in for it only while the issue would still be written that way, so
 *     any edit of the issue or its series is exported from the model
 */
public record IssueLayout(
        FrontMatterFormat format,
        String frontMatterOpen,
        String frontMatterClose,
        List<String> fieldOrder,
        Map<String, String> rawFields,
        String preamble,
        String periodHeading,
        String periodText,
        String headingTemplate,
        String sectionTitle,
        boolean grouped,
        String referencesHeading,
        boolean referenceLinks,
        String referencesText,
        String ending,
        String lineEnding,
        boolean byteOrderMark,
        String verbatimText,
        String verbatimKey) {

    /** The front matter keys Gleaner writes, in order. */
    public static final List<String> DEFAULT_FIELDS =
            List.of("date", "title", "authors", "tags", "categories", "series");

    public IssueLayout {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(frontMatterOpen, "frontMatterOpen");
        Objects.requireNonNull(frontMatterClose, "frontMatterClose");
        fieldOrder = List.copyOf(fieldOrder);
        rawFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rawFields));
        preamble = preamble == null ? "\n" : preamble;
        headingTemplate = headingTemplate == null ? "{heading}" : headingTemplate;
        if (!headingTemplate.contains("{heading}")) {
            throw new IllegalArgumentException("a heading template needs {heading}: " + headingTemplate);
        }
        Objects.requireNonNull(referencesHeading, "referencesHeading");
        ending = ending == null ? "" : ending;
        lineEnding = lineEnding == null ? "\n" : lineEnding;
        if (!lineEnding.equals("\n") && !lineEnding.equals("\r\n")) {
            throw new IllegalArgumentException("a line end is \\n or \\r\\n, not "
                    + lineEnding.codePoints().boxed().toList());
        }
        if ((verbatimText == null) != (verbatimKey == null)) {
            throw new IllegalArgumentException("a verbatim post needs the key of the post it stands in for");
        }
        if (periodHeading == null && periodText != null) {
            throw new IllegalArgumentException("a period text needs a period heading");
        }
    }

    /** A layout with Unix line ends, no byte order mark and nothing kept verbatim. */
    public IssueLayout(
            FrontMatterFormat format,
            String frontMatterOpen,
            String frontMatterClose,
            List<String> fieldOrder,
            Map<String, String> rawFields,
            String preamble,
            String periodHeading,
            String periodText,
            String headingTemplate,
            String sectionTitle,
            boolean grouped,
            String referencesHeading,
            boolean referenceLinks,
            String referencesText,
            String ending) {
        this(
                format,
                frontMatterOpen,
                frontMatterClose,
                fieldOrder,
                rawFields,
                preamble,
                periodHeading,
                periodText,
                headingTemplate,
                sectionTitle,
                grouped,
                referencesHeading,
                referenceLinks,
                referencesText,
                ending,
                "\n",
                false,
                null,
                null);
    }

    /** {@return the layout of a new issue of {@code series}} */
    public static IssueLayout defaults(Series series) {
        String fence = switch (series.frontMatter()) {
            case TOML -> "+++";
            case YAML -> "---";
            case JSON -> "";
        };
        return new IssueLayout(
                series.frontMatter(),
                fence,
                fence,
                DEFAULT_FIELDS,
                Map.of(),
                "\n",
                series.periodHeading(),
                null,
                "{heading}",
                null,
                false,
                series.referencesHeading(),
                false,
                null,
                "\n");
    }

    /**
     * {@return this layout with the front matter line of {@code key} written as {@code line}, or written
     * from the model again when {@code line} is null}
     */
    public IssueLayout withRawField(String key, String line) {
        Map<String, String> raw = new LinkedHashMap<>(rawFields);
        if (line == null) {
            raw.remove(key);
        } else {
            raw.put(key, line);
        }
        return new IssueLayout(
                format,
                frontMatterOpen,
                frontMatterClose,
                fieldOrder,
                raw,
                preamble,
                periodHeading,
                periodText,
                headingTemplate,
                sectionTitle,
                grouped,
                referencesHeading,
                referenceLinks,
                referencesText,
                ending,
                lineEnding,
                byteOrderMark,
                verbatimText,
                verbatimKey);
    }

    /** {@return this layout without the parts written as-is, for an issue whose items changed} */
    public IssueLayout withoutRawReferences() {
        return new IssueLayout(
                format,
                frontMatterOpen,
                frontMatterClose,
                fieldOrder,
                rawFields,
                preamble,
                periodHeading,
                periodText,
                headingTemplate,
                sectionTitle,
                grouped,
                referencesHeading,
                referenceLinks,
                null,
                ending,
                lineEnding,
                byteOrderMark,
                verbatimText,
                verbatimKey);
    }

    /** {@return this layout with the period written from the model} */
    public IssueLayout withoutRawPeriod() {
        return new IssueLayout(
                format,
                frontMatterOpen,
                frontMatterClose,
                fieldOrder,
                rawFields,
                preamble,
                periodHeading,
                null,
                headingTemplate,
                sectionTitle,
                grouped,
                referencesHeading,
                referenceLinks,
                referencesText,
                ending,
                lineEnding,
                byteOrderMark,
                verbatimText,
                verbatimKey);
    }

    /**
     * {@return this layout with the post as written kept for export while the issue stays as imported}
     *
     * @param text the post as written
     * @param key the SHA-256 (hex) of the post Gleaner would write for the issue as imported
     */
    public IssueLayout withVerbatim(String text, String key) {
        return new IssueLayout(
                format,
                frontMatterOpen,
                frontMatterClose,
                fieldOrder,
                rawFields,
                preamble,
                periodHeading,
                periodText,
                headingTemplate,
                sectionTitle,
                grouped,
                referencesHeading,
                referenceLinks,
                referencesText,
                ending,
                lineEnding,
                byteOrderMark,
                text,
                key);
    }

    /**
     * {@return the layout of a new issue that follows this one's file conventions: line ends, byte
     * order mark, front matter fences and the final line end}
     */
    public IssueLayout conventionsFor(Series series) {
        IssueLayout d = defaults(series);
        boolean sameFormat = format == d.format();
        return new IssueLayout(
                d.format(),
                sameFormat ? frontMatterOpen : d.frontMatterOpen(),
                sameFormat ? frontMatterClose : d.frontMatterClose(),
                d.fieldOrder(),
                d.rawFields(),
                d.preamble(),
                d.periodHeading(),
                null,
                d.headingTemplate(),
                null,
                false,
                d.referencesHeading(),
                false,
                null,
                ending.isEmpty() || ending.equals("\n") ? ending : d.ending(),
                lineEnding,
                byteOrderMark,
                null,
                null);
    }
}
