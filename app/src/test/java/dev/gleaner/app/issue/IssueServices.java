package dev.gleaner.app.issue;

import dev.gleaner.app.usecase.Articles;
import dev.gleaner.app.usecase.IssueItems;
import dev.gleaner.app.usecase.Issues;
import dev.gleaner.app.usecase.SeriesSettings;
import dev.gleaner.core.library.Library;
import java.time.Clock;

/** The composer's issue service over a test's library, its use cases built as {@code Services} builds them. */
final class IssueServices {
    private IssueServices() {}

    /** {@return the service on {@code library} with the system clock, no clipping and no search} */
    static LibraryIssueService over(Library library) {
        return over(library, Clock.systemDefaultZone());
    }

    /** {@return the service on {@code library} with {@code clock} for new issues and export times} */
    static LibraryIssueService over(Library library, Clock clock) {
        return new LibraryIssueService(
                library,
                clock,
                new Articles(library),
                new Issues(library, clock),
                new IssueItems(library, null),
                new SeriesSettings(library.issues()),
                null);
    }
}
