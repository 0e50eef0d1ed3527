package dev.gleaner.app.usecase;

import dev.gleaner.core.GleanerException;
import dev.gleaner.core.issue.IssueStore;
import dev.gleaner.core.issue.Series;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The weekly series and their settings: start one, change it, rename it, delete it. {@code gleaner
 * series set|rename|delete}, the series part of Settings and the composer's series actions act
 * through this class, so that both refuse the same settings and guard the same issues.
 */
public final class SeriesSettings {
    private final IssueStore store;

    /** Creates the use case on the issue store {@code store}. */
    public SeriesSettings(IssueStore store) {
        this.store = store;
    }

    /** Why a series' settings cannot be saved. */
    public enum Problem {
        /** The file name pattern lacks {@code {number}}, so every issue would write the same file. */
        FILE_PATTERN("The file name needs {number}, e.g. weekly-{number}.md"),
        /** The issue title pattern is empty. */
        TITLE("The issue title cannot be empty"),
        /** The content folder leaves the site's {@code content/} folder. */
        CONTENT_DIR("The content folder must stay inside content/ (no ..)");

        private final String sentence;

        Problem(String sentence) {
            this.sentence = sentence;
        }

        /** {@return what to fix, in English, without a final stop} */
        public String sentence() {
            return sentence;
        }
    }

    /** {@return what is wrong with a series of these patterns and content folder, if anything} */
    public static Optional<Problem> check(String titlePattern, String filePattern, String contentDir) {
        if (!filePattern.contains("{number}")) {
            return Optional.of(Problem.FILE_PATTERN);
        }
        if (titlePattern.isBlank()) {
            return Optional.of(Problem.TITLE);
        }
        if (Arrays.asList(contentDir.strip().split("[/\\\\]")).contains("..")) {
            return Optional.of(Problem.CONTENT_DIR);
        }
        return Optional.empty();
    }

    /** {@return the series named {@code name}, if there is one} */
    public Optional<Series> series(String name) {
        return store.series(name);
    }

    /** {@return every series, in the store's order} */
    public List<Series> all() {
        return store.allSeries();
    }

    /** {@return the names of the series, in the store's order} */
    public List<String> names() {
        return store.allSeries().stream().map(Series::name).toList();
    }

    /** {@return the series {@code name}, or a new one with the usual weekly settings (not stored)} */
    public Series orDefaults(String name) {
        return store.series(name).orElseGet(() -> Series.defaults(name));
    }

    /** Starts a series named {@code name} with the usual weekly settings, unless it exists. {@return the series} */
    public Series start(String name) {
        Optional<Series> existing = store.series(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Series made = Series.defaults(name);
        store.putSeries(made);
        return made;
    }

    /**
     * Stores {@code s} (new or changed). {@return the series as stored}
     *
     * @throws GleanerException when its settings would write posts wrongly, saying what to fix
     */
    public Series save(Series s) {
        Optional<Problem> problem = check(s.titlePattern(), s.filePattern(), s.contentDir());
        if (problem.isPresent()) {
            throw new GleanerException(
                    "Cannot set the series '" + s.name() + "': " + problem.get().sentence() + ".");
        }
        store.putSeries(s);
        return s;
    }

    /**
     * Renames the series {@code from} to {@code to}, its issues with it.
     *
     * @throws GleanerException when {@code from} is gone, or {@code to} is blank or taken
     */
    public void rename(String from, String to) {
        try {
            store.renameSeries(from, to);
        } catch (IllegalArgumentException e) {
            throw new GleanerException("Cannot rename '" + from + "': " + e.getMessage(), e);
        }
    }

    /** {@return how many issues the series {@code name} has, -1 when there is no such series} */
    public int issueCount(String name) {
        return store.series(name).isEmpty() ? -1 : store.issues(name).size();
    }

    /**
     * Deletes the series {@code name} and its issues (their articles and exported posts stay).
     * {@return how many issues went with it}
     *
     * @throws GleanerException when there is no such series
     */
    public int delete(String name) {
        int n = store.deleteSeries(name);
        if (n < 0) {
            throw new GleanerException("The series '" + name + "' is gone.");
        }
        return n;
    }
}
