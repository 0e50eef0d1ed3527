package dev.gleaner.core.issue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The days an issue covers, both inclusive.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 */
public record IssuePeriod(LocalDate start, LocalDate end) {

    public IssuePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** {@return the seven-day week that contains {@code date}, starting on {@code firstDay}} */
    public static IssuePeriod weekContaining(LocalDate date, DayOfWeek firstDay) {
        LocalDate start = date.with(TemporalAdjusters.previousOrSame(firstDay));
        return new IssuePeriod(start, start.plusDays(6));
    }

    /** {@return the last week that has fully ended before {@code today}} */
    public static IssuePeriod lastFullWeek(LocalDate today, DayOfWeek firstDay) {
        return weekContaining(today, firstDay).shift(-1);
    }

    /** {@return the last full week as of now in {@code zone}} */
    public static IssuePeriod lastFullWeek(ZoneId zone, DayOfWeek firstDay) {
        return lastFullWeek(LocalDate.now(zone), firstDay);
    }

    /** {@return "START~END" parsed, e.g. {@code 2024-06-16~2024-06-22}} */
    public static IssuePeriod parse(String text) {
        String[] parts = text.split("~");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a period is START~END, e.g. 2024-06-16~2024-06-22: " + text);
        }
        return new IssuePeriod(LocalDate.parse(parts[0].strip()), LocalDate.parse(parts[1].strip()));
    }

    /** {@return this period moved by {@code weeks} weeks} */
    public IssuePeriod shift(int weeks) {
        return new IssuePeriod(start.plusWeeks(weeks), end.plusWeeks(weeks));
    }

    /** {@return whether the two periods share a day} */
    public boolean overlaps(IssuePeriod other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "~" + end;
    }
}
