package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.IssueItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the sections of a post to issue items: one section per References entry (the current
 * layout), one overview section listing several articles (the early layout), or, where neither
 * fits, the items that can be read, leaving the exact text to the post kept as written.
 */
final class IssueBody {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((\\S+?)\\)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)<>\\]\"'`]+");
    private static final Pattern BOLD = Pattern.compile("^\\*\\*(.+)\\*\\*$");

    private IssueBody() {}

    /** A line nested under a References entry: an indented bullet or number, then a link or URL. */
    private static final Pattern NESTED_REFERENCE = Pattern.compile("^[ \\t]+(?:[-*+]|\\d+[.)])\\s+"
            + "(?:\\[.*]\\((\\S+?)(?:\\s+\"[^\"]*\")?\\)|<(\\S+?)>|((?:https?://|www\\.)\\S+))\\s*$");

    /** One References entry: its link text (or {@code null}), URL and the further links nested under it. */
    record Reference(String text, String url, List<String> also) {}

    /**
     * What the body maps to.
     *
     * @param items the issue items
     * @param preamble the text before the first section, with introduction sections when there is no period
     * @param periodBody the period section's body with introduction sections, or {@code null}
     * @param headingTemplate how item headings are written
     * @param sectionTitle the one heading all item sections share, or {@code null}
     * @param grouped whether all items share one section
     * @param referenceLinks whether references are Markdown links
     * @param ending the text after the last reference line
     */
    record Mapped(
            List<IssueItem> items,
            String preamble,
            String periodBody,
            String headingTemplate,
            String sectionTitle,
            boolean grouped,
            boolean referenceLinks,
            String ending) {}

    static Mapped map(ParsedPost post) {
        List<Reference> refs = new ArrayList<>();
        StringBuilder ending = new StringBuilder();
        if (post.references() != null) {
            readReferences(post.references().body(), refs, ending);
        }
        boolean referenceLinks = !refs.isEmpty() && refs.stream().allMatch(r -> r.text() != null);
        String preamble = post.preamble() == null ? "\n" : post.preamble();
        String periodBody = post.period() == null ? null : post.period().body();
        List<ParsedPost.Section> sections = post.sections();
        if (sections.size() > refs.size() && !refs.isEmpty()) {
            // Sections before the articles (an introduction) have no link: they stay with the period as written.
            StringBuilder b = new StringBuilder(periodBody == null ? preamble : periodBody);
            int extra = sections.size() - refs.size();
            for (ParsedPost.Section x : sections.subList(0, extra)) {
                b.append("## ").append(x.heading()).append('\n').append(x.body());
            }
            if (periodBody == null) {
                preamble = b.toString();
            } else {
                periodBody = b.toString();
            }
            sections = sections.subList(extra, sections.size());
        }
        try {
            return paired(sections, refs, preamble, periodBody, referenceLinks, ending.toString());
        } catch (IllegalStateException e) {
            return new Mapped(
                    readable(sections, refs),
                    preamble,
                    periodBody,
                    "{heading}",
                    null,
                    false,
                    referenceLinks,
                    ending.toString());
        }
    }

    /** Reads the References lines up to the next heading; the rest (after the last entry) is the ending. */
    private static void readReferences(String body, List<Reference> refs, StringBuilder ending) {
        List<String> lines = HugoParser.splitLines(body);
        int stop = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ")) {
                stop = i;
                break;
            }
        }
        int last = -1;
        List<String> also = null;
        for (int i = 0; i < stop; i++) {
            String line = lines.get(i).replace("\n", "");
            Matcher m = PostReader.REFERENCE.matcher(line);
            Matcher nested = NESTED_REFERENCE.matcher(line);
            if (m.matches()) {
                String url = m.group(2) != null
                        ? m.group(2)
                        : m.group(3) != null
                                ? m.group(3)
                                : m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(7);
                also = new ArrayList<>();
                refs.add(new Reference(m.group(2) != null ? m.group(1) : null, url, also));
            } else if (also != null && nested.matches()) {
                // A link nested under an entry is one more link that the same article cites.
                also.add(
                        nested.group(1) != null
                                ? nested.group(1)
                                : nested.group(2) != null ? nested.group(2) : nested.group(3));
            } else if (!line.isBlank()) {
                also = null;
            }
            if (!lines.get(i).isBlank()) {
                last = i;
            }
        }
        if (last >= 0) {
            if (lines.get(last).endsWith("\n")) {
                ending.append('\n');
            }
            for (int i = last + 1; i < lines.size(); i++) {
                ending.append(lines.get(i));
            }
        }
    }

    /** The layouts Gleaner writes back from the items; throws when the sections do not pair with the references. */
    private static Mapped paired(
            List<ParsedPost.Section> sections,
            List<Reference> refs,
            String preamble,
            String periodBody,
            boolean referenceLinks,
            String ending) {
        List<String> summaries = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        String sectionTitle = null;
        boolean grouped = false;
        boolean sameHeading = !sections.isEmpty()
                && sections.stream().map(ParsedPost.Section::heading).distinct().count() == 1;
        if (sections.size() == 1 && refs.size() > 1) {
            grouped = true;
            sectionTitle = sections.getFirst().heading();
            summaries.addAll(splitGrouped(exactSummary(sections.getFirst()), refs));
            for (int i = 0; i < refs.size(); i++) {
                String summary = summaries.get(i);
                headings.add(derivedTitle(refs.get(i), summary)
                        .or(() -> summary.startsWith("### ")
                                ? Optional.of(summary.lines()
                                        .findFirst()
                                        .orElseThrow()
                                        .substring(4)
                                        .strip())
                                : Optional.empty())
                        .orElse(refs.get(i).url()));
            }
        } else if (sections.size() == refs.size() && !refs.isEmpty()) {
            for (ParsedPost.Section section : sections) {
                summaries.add(exactSummary(section));
                headings.add(section.heading());
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
        } else if (!(sections.isEmpty() && refs.isEmpty())) {
            throw new IllegalStateException(sections.size() + " sections, " + refs.size() + " references");
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
                    null,
                    oneLine(headings.get(i)),
                    summaries.get(i),
                    refs.get(i).url(),
                    refs.get(i).also()));
        }
        return new Mapped(items, preamble, periodBody, template, sectionTitle, grouped, referenceLinks, ending);
    }

    /** The items that can be read from a body that does not pair sections with references one to one. */
    private static List<IssueItem> readable(List<ParsedPost.Section> sections, List<Reference> refs) {
        List<IssueItem> items = new ArrayList<>();
        if (!refs.isEmpty() && sections.size() == refs.size()) {
            for (int i = 0; i < refs.size(); i++) {
                ParsedPost.Section own = sections.get(i);
                items.add(new IssueItem(
                        null,
                        oneLine(own.heading()),
                        lenientSummary(own),
                        refs.get(i).url(),
                        refs.get(i).also()));
            }
            return items;
        }
        if (!refs.isEmpty()) {
            String all = String.join(
                    "\n",
                    sections.stream().map(s -> s.heading() + "\n" + s.body()).toList());
            for (Reference r : refs) {
                ParsedPost.Section own = sections.stream()
                        .filter(s -> s.body().contains(r.url()) || s.heading().equals(r.text()))
                        .findFirst()
                        .orElse(null);
                String heading = own != null && !own.body().isBlank() && !mentionsOtherReference(own, r, refs)
                        ? own.heading()
                        : derivedTitle(r, all).orElse(r.url());
                String summary = own != null && !mentionsOtherReference(own, r, refs) ? lenientSummary(own) : "";
                items.add(new IssueItem(null, oneLine(heading), summary, r.url(), r.also()));
            }
            return items;
        }
        for (ParsedPost.Section s : sections) {
            Matcher m = URL.matcher(s.body());
            if (m.find()) {
                items.add(new IssueItem(null, oneLine(s.heading()), lenientSummary(s), m.group()));
            }
        }
        return items;
    }

    private static boolean mentionsOtherReference(ParsedPost.Section s, Reference own, List<Reference> refs) {
        return refs.stream()
                .anyMatch(
                        r -> r != own && !r.url().equals(own.url()) && s.body().contains(r.url()));
    }

    private static String oneLine(String heading) {
        String h = heading.replace("\r", "").replace("\n", " ");
        return h.isBlank() ? "(untitled)" : h;
    }

    /** {@return a section body without the one blank line after the heading and before the next one} */
    private static String exactSummary(ParsedPost.Section s) {
        String b = s.body();
        if (b.equals("\n")) {
            return "";
        }
        if (b.startsWith("\n") && b.endsWith("\n\n") && b.length() >= 3) {
            String summary = b.substring(1, b.length() - 2);
            if (!summary.startsWith("\n") && !summary.endsWith("\n")) {
                return summary;
            }
        }
        throw new IllegalStateException("section '" + s.heading() + "' is not set off by one blank line");
    }

    /** {@return a section body without the blank lines around it} */
    static String lenientSummary(ParsedPost.Section s) {
        List<String> lines = new ArrayList<>(s.body().lines().toList());
        while (!lines.isEmpty() && lines.getFirst().isBlank()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }

    /**
     * Splits one early-layout section holding several articles where each starts: at the top-level
     * bullets that link them, else at its {@code ###} headings.
     */
    private static List<String> splitGrouped(String body, List<Reference> refs) {
        List<String> lines = HugoParser.splitLines(body);
        List<Integer> starts = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < lines.size() && r < refs.size(); i++) {
            String line = lines.get(i);
            if ((line.startsWith("- ") || line.startsWith("* "))
                    && line.contains(refs.get(r).url())) {
                starts.add(i);
                r++;
            }
        }
        if (starts.size() != refs.size() || starts.getFirst() != 0) {
            starts.clear();
            CodeBlocks blocks = new CodeBlocks();
            for (int i = 0; i < lines.size(); i++) {
                if (!blocks.inside(lines.get(i)) && lines.get(i).startsWith("### ")) {
                    starts.add(i);
                }
            }
        }
        if (starts.size() != refs.size() || starts.isEmpty() || starts.getFirst() != 0) {
            throw new IllegalStateException("the overview section does not start each of its articles in order");
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            String chunk = String.join("", lines.subList(from, to));
            if (k + 1 < starts.size()) {
                if (!chunk.endsWith("\n")) {
                    throw new IllegalStateException("an article of the overview does not end a line");
                }
                chunk = chunk.substring(0, chunk.length() - 1);
            }
            out.add(chunk);
        }
        return out;
    }

    private static Optional<String> derivedTitle(Reference ref, String text) {
        if (ref.text() != null && !ref.text().isBlank()) {
            return Optional.of(ref.text());
        }
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(ref.url())) {
                return Optional.of(m.group(1).replace("**", "").strip());
            }
        }
        return Optional.empty();
    }
}
