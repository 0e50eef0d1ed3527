package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.issue.IssueLayout;
import dev.gleaner.core.issue.IssuePeriod;
import dev.gleaner.core.issue.IssueStatus;
import dev.gleaner.core.issue.Series;
import dev.gleaner.exporter.ExportException;
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

    private static final Pattern PERIOD =
            Pattern.compile("`?(\\d{4}-\\d{2}-\\d{2})`?\\s*~\\s*`?(\\d{4}-\\d{2}-\\d{2})`?");
    private static final Pattern REFERENCE = Pattern.compile("^[-*+]\\s+(?:\\[(.*)]\\((\\S+?)\\)|<?(\\S+?)>?)\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((\\S+?)\\)");
    private static final Pattern BOLD = Pattern.compile("^\\*\\*(.+)\\*\\*$");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    /** Creates a reader. */
    public PostReader() {}

    /** {@return the issue number of a post: from its title, else from its file name} */
    public Optional<Integer> number(ParsedPost post) {
        for (String source : List.of(post.string("title").orElse(""), post.fileName())) {
            Matcher m = NUMBER.matcher(source);
            Integer last = null;
            while (m.find()) {
                last = Integer.parseInt(m.group(1));
            }
            if (last != null && last > 0) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    /** {@return the series a post belongs to, learned from its front matter, layout and file name} */
    public Series learnSeries(ParsedPost post, String nameOverride) {
        int number = number(post)
                .orElseThrow(() -> new ExportException(
                        "The post " + post.fileName() + " has no issue number in its title or file name."));
        String title = post.string("title").orElse("");
        String titlePattern = replaceLast(title, Integer.toString(number), "{number}");
        List<String> seriesField = post.list("series");
        String name = nameOverride != null
                ? nameOverride
                : !seriesField.isEmpty()
                        ? seriesField.getFirst()
                        : title.replaceAll("[,\\s]*(Issue|No\\.?|#)?\\s*\\d+\\s*$", "");
        if (name.isBlank()) {
            name = "Weekly";
        }
        OffsetDateTime date = date(post);
        ZoneId zone = date == null ? ZoneId.systemDefault() : date.getOffset();
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
                post.period().heading(),
                post.references().heading(),
                Series.Options.none(),
                false);
    }

    private static String replaceLast(String s, String what, String with) {
        int i = s.lastIndexOf(what);
        return i < 0 ? s : s.substring(0, i) + with + s.substring(i + what.length());
    }

    private static OffsetDateTime date(ParsedPost post) {
        Object v = post.value("date").orElse(null);
        if (v instanceof OffsetDateTime d) {
            return d;
        }
        if (v instanceof String s) {
            try {
                return OffsetDateTime.parse(s);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static Optional<IssuePeriod> period(ParsedPost post) {
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

    /** One References entry: its link text (or {@code null}) and URL. */
    private record Reference(String text, String url) {}

    /** {@return the post as an issue of {@code series}, with the layout details that make it export unchanged} */
    public Issue toIssue(ParsedPost post, Series series) {
        String file = post.fileName();
        int number = number(post)
                .orElseThrow(() ->
                        new ExportException("The post " + file + " has no issue number in its title or file name."));
        OffsetDateTime date = date(post);
        if (date == null) {
            throw new ExportException("The post " + file + " has no date with an offset in its front matter.");
        }
        IssuePeriod period = period(post)
                .orElseThrow(() -> new ExportException(
                        "The post " + file + " has no period like `2024-06-16` ~ `2024-06-22` under ## "
                                + post.period().heading() + "."));
        String title = post.string("title").orElse(series.title(number));

        List<Reference> refs = new ArrayList<>();
        List<String> refLines = HugoParser.splitLines(post.references().body());
        int lastRefLine = -1;
        for (int i = 0; i < refLines.size(); i++) {
            Matcher m = REFERENCE.matcher(refLines.get(i).replace("\n", ""));
            if (m.matches()) {
                refs.add(m.group(2) != null ? new Reference(m.group(1), m.group(2)) : new Reference(null, m.group(3)));
            }
            if (!refLines.get(i).isBlank()) {
                lastRefLine = i;
            }
        }
        StringBuilder ending = new StringBuilder();
        if (lastRefLine >= 0) {
            String last = refLines.get(lastRefLine);
            if (last.endsWith("\n")) {
                ending.append('\n');
            }
            for (int i = lastRefLine + 1; i < refLines.size(); i++) {
                ending.append(refLines.get(i));
            }
        }
        boolean referenceLinks = !refs.isEmpty() && refs.stream().allMatch(r -> r.text() != null);

        List<ParsedPost.Section> sections = post.sections();
        List<String> summaries = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        String sectionTitle = null;
        boolean grouped = false;
        boolean sameHeading = !sections.isEmpty()
                && sections.stream().map(ParsedPost.Section::heading).distinct().count() == 1;
        if (sections.size() == 1 && refs.size() > 1) {
            grouped = true;
            sectionTitle = sections.getFirst().heading();
            summaries.addAll(splitGrouped(file, summary(sections.getFirst()), refs));
            for (int i = 0; i < refs.size(); i++) {
                headings.add(derivedTitle(refs.get(i), summaries.get(i))
                        .orElse(refs.get(i).url()));
            }
        } else if (sections.size() == refs.size()) {
            for (int i = 0; i < sections.size(); i++) {
                summaries.add(summary(sections.get(i)));
                headings.add(sections.get(i).heading());
            }
            if (sameHeading) {
                List<String> derived = new ArrayList<>();
                for (int i = 0; i < refs.size(); i++) {
                    derived.add(derivedTitle(refs.get(i), summaries.get(i)).orElse(null));
                }
                boolean differs = derived.stream()
                        .anyMatch(
                                d -> d != null && !d.equals(sections.getFirst().heading()));
                if (differs || refs.size() > 1) {
                    sectionTitle = sections.getFirst().heading();
                    for (int i = 0; i < refs.size(); i++) {
                        headings.set(
                                i,
                                derived.get(i) != null
                                        ? derived.get(i)
                                        : refs.get(i).url());
                    }
                }
            }
        } else {
            throw new ExportException("The post " + file + " has " + sections.size() + " article sections but "
                    + refs.size() + " References entries: each section needs its link.");
        }
        String template = "{heading}";
        if (sectionTitle == null
                && !headings.isEmpty()
                && headings.stream().allMatch(h -> BOLD.matcher(h).matches())) {
            template = "**{heading}**";
            headings.replaceAll(h -> {
                Matcher m = BOLD.matcher(h);
                m.matches();
                return m.group(1);
            });
        }
        List<IssueItem> items = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            items.add(new IssueItem(
                    null, headings.get(i), summaries.get(i), refs.get(i).url()));
        }

        List<String> order = new ArrayList<>();
        Map<String, String> raw = new LinkedHashMap<>();
        IssueLayout base = IssueLayout.defaults(series);
        Issue probe = new Issue(series.name(), number, title, period, date, IssueStatus.PUBLISHED, items, base);
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
        IssueLayout layout = new IssueLayout(
                post.format(),
                post.open(),
                post.close(),
                order,
                raw,
                post.preamble(),
                post.period().heading(),
                post.period().body().equals("\n" + HugoRenderer.periodLine(probe) + "\n\n")
                        ? null
                        : post.period().body(),
                template,
                sectionTitle,
                grouped,
                post.references().heading(),
                referenceLinks,
                null,
                ending.toString());
        Issue issue = new Issue(series.name(), number, title, period, date, IssueStatus.PUBLISHED, items, layout);
        String refsRendered = "\n" + HugoRenderer.references(issue) + layout.ending();
        if (!refsRendered.equals(post.references().body())) {
            layout = new IssueLayout(
                    layout.format(),
                    layout.frontMatterOpen(),
                    layout.frontMatterClose(),
                    layout.fieldOrder(),
                    layout.rawFields(),
                    layout.preamble(),
                    layout.periodHeading(),
                    layout.periodText(),
                    layout.headingTemplate(),
                    layout.sectionTitle(),
                    layout.grouped(),
                    layout.referencesHeading(),
                    layout.referenceLinks(),
                    post.references().body(),
                    layout.ending());
            issue = new Issue(series.name(), number, title, period, date, IssueStatus.PUBLISHED, items, layout);
        }
        return issue;
    }

    /** {@return a section body without the blank line after the heading and before the next one} */
    private static String summary(ParsedPost.Section s) {
        String b = s.body();
        if (b.equals("\n")) {
            return "";
        }
        if (b.startsWith("\n") && b.endsWith("\n\n") && b.length() >= 3) {
            return b.substring(1, b.length() - 2);
        }
        throw new ExportException("The section '" + s.heading()
                + "' is not separated by one blank line from its heading and the next section: add blank lines.");
    }

    /** Splits one early-layout section holding several articles at the top-level bullets that link them. */
    private static List<String> splitGrouped(String file, String body, List<Reference> refs) {
        List<String> lines = HugoParser.splitLines(body);
        List<Integer> starts = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < lines.size() && r < refs.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("- ") && line.contains(refs.get(r).url())) {
                starts.add(i);
                r++;
            }
        }
        if (starts.size() != refs.size() || starts.getFirst() != 0) {
            throw new ExportException("The post " + file + " lists " + refs.size()
                    + " references in one section whose bullets do not link each of them in order.");
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            String chunk = String.join("", lines.subList(from, to));
            if (k + 1 < starts.size()) {
                chunk = chunk.substring(0, chunk.length() - 1);
            }
            out.add(chunk);
        }
        return out;
    }

    private static Optional<String> derivedTitle(Reference ref, String summary) {
        if (ref.text() != null && !ref.text().isBlank()) {
            return Optional.of(ref.text());
        }
        Matcher m = LINK.matcher(summary);
        while (m.find()) {
            if (m.group(2).equals(ref.url())) {
                return Optional.of(m.group(1).replace("**", "").strip());
            }
        }
        return Optional.empty();
    }
}
