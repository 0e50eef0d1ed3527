package dev.gleaner.app.ui;

import dev.gleaner.app.fx.Messages;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.ArticleDraft;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Fills real SQLite libraries for the window's tests. */
public final class TestLibraries {
    private TestLibraries() {}

    /** {@return a draft of a web article numbered {@code n}, published {@code n} hours after 2024-01-01} */
    public static ArticleDraft web(int n) {
        return new ArticleDraft(
                "https://blog.example.com/posts/" + n,
                "Article " + n,
                List.of("Kim"),
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9)).plusHours(n),
                "en",
                "Example Blog",
                List.of(),
                "# Heading " + n + "\n\nBody of article " + n + ".",
                "Body of article " + n + ".",
                null,
                null,
                null);
    }

    /** {@return the messages in English} */
    public static Messages english() {
        return new Messages(java.util.Locale.ENGLISH);
    }

    /**
     * Saves draft issue {@code number} of {@code series} (adding the series when it is new), for the
     * week {@code weeksAfter} weeks after 2026-11-02.
     */
    public static void issue(Library library, String series, int number, int weeksAfter) {
        var s = library.issues().series(series).orElseGet(() -> {
            var fresh = dev.gleaner.core.issue.Series.defaults(series);
            library.issues().putSeries(fresh);
            return fresh;
        });
        var day = java.time.LocalDate.of(2026, 11, 2).plusWeeks(weeksAfter);
        library.issues()
                .save(new dev.gleaner.core.issue.Issue(
                        series,
                        number,
                        s.title(number),
                        dev.gleaner.core.issue.IssuePeriod.weekContaining(day, s.weekStart()),
                        day.atTime(9, 0).atOffset(ZoneOffset.UTC),
                        dev.gleaner.core.issue.IssueStatus.DRAFT,
                        List.of(),
                        dev.gleaner.core.issue.IssueLayout.defaults(s)));
    }

    /** Adds {@code n} web articles. */
    public static void fill(Library library, int n) {
        for (int i = 1; i <= n; i++) {
            library.save(web(i), null);
        }
    }
}
