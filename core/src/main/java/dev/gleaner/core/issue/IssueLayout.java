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
 * @param periodHeading the heading of the period section
 * @param periodText the period line as written, or {@code null} to write it from the period
 * @param headingTemplate how an item heading is written, with {@code {heading}}, e.g. {@code **{heading}**}
 * @param sectionTitle a fixed section title used instead of each item's heading (early layout), or
 *     {@code null}
 * @param grouped whether all items share one section under {@code sectionTitle} (early layout)
 * @param referencesHeading the heading of the references section
 * @param referenceLinks whether references are Markdown links {@code [heading](url)} instead of bare URLs
 * @param referencesText the references list as written, or {@code null} to write it from the items
 * @param ending the text after the last reference line, e.g. a final newline
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
        String ending) {

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
        Objects.requireNonNull(periodHeading, "periodHeading");
        headingTemplate = headingTemplate == null ? "{heading}" : headingTemplate;
        if (!headingTemplate.contains("{heading}")) {
            throw new IllegalArgumentException("a heading template needs {heading}: " + headingTemplate);
        }
        Objects.requireNonNull(referencesHeading, "referencesHeading");
        ending = ending == null ? "" : ending;
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
                ending);
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
                ending);
    }
}
