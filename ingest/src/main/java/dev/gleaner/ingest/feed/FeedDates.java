package dev.gleaner.ingest.feed;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds write: RFC 822 (with named zones such as KST, two-digit years, no weekday)
 * and ISO 8601 / W3C dates. A date without a zone is taken as UTC.
 */
public final class FeedDates {
    private static final Pattern RFC822 = Pattern.compile(
            "^(?:[A-Za-z]+,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2,4})"
                    + "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?\\s*([A-Za-z]{1,5}(?:[+-]\\d{2}:?\\d{2})?|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-?(\\d{2})(?:-?(\\d{2}))?(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("GMT", 0),
            Map.entry("UT", 0),
            Map.entry("UTC", 0),
            Map.entry("Z", 0),
            Map.entry("EST", -300),
            Map.entry("EDT", -240),
            Map.entry("CST", -360),
            Map.entry("CDT", -300),
            Map.entry("MST", -420),
            Map.entry("MDT", -360),
            Map.entry("PST", -480),
            Map.entry("PDT", -420),
            Map.entry("KST", 540),
            Map.entry("JST", 540),
            Map.entry("CET", 60),
            Map.entry("CEST", 120),
            Map.entry("BST", 60),
            Map.entry("IST", 330),
            Map.entry("HKT", 480),
            Map.entry("SGT", 480),
            Map.entry("AEST", 600),
            Map.entry("AEDT", 660),
            Map.entry("WIB", 420),
            Map.entry("ICT", 420));

    private FeedDates() {}

    /** {@return the date with its offset, or {@code null} when {@code text} is not a date we can read} */
    public static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.find()) {
                LocalDateTime local = LocalDateTime.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        iso.group(3) == null ? 1 : Integer.parseInt(iso.group(3)),
                        iso.group(4) == null ? 0 : Integer.parseInt(iso.group(4)),
                        iso.group(5) == null ? 0 : Integer.parseInt(iso.group(5)),
                        iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)),
                        iso.group(7) == null ? 0 : nanos(iso.group(7)));
                return local.atOffset(offset(iso.group(8)));
            }
            Matcher rfc = RFC822.matcher(s);
            if (rfc.find()) {
                Integer month = MONTHS.get(rfc.group(2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    return null;
                }
                int year = Integer.parseInt(rfc.group(3));
                if (rfc.group(3).length() == 2) {
                    year += year < 50 ? 2000 : 1900;
                }
                LocalDateTime local = LocalDateTime.of(
                        year,
                        month,
                        Integer.parseInt(rfc.group(1)),
                        rfc.group(4) == null ? 0 : Integer.parseInt(rfc.group(4)),
                        rfc.group(5) == null ? 0 : Integer.parseInt(rfc.group(5)),
                        rfc.group(6) == null ? 0 : Integer.parseInt(rfc.group(6)));
                return local.atOffset(offset(rfc.group(7)));
            }
            return loose(s);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern MONTH_NAME =
            Pattern.compile("(?i)(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");
    private static final Pattern TIME = Pattern.compile(
            "(?i)(?<![\\d:])(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:[.,]\\d+)?(?:\\s*([ap])\\.?m\\.?(?![a-z]))?");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<!\\d)(\\d{1,4})([/.-])(\\d{1,2})\\2(\\d{1,4})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern OFFSET = Pattern.compile("(?<![\\d])([+-])-?(\\d{2}):?(\\d{2})?(?!\\d)");
    private static final Pattern ZONE_NAME = Pattern.compile("(?<![A-Za-z])([A-Za-z]{1,5})(?![A-Za-z])");

    /**
     * Reads the other date shapes feeds are seen to carry (the ones lenient feed readers accept):
     * month names anywhere ("January 2, 2006 3:04 PM", "Mon Jan 2 15:04:05 MST 2006", "2006
     * January 02"), numeric dates ("2006/01/02", "2.1.2006", "2006-1-2", day before month unless
     * that cannot be), 12-hour clocks, and zones as offsets ("-07", "GMT-0700") or names.
     */
    private static OffsetDateTime loose(String s) {
        int hour = 0;
        int minute = 0;
        int second = 0;
        String rest = s;
        String zoneText = "";
        Matcher time = TIME.matcher(s);
        boolean timed = time.find();
        if (timed) {
            hour = Integer.parseInt(time.group(1));
            minute = Integer.parseInt(time.group(2));
            second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
            if (time.group(4) != null) {
                boolean pm = time.group(4).equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            rest = s.substring(0, time.start()) + " " + s.substring(time.end());
            zoneText = s.substring(time.end());
        }
        int year;
        int month;
        int day;
        Matcher name = MONTH_NAME.matcher(rest);
        Matcher numeric = NUMERIC_DATE.matcher(rest);
        if (name.find()) {
            month = MONTHS.get(name.group(1).toLowerCase(Locale.ROOT));
            String digits = rest.substring(0, name.start()) + " " + rest.substring(name.end());
            Integer y = null;
            Integer d = null;
            Matcher n = NUMBER.matcher(digits);
            while (n.find()) {
                String v = n.group();
                if (v.length() == 4 && y == null) {
                    y = Integer.parseInt(v);
                } else if (v.length() <= 2 && d == null) {
                    d = Integer.parseInt(v);
                } else if (v.length() == 2 && y == null) {
                    y = twoDigitYear(Integer.parseInt(v));
                }
            }
            if (y == null || d == null) {
                return null;
            }
            year = y;
            day = d;
        } else if (numeric.find()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(3));
            int c = Integer.parseInt(numeric.group(4));
            if (numeric.group(1).length() == 4) {
                year = a;
                month = b;
                day = c;
            } else if (numeric.group(4).length() == 3 || numeric.group(4).length() == 1) {
                return null;
            } else {
                year = numeric.group(4).length() == 2 ? twoDigitYear(c) : c;
                boolean dayFirst = b <= 12;
                day = dayFirst ? a : b;
                month = dayFirst ? b : a;
            }
            if (!timed) {
                zoneText = rest.substring(numeric.end());
            }
        } else {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
        return local.atOffset(looseZone(zoneText));
    }

    private static ZoneOffset looseZone(String text) {
        Matcher off = OFFSET.matcher(text);
        if (off.find()) {
            int total =
                    Integer.parseInt(off.group(2)) * 60 + (off.group(3) == null ? 0 : Integer.parseInt(off.group(3)));
            return ZoneOffset.ofTotalSeconds((off.group(1).equals("-") ? -total : total) * 60);
        }
        Matcher z = ZONE_NAME.matcher(text);
        while (z.find()) {
            Integer minutes = ZONE_MINUTES.get(z.group(1).toUpperCase(Locale.ROOT));
            if (minutes != null) {
                return ZoneOffset.ofTotalSeconds(minutes * 60);
            }
        }
        return ZoneOffset.UTC;
    }

    private static int twoDigitYear(int y) {
        return y + (y < 50 ? 2000 : 1900);
    }

    private static int nanos(String fraction) {
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        String z = zone.toUpperCase(Locale.ROOT).replaceFirst("^[A-Z]+(?=[+-])", "");
        if (z.startsWith("+") || z.startsWith("-")) {
            String digits = z.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            int total = hours * 60 + minutes;
            return ZoneOffset.ofTotalSeconds((z.startsWith("-") ? -total : total) * 60);
        }
        Integer minutes = ZONE_MINUTES.get(z);
        return ZoneOffset.ofTotalSeconds((minutes == null ? 0 : minutes) * 60);
    }
}
