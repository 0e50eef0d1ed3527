package dev.gleaner.ingest.local;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;

/** Front matter dates as Hugo, Jekyll and Hexo write them. */
final class Dates {
    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            new DateTimeFormatterBuilder()
                    .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
                    .optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
                    .optionalEnd()
                    .appendPattern("[ ]")
                    .appendOffset("+HHMM", "Z")
                    .toFormatter(),
            new DateTimeFormatterBuilder()
                    .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][ ]")
                    .appendOffset("+HH:MM", "Z")
                    .toFormatter());
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter();

    private Dates() {}

    /** {@return the date with its offset; a date without one is read in {@code zone}} */
    static Optional<OffsetDateTime> parse(String value, ZoneId zone) {
        String v = value.strip().replace('/', '-');
        for (DateTimeFormatter f : WITH_OFFSET) {
            try {
                return Optional.of(OffsetDateTime.parse(v, f));
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(v, LOCAL).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            // try a bare date
        }
        try {
            return Optional.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v)
                    .atStartOfDay(zone)
                    .toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
