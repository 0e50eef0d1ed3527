package dev.gleaner.core.issue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One issue of a series.
 *
 * @param series the series name
 * @param number the issue number, positive
 * @param title the title, e.g. {@code Article Weekly, Issue 25}
 * @param period the week it covers
 * @param date the publish date-time with its offset
 * @param status draft or published
 * @param items the articles in order
 * @param layout how its post is laid out
 */
public record Issue(
        String series,
        int number,
        String title,
        IssuePeriod period,
        OffsetDateTime date,
        IssueStatus status,
        List<IssueItem> items,
        IssueLayout layout) {

    public Issue {
        Objects.requireNonNull(series, "series");
        if (number < 1) {
            throw new IllegalArgumentException("an issue number is positive: " + number);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        items = List.copyOf(items);
        Objects.requireNonNull(layout, "layout");
    }

    /** {@return this issue with other items; references written as-is are dropped} */
    public Issue withItems(List<IssueItem> newItems) {
        return new Issue(series, number, title, period, date, status, newItems, layout.withoutRawReferences());
    }

    /** {@return this issue with {@code item} inserted at {@code position} (1-based; past the end appends)} */
    public Issue withItemAt(IssueItem item, int position) {
        List<IssueItem> list = new ArrayList<>(items);
        int index = Math.max(0, Math.min(list.size(), position - 1));
        list.add(index, item);
        return withItems(list);
    }

    /** {@return this issue with another status} */
    public Issue withStatus(IssueStatus newStatus) {
        return new Issue(series, number, title, period, date, newStatus, items, layout);
    }
}
