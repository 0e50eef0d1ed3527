package dev.gleaner.app.library;

import dev.gleaner.app.search.SavedSearchesViewModel;
import dev.gleaner.core.feed.Feed;
import dev.gleaner.core.issue.Issue;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.SavedSearch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the sidebar lists, as read from the library in one go (off the UI thread in the window):
 * the saved searches, the feeds, and each series with its number of issues.
 *
 * @param saved the saved searches, as stored
 * @param feeds every feed
 * @param seriesCounts each series and its number of issues, the series with the newest issue first
 *     (series without issues last, by name)
 */
record SidebarData(List<SavedSearch> saved, List<Feed> feeds, Map<String, Integer> seriesCounts) {
    static final SidebarData EMPTY = new SidebarData(List.of(), List.of(), Map.of());

    /** {@return the sidebar's data read from {@code library} and {@code savedSearches} (which may be null)} */
    static SidebarData read(Library library, SavedSearchesViewModel savedSearches) {
        List<SavedSearch> saved = savedSearches == null ? List.of() : savedSearches.list();
        return new SidebarData(saved, library.feeds().feeds(), seriesCounts(library));
    }

    private static Map<String, Integer> seriesCounts(Library library) {
        record Row(String name, int count, LocalDate newest) {}
        List<Row> rows = new ArrayList<>();
        for (Series s : library.issues().allSeries()) {
            List<Issue> issues = library.issues().issues(s.name());
            LocalDate newest = issues.stream()
                    .map(i -> i.period().end())
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            rows.add(new Row(s.name(), issues.size(), newest));
        }
        rows.sort(Comparator.comparing(Row::newest, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(r -> r.name().toLowerCase(Locale.ROOT)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.name(), r.count()));
        return java.util.Collections.unmodifiableMap(counts);
    }
}
