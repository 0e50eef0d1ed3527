package dev.gleaner.app.fx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates as the UI's language writes them ("2026. 11. 23." in Korean, "Nov 23, 2026" in English). A
 * DatePicker otherwise follows the JVM's default locale, which need not be the language Gleaner shows.
 */
public final class LocalDates {
    private LocalDates() {}

    /** {@return the formatter of dates in {@code locale}} */
    public static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /**
     * Makes {@code picker} show and read dates as {@code locale} writes them; typed ISO dates
     * (2026-11-23) are read too.
     */
    public static void writeIn(DatePicker picker, Locale locale) {
        DateTimeFormatter local = formatter(locale);
        picker.setPromptText(local.format(LocalDate.of(2026, 11, 23)));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : local.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                String t = text == null ? "" : text.strip();
                if (t.isEmpty()) {
                    return null;
                }
                try {
                    return LocalDate.parse(t, local);
                } catch (DateTimeParseException notLocal) {
                    return LocalDate.parse(t); // throws on neither: the picker keeps its value
                }
            }
        });
    }
}
