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

    /** {@return the warnings for {@code issue} given the other issues of its series (it may be among them)} */
    public List<String> check(Issue issue, List<Issue> seriesIssues) {
        List<String> out = new ArrayList<>();
        List<Issue> others =
                seriesIssues.stream().filter(o -> o.number() != issue.number()).toList();
        if (issue.items().isEmpty()) {
            // Read in the window as well as at the command line: it names no command.
            out.add("Issue " + issue.number() + " has no items yet: add articles to it before exporting.");
        }
        for (int i = 0; i < issue.items().size(); i++) {
            IssueItem item = issue.items().get(i);
            if (item.summary().isBlank()) {
                out.add("Item " + (i + 1) + " (" + item.heading() + ") has no summary.");
            }
            String key = CanonicalUrl.identityKey(item.url());
            for (Issue o : others) {
                if (o.number() < issue.number()
                        && o.items().stream()
                                .anyMatch(x -> CanonicalUrl.identityKey(x.url()).equals(key))) {
                    out.add("Item " + (i + 1) + " (" + item.url() + ") was already in issue " + o.number() + ".");
                }
            }
            for (int j = 0; j < i; j++) {
                if (CanonicalUrl.identityKey(issue.items().get(j).url()).equals(key)) {
                    out.add("Item " + (i + 1) + " repeats the link of item " + (j + 1) + ".");
                }
            }
        }
        long same =
                seriesIssues.stream().filter(o -> o.number() == issue.number()).count();
        if (same > 1) {
            out.add("The number " + issue.number() + " is used by " + same + " issues.");
        }
        Optional<Issue> previous =
                others.stream().filter(o -> o.number() < issue.number()).max(Comparator.comparingInt(Issue::number));
        if (previous.isPresent()) {
            Issue p = previous.get();
            if (p.period().overlaps(issue.period())) {
                out.add("The period " + issue.period() + " overlaps issue " + p.number() + " (" + p.period() + ").");
            } else if (p.period().end().plusDays(1).isBefore(issue.period().start())) {
                out.add("The period " + issue.period() + " leaves a gap after issue " + p.number() + " (" + p.period()
                        + ").");
            }
            if (issue.number() != p.number() + 1) {
                out.add("Issue " + issue.number() + " does not follow issue " + p.number() + " directly.");
            }
        }
        return out;
    }
}
