package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import dev.gleaner.exporter.ExportException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns parsed posts into issues of a series, and learns a series from its latest post. */
public final class PostReader {

    static final Pattern PERIOD =
            Pattern.compile("`?(\\d{4}-\\d{2}-\\d{2})`?\\s*(?:~|-|–|to)\\s*`?(\\d{4}-\\d{2}-\\d{2})`?");
    /** A References line: a bullet or number, then a Markdown link, an autolink or a bare URL. */
    static final Pattern REFERENCE = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+"
            + "(?:\\[(.*)]\\((\\S+?)(?:\\s+\"[^\"]*\")?\\)|<(\\S+?)>|(\\S+)|(https?://\\S+)\\s.*)\\s*$"
            + "|^\\[(\\d+)]:\\s*<?(\\S+?)>?\\s*$");

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    /** Creates a reader. */
    public PostReader() {}

    /**
     * {@return the issue number of a post: the number its title and file name share, else the last
     * number of its title, else of its file name}
     */
    public Optional<Integer> number(ParsedPost post) {
        List<Integer> inTitle = numbers(post.string("title").orElse(""));
        List<Integer> inFile = numbers(post.fileName());
        for (int i = inTitle.size() - 1; i >= 0; i--) {
            if (inFile.contains(inTitle.get(i))) {
                return Optional.of(inTitle.get(i));
            }
        }
        return !inTitle.isEmpty()
                ? Optional.of(inTitle.getLast())
                : !inFile.isEmpty() ? Optional.of(inFile.getLast()) : Optional.empty();
    }

    private static List<Integer> numbers(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            if (m.group(1).length() <= 9 && Integer.parseInt(m.group(1)) > 0) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    /** {@return the series a post belongs to, learned from its front matter, layout and file name} */
    public Series learnSeries(ParsedPost post, String nameOverride) {
        int number = number(post)
                .orElseThrow(() -> new ExportException(
                        "The post " + post.fileName() + " has no issue number in its title or file name."));
        String title = post.string("title").orElse("");
        String titlePattern = replaceLast(title, Integer.toString(number), "{number}");
        Object written = post.value("date").orElse(null);
        if (written instanceof String text) {
            written = HugoDates.parse(text).orElse(null);
        }
        ZoneId zone = written instanceof OffsetDateTime d ? d.getOffset() : ZoneId.systemDefault();
        List<String> seriesField = post.list("series");
        String name = nameOverride != null
                ? nameOverride
                : !seriesField.isEmpty()
                        ? seriesField.getFirst()
                        : title.replaceAll("[,\\s]*(Issue|No\\.?|#)?\\s*\\d+\\s*$", "");
        if (name.isBlank()) {
            name = "Weekly";
        }
        IssuePeriod period = period(post).orElse(null);
        String file = post.fileName().equals("index.md") ? "index.md" : post.fileName();
        String filePattern = file.contains(Integer.toString(number))
                ? replaceLast(file, Integer.toString(number), "{number}")
                : Series.defaults(name).filePattern();
        Series d = Series.defaults(name);
        return new Series(
                name,
                titlePattern.contains("{number}") ? titlePattern : d.titlePattern(),
                post.list("authors"),
                post.list("tags"),
                post.list("categories"),
                period == null ? d.weekStart() : period.start().getDayOfWeek(),
                zone,
                post.format(),
                filePattern,
                null,
                "posts",
                post.period() == null ? d.periodHeading() : post.period().heading(),
                post.references() == null
                        ? d.referencesHeading()
                        : post.references().heading(),
                Series.Options.none(),
                false);
    }

    private static String replaceLast(String s, String what, String with) {
        int i = s.lastIndexOf(what);
        return i < 0 ? s : s.substring(0, i) + with + s.substring(i + what.length());
    }

    /** {@return the post's date; one written without an offset is read in {@code zone}} */
    static Optional<OffsetDateTime> date(ParsedPost post, ZoneId zone) {
        return post.value("date").flatMap(v -> HugoDates.at(v, zone));
    }

    static Optional<IssuePeriod> period(ParsedPost post) {
        if (post.period() == null) {
            return Optional.empty();
        }
        Matcher m = PERIOD.matcher(post.period().body());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IssuePeriod(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@return the post as an issue of {@code series}: its items, and the layout details that make it
     * export to the same bytes}
     *
     * <p>Every post with an issue number reads: a body that cannot be written back from its items
     * (odd spacing, a references list that does not match the sections, mixed line ends) keeps the
     * post as written for export while the issue is unchanged, with the items it could read.
     */
    public Issue toIssue(ParsedPost post, Series series) {
        String file = post.fileName();
        int number = number(post)
                .orElseThrow(() ->
                        new ExportException("The post " + file + " has no issue number in its title or file name."));
        ZoneId zone = series.zone();
        Optional<IssuePeriod> written = period(post);
        OffsetDateTime date = date(post, zone)
                .orElseGet(() -> written.map(
                                p -> p.end().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                        .orElseGet(() -> OffsetDateTime.ofInstant(java.time.Instant.EPOCH, zone)));
        // A post without a readable period keeps its period text as written; the model takes the week before the date.
        IssuePeriod period = written.orElseGet(
                () -> IssuePeriod.lastFullWeek(date.atZoneSameInstant(zone).toLocalDate(), series.weekStart()));
        String title = post.string("title").orElse(series.title(number));
        IssueStatus status =
                Boolean.TRUE.equals(post.value("draft").orElse(null)) ? IssueStatus.DRAFT : IssueStatus.PUBLISHED;

        IssueBody.Mapped body = IssueBody.map(post);
        IssueLayout base = IssueLayout.defaults(series);
        Issue probe = new Issue(series.name(), number, title, period, date, status, body.items(), base);
        List<String> order = new ArrayList<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (ParsedPost.Field f : post.fields()) {
            order.add(f.key());
            Object model = HugoRenderer.value(series, probe, f.key(), date);
            String rendered = model == null || f.key().equals("lastmod")
                    ? null
                    : FrontMatterValues.entry(post.format(), f.key(), model);
            if (!f.raw().equals(rendered)) {
                raw.put(f.key(), f.raw());
            }
        }
        String periodText = null;
        if (post.period() != null) {
            periodText =
                    body.periodBody().equals("\n" + HugoRenderer.periodLine(probe) + "\n\n") ? null : body.periodBody();
        }
        IssueLayout layout = new IssueLayout(
                post.format(),
                post.open(),
                post.close(),
                order,
                raw,
                body.preamble(),
                post.period() == null ? null : post.period().heading(),
                periodText,
                body.headingTemplate(),
                body.sectionTitle(),
                body.grouped(),
                post.references() == null
                        ? series.referencesHeading()
                        : post.references().heading(),
                body.referenceLinks(),
                null,
                body.ending(),
                post.lineEnding(),
                post.byteOrderMark(),
                null,
                null);
        Issue issue = new Issue(series.name(), number, title, period, date, status, body.items(), layout);
        if (post.references() != null) {
            String refsRendered = "\n" + HugoRenderer.references(issue) + layout.ending();
            if (!refsRendered.equals(post.references().body())) {
                layout = withReferencesText(layout, post.references().body());
                issue = new Issue(series.name(), number, title, period, date, status, body.items(), layout);
            }
        }
        String structured = HugoRenderer.structured(series, issue, date);
        if (!structured.equals(post.original())) {
            issue = new Issue(
                    series.name(),
                    number,
                    title,
                    period,
                    date,
                    status,
                    body.items(),
                    layout.withVerbatim(
                            post.original(), HugoExporter.sha256(structured.getBytes(StandardCharsets.UTF_8))));
        }
        return issue;
    }

    private static IssueLayout withReferencesText(IssueLayout l, String text) {
        return new IssueLayout(
                l.format(),
                l.frontMatterOpen(),
                l.frontMatterClose(),
                l.fieldOrder(),
                l.rawFields(),
                l.preamble(),
                l.periodHeading(),
                l.periodText(),
                l.headingTemplate(),
                l.sectionTitle(),
                l.grouped(),
                l.referencesHeading(),
                l.referenceLinks(),
                text,
                l.ending(),
                l.lineEnding(),
                l.byteOrderMark(),
                l.verbatimText(),
                l.verbatimKey());
    }
}
