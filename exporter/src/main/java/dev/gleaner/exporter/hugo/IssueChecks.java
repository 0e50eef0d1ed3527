package dev.gleaner.exporter.hugo;

import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.IssueItem;
import dev.gleaner.core.url.CanonicalUrl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Warnings to show before an issue is exported; none of them stops the export. */
public final class IssueChecks {

    /** Creates the checks. */
    public IssueChecks() {}

    /**
     * One warning: {@code kind} names it for a translation (the window shows it in its language),
     * {@code args} are the values it names, in order, and {@code text} is its English sentence.
     */
    public record Warning(String kind, List<Object> args, String text) {
        public Warning {
            args = List.copyOf(args);
        }
    }

    /** {@return the warnings for {@code issue} given the other issues of its series (it may be among them)} */
    public List<String> check(Issue issue, List<Issue> seriesIssues) {
        return warnings(issue, seriesIssues).stream().map(Warning::text).toList();
    }

    /** {@return the warnings of {@link #check}, each with its kind and values} */
    public List<Warning> warnings(Issue issue, List<Issue> seriesIssues) {
        List<Warning> out = new ArrayList<>();
        List<Issue> others =
                seriesIssues.stream().filter(o -> o.number() != issue.number()).toList();
        if (issue.items().isEmpty()) {
            // Read in the window as well as at the command line: it names no command.
            out.add(new Warning(
                    "empty",
                    List.of(issue.number()),
                    "Issue " + issue.number() + " has no items yet: add articles to it before exporting."));
        }
        for (int i = 0; i < issue.items().size(); i++) {
            IssueItem item = issue.items().get(i);
            if (item.summary().isBlank()) {
                out.add(new Warning(
                        "noSummary",
                        List.of(i + 1, item.heading()),
                        "Item " + (i + 1) + " (" + item.heading() + ") has no summary."));
            }
            String key = CanonicalUrl.identityKey(item.url());
            for (Issue o : others) {
                if (o.number() < issue.number()
                        && o.items().stream()
                                .anyMatch(x -> CanonicalUrl.identityKey(x.url()).equals(key))) {
                    out.add(new Warning(
                            "earlier",
                            List.of(i + 1, item.url(), o.number()),
                            "Item " + (i + 1) + " (" + item.url() + ") was already in issue " + o.number() + "."));
                }
            }
            for (int j = 0; j < i; j++) {
                if (CanonicalUrl.identityKey(issue.items().get(j).url()).equals(key)) {
                    out.add(new Warning(
                            "repeated",
                            List.of(i + 1, j + 1),
                            "Item " + (i + 1) + " repeats the link of item " + (j + 1) + "."));
                }
            }
        }
        long same =
                seriesIssues.stream().filter(o -> o.number() == issue.number()).count();
        if (same > 1) {
            out.add(new Warning(
                    "sameNumber",
                    List.of(issue.number(), same),
                    "The number " + issue.number() + " is used by " + same + " issues."));
        }
        Optional<Issue> previous =
                others.stream().filter(o -> o.number() < issue.number()).max(Comparator.comparingInt(Issue::number));
        if (previous.isPresent()) {
            Issue p = previous.get();
            if (p.period().overlaps(issue.period())) {
                out.add(new Warning(
                        "overlap",
                        List.of(
                                issue.period().toString(),
                                p.number(),
                                p.period().toString()),
                        "The period " + issue.period() + " overlaps issue " + p.number() + " (" + p.period() + ")."));
            } else if (p.period().end().plusDays(1).isBefore(issue.period().start())) {
                out.add(new Warning(
                        "gap",
                        List.of(
                                issue.period().toString(),
                                p.number(),
                                p.period().toString()),
                        "The period " + issue.period() + " leaves a gap after issue " + p.number() + " (" + p.period()
                                + ")."));
            }
            if (issue.number() != p.number() + 1) {
                out.add(new Warning(
                        "notNext",
                        List.of(issue.number(), p.number()),
                        "Issue " + issue.number() + " does not follow issue " + p.number() + " directly."));
            }
        }
        return out;
    }
}
