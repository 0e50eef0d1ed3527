package dev.gleaner.app.issue;

import dev.gleaner.app.usecase.IssueItems;
import dev.gleaner.core.issue.Issue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the issue composer needs from the weekly issue model: the issues per series, newest first,
 * and adding an article to the open issue. {@link #available()} is false until the model is wired.
 */
public interface IssueService {
    /** {@return whether issues can be listed and composed in this build} */
    boolean available();

    /** {@return the issues, newest first; empty when not available} */
    List<IssueSummary> issues();

    /** Adds the article to the newest open issue, creating one for this week when there is none. */
    void addToIssue(long articleId);

    /** {@return the whole issue {@code number} of {@code series}} */
    default Issue issue(String series, int number) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** Stores an edited issue. */
    default void save(Issue issue) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** {@return the exporter's warnings for {@code issue} (duplicate links, missing summaries, period gaps)} */
    default List<String> warnings(Issue issue) {
        return List.of();
    }

    /** {@return the same warnings with their kinds and values, for the window to say in its language} */
    default List<dev.gleaner.exporter.hugo.IssueChecks.Warning> checks(Issue issue) {
        return warnings(issue).stream()
                .map(w -> new dev.gleaner.exporter.hugo.IssueChecks.Warning("", List.of(), w))
                .toList();
    }

    /** {@return the exact text of the file an export of {@code issue} writes} */
    default String render(Issue issue) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** {@return the file an export of {@code issue} writes, in the series' or the settings' Hugo site} */
    default Path target(Issue issue) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** Writes {@code issue} into the Hugo site; {@return the file written} */
    default Path export(Issue issue) {
        return export(issue, false);
    }

    /**
     * Writes {@code issue} into the Hugo site, over a file changed outside Gleaner only when
     * {@code force}; {@return the file written}
     */
    default Path export(Issue issue, boolean force) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** {@return whether the file an export of {@code issue} writes was changed outside Gleaner since its last export} */
    default boolean changedOutside(Issue issue) {
        return false;
    }

    /**
     * {@return what an export of {@code issue} would do: its file, the text written, the text there
     * and whether that was changed outside Gleaner}, decided by the exporter as the export itself does
     */
    default dev.gleaner.exporter.hugo.HugoExporter.Plan plan(Issue issue) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** {@return the names of the series an issue can belong to} */
    default List<String> seriesNames() {
        return List.of();
    }

    /** {@return the time zone of {@code series}, the default of its issues' publish times} */
    default java.time.ZoneId zone(String series) {
        return java.time.ZoneId.systemDefault();
    }

    /**
     * Moves {@code issue} to {@code series} as its next issue (its default title follows the new
     * series); {@return the moved issue}
     */
    default Issue moveToSeries(Issue issue, String series) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /**
     * Starts the next issue of {@code series} (the only or first series when null, a new default
     * series when there is none) over the last full week, published now; {@return the new issue}
     */
    default Issue newIssue(String series) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /**
     * Gives {@code issue} the number {@code number}; a title that was the series' title of the old
     * number follows; {@return the renumbered issue}
     */
    default Issue renumber(Issue issue, int number) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** Deletes {@code issue} (its articles stay in the library, an exported post stays on disk). */
    default void delete(Issue issue) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** Renames the series {@code from} to {@code to}, its issues with it. */
    default void renameSeries(String from, String to) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** Deletes the series {@code name} and its issues; {@return how many issues went with it} */
    default int deleteSeries(String name) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /**
     * Reads the Hugo posts in {@code folder} back into issues, as {@code gleaner issue import-hugo}
     * does; {@return what was imported}
     */
    default HugoImport importHugo(Path folder) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /**
     * Adds the page at {@code url} to {@code issue} as its last item: the library's article with that
     * link, else the page clipped now, else the link alone; {@return the issue with the item, and why
     * the page is missing when it could not be fetched}
     */
    default IssueItems.LinkAdded addLink(Issue issue, String url) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /**
     * Adds the library article {@code articleId} to {@code issue} as its last item, with the writer's
     * notes on it (else the summary it had in an earlier issue) as summary; {@return the issue with
     * the item}
     */
    default Issue addArticle(Issue issue, long articleId) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** Gives the article {@code articleId} (a note without one) the link {@code url}. */
    default void setLink(long articleId, String url) {
        throw new IllegalStateException("the issue composer is not available in this build");
    }

    /** {@return library articles matching {@code query} (the newest when blank), at most {@code limit}} */
    default List<dev.gleaner.core.model.Article> findArticles(String query, int limit) {
        return List.of();
    }

    /**
     * One issue as the sidebar and the composer header show it.
     *
     * @param series the series name
     * @param number the issue number, positive
     * @param title the issue title
     * @param start the first day of its period
     * @param end the last day of its period
     * @param items the item titles in order
     */
    record IssueSummary(String series, int number, String title, LocalDate start, LocalDate end, List<String> items) {
        public IssueSummary {
            Objects.requireNonNull(series, "series");
            if (number <= 0) {
                throw new IllegalArgumentException("issue number must be positive: " + number);
            }
            items = List.copyOf(items);
        }
    }

    /**
     * What a Hugo import read.
     *
     * @param said one sentence saying so, as {@code gleaner issue import-hugo} prints it
     * @param newest the newest issue read, or null when the folder held none
     */
    record HugoImport(String said, Issue newest) {
        public HugoImport {
            Objects.requireNonNull(said, "said");
        }
    }

    /** {@return a service that says plainly that issues are not available yet} */
    static IssueService unavailable() {
        return new IssueService() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public List<IssueSummary> issues() {
                return List.of();
            }

            @Override
            public void addToIssue(long articleId) {
                throw new IllegalStateException("the issue composer is not available in this build");
            }
        };
    }
}
