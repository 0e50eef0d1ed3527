package dev.gleaner.core.issue;

import java.util.List;
import java.util.Optional;

/** The series and issues of a library. Implementations are thread-safe. */
public interface IssueStore {

    /** {@return every series, by name} */
    List<Series> allSeries();

    /** {@return the series named {@code name}} */
    Optional<Series> series(String name);

    /** Adds or replaces the series with the same name. */
    void putSeries(Series series);

    /** {@return the issue {@code number} of {@code series}} */
    Optional<Issue> issue(String series, int number);

    /** {@return the issues of {@code series}, by number} */
    List<Issue> issues(String series);

    /**
     * Adds or replaces an issue (by series and number) with its items; articles whose membership
     * changes get a new change sequence so the search index sees them.
     */
    void save(Issue issue);

    /** Deletes an issue; {@return whether it existed} */
    boolean delete(String series, int number);

    /**
     * Gives issue {@code from} of {@code series} the number {@code to}, keeping its items and the
     * record of its last export.
     *
     * @throws IllegalArgumentException when {@code to} is not positive, the issue is not there, or
     *     {@code to} is taken
     */
    void renumber(String series, int from, int to);

    /**
     * Renames a series and moves its issues along; a title pattern that was the default for the old
     * name ({@code OLD, Issue {number}}) becomes the default for the new one.
     *
     * @throws IllegalArgumentException when {@code from} is not there, or {@code to} is blank or taken
     */
    void renameSeries(String from, String to);

    /**
     * Deletes a series and its issues (their articles stay in the library, exported posts stay on
     * disk); {@return how many issues were deleted with it, or -1 when there was no such series}
     */
    int deleteSeries(String name);

    /** {@return whether the article is an item of some issue} */
    boolean isInIssue(long articleId);

    /** {@return the hash of what Gleaner last wrote for this issue, if it was exported} */
    Optional<ExportRecord> lastExport(String series, int number);

    /** Records what Gleaner wrote for this issue. */
    void recordExport(String series, int number, ExportRecord record);

    /**
     * {@return the summary a writer last gave this article (by id, or by URL) in an issue, newest
     * issue first; empty when it was never in one or only without a summary}
     *
     * @param articleId the library article, or {@code null}
     * @param url the article's link, or {@code null}
     */
    Optional<EarlierSummary> earlierSummary(Long articleId, String url);

    /**
     * A summary from an earlier issue.
     *
     * @param series the issue's series
     * @param number the issue's number
     * @param summary the item's summary (Markdown)
     */
    record EarlierSummary(String series, int number, String summary) {
        public EarlierSummary {
            java.util.Objects.requireNonNull(series, "series");
            java.util.Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * Where and what an issue was last exported.
     *
     * @param path the absolute file path
     * @param sha256 the hex SHA-256 of the bytes written
     */
    record ExportRecord(String path, String sha256) {
        public ExportRecord {
            java.util.Objects.requireNonNull(path, "path");
            java.util.Objects.requireNonNull(sha256, "sha256");
        }
    }
}
