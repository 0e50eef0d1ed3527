package dev.gleaner.exporter.hugo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/** Reads front matter dates in the forms Hugo reads: with or without a time, seconds or an offset. */
final class HugoDates {

    /** {@code 2024-06-24}, then {@code T} or a space and a time, then maybe a space and an offset. */
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendPattern("['T'][' ']")
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendPattern("[' ']")
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .toFormatter();

    private HugoDates() {}

    /** {@return the date-time, local date-time or date written in {@code text}, if it is one} */
    static Optional<Object> parse(String text) {
        String t = text.strip();
        if (t.length() < 10 || !Character.isDigit(t.charAt(0))) {
            return Optional.empty();
        }
        try {
            TemporalAccessor a = LENIENT.parse(t);
            if (!a.isSupported(ChronoField.HOUR_OF_DAY)) {
                return Optional.of(LocalDate.from(a));
            }
            if (a.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.of(OffsetDateTime.from(a));
            }
            return Optional.of(LocalDateTime.from(a));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@return a parsed date value as a date-time in {@code zone} when it has no offset of its own} */
    static Optional<OffsetDateTime> at(Object value, ZoneId zone) {
        return switch (value) {
            case OffsetDateTime d -> Optional.of(d);
            case LocalDateTime d -> Optional.of(d.atZone(zone).toOffsetDateTime());
            case LocalDate d -> Optional.of(d.atStartOfDay(zone).toOffsetDateTime());
            case String s -> parse(s).flatMap(v -> v instanceof String ? Optional.empty() : at(v, zone));
            case null, default -> Optional.empty();
        };
    }
}
