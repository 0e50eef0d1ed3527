package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.FrontMatterFormat;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Writes an issue as a Hugo post in its series' format and the issue's layout. */
public final class HugoRenderer {

    /** Creates a renderer. */
    public HugoRenderer() {}

    /**
     * {@return the post of {@code issue}; {@code now} is the {@code lastmod} when the series asks for it}
     *
     * <p>An imported post that Gleaner cannot write back part by part is written as it was read, as
     * long as the issue and its series would still be written as they were when it was imported.
     */
    public String render(Series series, Issue issue, OffsetDateTime now) {
        String structured = structured(series, issue, now);
        IssueLayout l = issue.layout();
        if (l.verbatimText() != null
                && l.verbatimKey().equals(HugoExporter.sha256(structured.getBytes(StandardCharsets.UTF_8)))) {
            return l.verbatimText();
        }
        return structured;
    }

    /** {@return the post written from the model and layout, in the layout's line ends, ignoring a verbatim text} */
    static String structured(Series series, Issue issue, OffsetDateTime now) {
        HugoRenderer r = new HugoRenderer();
        String text = r.frontMatter(series, issue, now) + r.body(issue);
        IssueLayout l = issue.layout();
        if (!l.lineEnding().equals("\n")) {
            text = text.replace("\n", l.lineEnding());
        }
        return l.byteOrderMark() ? "\uFEFF" + text : text;
    }

    /** {@return the front matter block including its fences and the line end after them} */
    public String frontMatter(Series series, Issue issue, OffsetDateTime now) {
        IssueLayout layout = issue.layout();
        FrontMatterFormat format = series.frontMatter();
        boolean sameFormat = layout.format() == format;
        List<String> keys = new ArrayList<>(sameFormat ? layout.fieldOrder() : IssueLayout.DEFAULT_FIELDS);
        Series.Options o = series.options();
        addIf(keys, o.draft() && issue.status() == IssueStatus.DRAFT, "draft");
        addIf(keys, o.slug(), "slug");
        addIf(keys, o.lastmod(), "lastmod");
        addIf(keys, o.description(), "description");
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            String raw = sameFormat ? layout.rawFields().get(key) : null;
            if (raw != null && readsAsModel(format, raw, key, series, issue)) {
                lines.add(raw);
                continue;
            }
            Object value = value(series, issue, key, now);
            if (value != null) {
                lines.add(FrontMatterValues.entry(format, key, value));
            }
        }
        String open = sameFormat
                ? layout.frontMatterOpen()
                : IssueLayout.defaults(series).frontMatterOpen();
        String close = sameFormat ? layout.frontMatterClose() : open;
        return switch (format) {
            case TOML, YAML -> open + "\n" + join(lines, "\n") + close + "\n";
            case JSON -> "{\n" + String.join(",\n", lines) + "\n}\n";
        };
    }

    private static String join(List<String> lines, String end) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l).append(end));
        return b.toString();
    }

    private static void addIf(List<String> keys, boolean condition, String key) {
        if (condition && !keys.contains(key)) {
            keys.add(key);
        }
    }

    /**
     * {@return whether a front matter line kept as written still says what the issue says} A title or
     * date changed since the post was read is written from the model, not from the old line.
     */
    private static boolean readsAsModel(FrontMatterFormat format, String raw, String key, Series series, Issue issue) {
        if (!key.equals("date") && !key.equals("title")) {
            return true;
        }
        Object written = HugoParser.field(format, raw, "#").value();
        if (key.equals("title")) {
            return written == null || issue.title().equals(written);
        }
        return written == null
                || HugoDates.at(written, series.zone())
                        .map(d -> d.isEqual(issue.date()))
                        .orElse(true);
    }

    /**
     * {@return {@code issue} with its date written in its front matter as {@code text} is, when {@code
     * text} is a date Hugo reads as the issue's date and Gleaner would write it otherwise (without
     * seconds, an offset or with a fraction); else with the date written from the model}
     */
    public static Issue withDateAsWritten(Series series, Issue issue, String text) {
        String t = text == null ? "" : text.strip();
        boolean same = HugoDates.parse(t)
                .flatMap(v -> HugoDates.at(v, series.zone()))
                .map(d -> d.isEqual(issue.date()))
                .orElse(false);
        FrontMatterFormat format = series.frontMatter();
        String line = switch (format) {
            case TOML -> "date = " + t;
            case YAML -> "date: " + t;
            case JSON -> "  \"date\": " + FrontMatterValues.quoted(t);
        };
        boolean plain = line.equals(FrontMatterValues.entry(format, "date", issue.date()));
        IssueLayout layout = issue.layout().withRawField("date", same && !plain ? line : null);
        return new Issue(
                issue.series(),
                issue.number(),
                issue.title(),
                issue.period(),
                issue.date(),
                issue.status(),
                issue.items(),
                layout);
    }

    /** {@return the model value of a front matter key, or {@code null} when the model has none} */
    static Object value(Series series, Issue issue, String key, OffsetDateTime now) {
        return switch (key) {
            case "date" -> issue.date();
            case "title" -> issue.title();
            case "authors" -> series.authors();
            case "tags" -> series.tags();
            case "categories" -> series.categories();
            case "series" -> List.of(series.name());
            case "draft" -> issue.status() == IssueStatus.DRAFT;
            case "slug" -> SafeFileNames.stem(series.fileName(issue.number()));
            case "lastmod" -> now;
            case "description" ->
                String.join(
                        " · ", issue.items().stream().map(IssueItem::heading).toList());
            default -> null;
        };
    }

    /** {@return the Markdown body: period, one section per item, references} */
    public String body(Issue issue) {
        IssueLayout l = issue.layout();
        StringBuilder b = new StringBuilder(l.preamble());
        if (l.periodHeading() != null) {
            b.append("## ").append(l.periodHeading()).append('\n');
            b.append(l.periodText() != null ? l.periodText() : "\n" + periodLine(issue) + "\n\n");
        }
        if (l.grouped() && l.sectionTitle() != null && !issue.items().isEmpty()) {
            b.append("## ").append(l.sectionTitle()).append("\n\n");
            List<String> parts = issue.items().stream().map(IssueItem::summary).toList();
            b.append(String.join("\n", parts)).append("\n\n");
        } else {
            for (IssueItem item : issue.items()) {
                String heading = l.sectionTitle() != null
                        ? l.sectionTitle()
                        : l.headingTemplate().replace("{heading}", item.heading());
                b.append("## ").append(heading).append("\n\n");
                if (!item.summary().isEmpty()) {
                    b.append(item.summary()).append("\n\n");
                }
            }
        }
        b.append("## ").append(l.referencesHeading()).append('\n');
        b.append(l.referencesText() != null ? l.referencesText() : "\n" + references(issue) + l.ending());
        return b.toString();
    }

    static String periodLine(Issue issue) {
        return "`" + issue.period().start() + "` ~ `" + issue.period().end() + "`";
    }

    /** The bullet of a further link: a list nested under the item's own link, as Markdown indents it. */
    static final String NESTED_REFERENCE = "  - ";

    static String references(Issue issue) {
        List<String> lines = new ArrayList<>();
        for (IssueItem item : issue.items()) {
            lines.add(
                    issue.layout().referenceLinks()
                            ? "- [" + item.heading() + "](" + item.url() + ")"
                            : "- " + item.url());
            for (String also : item.alsoUrls()) {
                lines.add(NESTED_REFERENCE + also);
            }
        }
        return String.join("\n", lines);
    }
}
