package dev.gleaner.ingest.text;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people and generators write, wherever Gleaner meets them: front matter (every
 * layout Hugo and Jekyll accept, YAML 1.1 offsets such as {@code -5}, Unix seconds), feeds (RFC
 * 822/1123 with named zones and two-digit years, ISO 8601 / W3C, and the shapes lenient feed
 * readers accept: month names anywhere, numeric dates, 12-hour clocks) and Korean pages ({@code
 * 2017. 3. 27. 14:31}, {@code 2024년 6월 20일 오후 2:31}).
 *
 * <p>Every reader accepts all of these forms. A date written without an offset is read in the
 * reader's zone. Where the forms disagree on what one text means, the reader's {@link Convention}
 * decides: which forms it tries first (the first that reads the text wins), how a numeric date
 * whose year is not first is read, where two-digit years turn from 19xx to 20xx, and which zone
 * names it knows.
 */
public final class LenientDates {
    /** How a numeric date whose year does not come first ({@code 03/04/2021}) is read. */
    public enum NumericOrder {
        /** Not at all: such a date is ambiguous, and Hugo and Jekyll's YAML reject it. */
        YEAR_FIRST_ONLY,
        /** Day before month ({@code 03/04/2021} is 3 April) unless that cannot be ({@code 01/13/2006}). */
        DAY_FIRST_UNLESS_IMPOSSIBLE
    }

    /** The forms this class reads, each tried on the whole text. */
    private enum Form {
        /** Unix seconds, as Hugo reads a nine- or ten-digit number. */
        EPOCH,
        /** {@code 2021-03-04}, {@code 2021-3-4}, {@code 2021/03/04}, time, offset and/or zone name. */
        NUMERIC,
        /** RFC 1123/822/850 and {@code 02 Jan 2006}, as Hugo reads them. */
        DAY_MONTH,
        /** ANSIC, Unix and Ruby dates and {@code January 2, 2006}, as Hugo reads them. */
        MONTH_DAY,
        /** ISO 8601 / W3C dates at the start of the text, as feeds write them. */
        ISO,
        /** RFC 822 at the start of the text, as feeds write it (no weekday, two-digit years). */
        RFC822,
        /** Month names and numeric dates anywhere, 12-hour clocks, zones as offsets or names. */
        LOOSE,
        /** Korean page dates, anywhere in the text, with a time. */
        KOREAN
    }

    /**
     * What a reader does where the forms disagree. Each keeps the reading its callers have always
     * had: its own forms come first, so a text they read means what it meant before.
     */
    public enum Convention {
        /**
         * Front matter, read as Hugo reads it: surrounding quotes are dropped, two-digit years below
         * 69 are 20xx (Go's rule), numeric dates must start with the year, and the zone names Go knows.
         */
        FRONT_MATTER(
                List.of(
                        Form.EPOCH,
                        Form.NUMERIC,
                        Form.DAY_MONTH,
                        Form.MONTH_DAY,
                        Form.ISO,
                        Form.RFC822,
                        Form.LOOSE,
                        Form.KOREAN),
                true,
                NumericOrder.YEAR_FIRST_ONLY,
                69,
                false),
        /**
         * Feeds, read as lenient feed readers do: two-digit years below 50 are 20xx (RFC 2822), a
         * numeric date is day first unless that cannot be, and more zone names (IST is India's).
         */
        FEED(
                List.of(
                        Form.ISO,
                        Form.RFC822,
                        Form.LOOSE,
                        Form.EPOCH,
                        Form.NUMERIC,
                        Form.DAY_MONTH,
                        Form.MONTH_DAY,
                        Form.KOREAN),
                false,
                NumericOrder.DAY_FIRST_UNLESS_IMPOSSIBLE,
                50,
                true),
        /**
         * Dates on pages, Korean first: a page's date text is searched for {@code 2017. 3. 27. 14:31}
         * before anything else; otherwise as feeds, but a numeric date must start with the year.
         */
        PAGE(
                List.of(
                        Form.KOREAN,
                        Form.ISO,
                        Form.RFC822,
                        Form.NUMERIC,
                        Form.DAY_MONTH,
                        Form.MONTH_DAY,
                        Form.LOOSE,
                        Form.EPOCH),
                false,
                NumericOrder.YEAR_FIRST_ONLY,
                50,
                true);

        private final List<Form> order;
        private final boolean unquote;
        private final NumericOrder numericOrder;
        private final int twoDigitYearPivot;
        private final boolean wideZoneNames;

        Convention(
                List<Form> order,
                boolean unquote,
                NumericOrder numericOrder,
                int twoDigitYearPivot,
                boolean wideZoneNames) {
            this.order = order;
            this.unquote = unquote;
            this.numericOrder = numericOrder;
            this.twoDigitYearPivot = twoDigitYearPivot;
            this.wideZoneNames = wideZoneNames;
        }

        /** {@return how a numeric date whose year is not first is read} */
        public NumericOrder numericOrder() {
            return numericOrder;
        }

        /** {@return the two-digit year from which {@code yy} means 19yy rather than 20yy} */
        public int twoDigitYearPivot() {
            return twoDigitYearPivot;
        }
    }

    private static final String ZONE =
            "(?<zone>Z|[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)";
    private static final String CLOCK = "(?<h>\\d{1,2}):(?<min>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<frac>\\d{1,9}))?)?";
    private static final Pattern NUMERIC = Pattern.compile("(?<y>\\d{4})[-/.](?<mo>\\d{1,2})[-/.](?<d>\\d{1,2})"
            + "(?:(?:[Tt]|\\s+)" + CLOCK + ")?\\s*" + ZONE + "?(?:\\s+(?<name>[A-Za-z]{2,5}))?");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?:[A-Za-z]+,?\\s+)?(?<d>\\d{1,2})[\\s-]+(?<mon>[A-Za-z]{3,9})\\.?[\\s-]+"
                    + "(?<y>\\d{4}|\\d{2})(?:\\s+" + CLOCK + ")?\\s*" + ZONE + "?");
    private static final Pattern MONTH_DAY =
            Pattern.compile("(?:[A-Za-z]+,?\\s+)?(?<mon>[A-Za-z]{3,9})\\.?\\s+(?<d>\\d{1,2}),?\\s+"
                    + "(?:" + CLOCK + "\\s+(?:" + ZONE + "\\s+)?(?<y>\\d{4})"
                    + "|(?<y2>\\d{4})(?:,?\\s+(?<h2>\\d{1,2}):(?<min2>\\d{2})"
                    + "(?::(?<s2>\\d{2}))?)?(?:\\s+(?<zone2>Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{2,5}))?)");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,10}");
    private static final Pattern RFC822 =
            Pattern.compile("^(?:[A-Za-z]+,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2,4})"
                    // A comma may part the year from the time; a 12-hour time has AM or PM before the zone.
                    + "(?:,?[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(?:\\s*([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?)?"
                    + "\\s*([A-Za-z]{1,5}(?:[+-]\\d{2}:?\\d{2})?|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-?(\\d{2})(?:-?(\\d{2}))?(?:(?:\\s+at\\s+|[T\\s]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KOREAN =
            Pattern.compile("(\\d{4})[.\\-/년]\\s*(\\d{1,2})[.\\-/월]\\s*(\\d{1,2})[.일]?\\s*"
                    // A weekday or other word may stand before the time, never 오전/오후 itself.
                    + "(?:(?!오[전후])\\S*\\s+)?(?:(오전|오후)\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern LOOSE_MONTH_NAME =
            Pattern.compile("(?i)(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");
    private static final Pattern LOOSE_CLOCK = Pattern.compile(
            "(?i)(?<![\\d:])(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:[.,]\\d+)?(?:\\s*([ap])\\.?m\\.?(?![a-z]))?");
    private static final Pattern LOOSE_NUMERIC_DATE =
            Pattern.compile("(?<!\\d)(\\d{1,4})([/.-])(\\d{1,2})\\2(\\d{1,4})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LOOSE_OFFSET = Pattern.compile("(?<![\\d])([+-])-?(\\d{2}):?(\\d{2})?(?!\\d)");
    private static final Pattern LOOSE_ZONE_NAME = Pattern.compile("(?<![A-Za-z])([A-Za-z]{1,5})(?![A-Za-z])");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[-_ .]|$)");
    private static final String[] MONTHS = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    };
    /** The zone names Go's time package and Hugo know, in minutes east of UTC. */
    private static final Map<String, Integer> ZONE_NAMES = Map.ofEntries(
            Map.entry("Z", 0),
            Map.entry("UT", 0),
            Map.entry("UTC", 0),
            Map.entry("GMT", 0),
            Map.entry("KST", 540),
            Map.entry("JST", 540),
            Map.entry("CST", -360),
            Map.entry("CDT", -300),
            Map.entry("EST", -300),
            Map.entry("EDT", -240),
            Map.entry("MST", -420),
            Map.entry("MDT", -360),
            Map.entry("PST", -480),
            Map.entry("PDT", -420),
            Map.entry("CET", 60),
            Map.entry("CEST", 120),
            Map.entry("BST", 60));
    /** {@link #ZONE_NAMES} and the further names feeds are seen to carry. */
    private static final Map<String, Integer> WIDE_ZONE_NAMES = wide();

    private final ZoneId zone;
    private final Convention convention;
    private final Map<String, Integer> zoneNames;

    /**
     * A reader of dates by {@code convention} that reads a date without an offset in {@code zone}.
     *
     * @throws NullPointerException if either is null
     */
    public LenientDates(ZoneId zone, Convention convention) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.convention = Objects.requireNonNull(convention, "convention");
        this.zoneNames = convention.wideZoneNames ? WIDE_ZONE_NAMES : ZONE_NAMES;
    }

    /** {@return a reader of front matter dates, which reads a date without an offset in {@code zone}} */
    public static LenientDates frontMatter(ZoneId zone) {
        return new LenientDates(zone, Convention.FRONT_MATTER);
    }

    /** {@return a reader of feed dates, which reads a date without an offset as UTC} */
    public static LenientDates feeds() {
        return new LenientDates(ZoneOffset.UTC, Convention.FEED);
    }

    /** {@return a reader of the dates on a page, which reads a date without an offset at {@code offset}} */
    public static LenientDates pages(ZoneOffset offset) {
        return new LenientDates(offset, Convention.PAGE);
    }

    /** {@return the zone a date without an offset is read in} */
    public ZoneId zone() {
        return zone;
    }

    /** {@return what this reader does where the forms disagree} */
    public Convention convention() {
        return convention;
    }

    /** {@return the date {@code text} holds with its offset, or empty when no form reads it} */
    public Optional<OffsetDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String v = text.strip();
        if (convention.unquote
                && v.length() >= 2
                && (v.charAt(0) == '"' || v.charAt(0) == '\'')
                && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1).strip();
        }
        for (Form form : convention.order) {
            try {
                OffsetDateTime read = read(form, v);
                if (read != null) {
                    return Optional.of(read);
                }
            } catch (DateTimeException | NumberFormatException e) {
                // not a date in this form: try the next
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the date a file's name starts with ({@code 2021-03-04-slug.md}), or its folder's for a
     * page bundle's {@code index.md}} Jekyll and Hugo's {@code :filename} take it when the front
     * matter has none.
     */
    public Optional<OffsetDateTime> fromFileName(Path file) {
        String name = file.getFileName().toString();
        Path folder = file.getParent() == null ? null : file.getParent().getFileName();
        if (name.toLowerCase(Locale.ROOT).matches("_?index\\.(md|markdown)") && folder != null) {
            name = folder.toString();
        }
        Matcher m = FILE_NAME_DATE.matcher(name);
        return m.find() ? parse(m.group(1)) : Optional.empty();
    }

    private OffsetDateTime read(Form form, String v) {
        return switch (form) {
            case EPOCH ->
                EPOCH.matcher(v).matches()
                        ? Instant.ofEpochSecond(Long.parseLong(v)).atZone(zone).toOffsetDateTime()
                        : null;
            case NUMERIC -> numeric(v);
            case DAY_MONTH -> dayMonth(v);
            case MONTH_DAY -> monthDay(v);
            case ISO -> iso(v);
            case RFC822 -> rfc822(v);
            case LOOSE -> loose(v);
            case KOREAN -> korean(v);
        };
    }

    private OffsetDateTime numeric(String v) {
        Matcher m = NUMERIC.matcher(v);
        if (!m.matches()) {
            return null;
        }
        return at(
                Integer.parseInt(m.group("y")),
                Integer.parseInt(m.group("mo")),
                Integer.parseInt(m.group("d")),
                m,
                m.group("zone") != null ? m.group("zone") : m.group("name"));
    }

    private OffsetDateTime dayMonth(String v) {
        Matcher m = DAY_MONTH.matcher(v);
        if (!m.matches()) {
            return null;
        }
        int month = monthName(m.group("mon"));
        return month == 0 ? null : at(year(m.group("y")), month, Integer.parseInt(m.group("d")), m, m.group("zone"));
    }

    private OffsetDateTime monthDay(String v) {
        Matcher m = MONTH_DAY.matcher(v);
        if (!m.matches()) {
            return null;
        }
        int month = monthName(m.group("mon"));
        if (month == 0) {
            return null;
        }
        int day = Integer.parseInt(m.group("d"));
        if (m.group("y") != null) {
            return at(Integer.parseInt(m.group("y")), month, day, m, m.group("zone"));
        }
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group("y2")),
                month,
                day,
                number(m.group("h2")),
                number(m.group("min2")),
                number(m.group("s2")));
        return withZone(local, m.group("zone2"));
    }

    private OffsetDateTime iso(String v) {
        Matcher m = ISO.matcher(v);
        if (!m.find()) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                m.group(3) == null ? 1 : Integer.parseInt(m.group(3)),
                number(m.group(4)),
                number(m.group(5)),
                number(m.group(6)),
                nanos(m.group(7)));
        return withZone(local, m.group(8));
    }

    private OffsetDateTime rfc822(String v) {
        Matcher m = RFC822.matcher(v);
        if (!m.find()) {
            return null;
        }
        int month = monthAbbreviation(m.group(2));
        if (month == 0) {
            return null;
        }
        int hour = number(m.group(4));
        if (m.group(7) != null) {
            hour = hour % 12 + (m.group(7).equalsIgnoreCase("p") ? 12 : 0);
        }
        LocalDateTime local = LocalDateTime.of(
                year(m.group(3)), month, Integer.parseInt(m.group(1)), hour, number(m.group(5)), number(m.group(6)));
        return withZone(local, m.group(8));
    }

    private OffsetDateTime korean(String v) {
        Matcher m = KOREAN.matcher(v);
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(5));
        if ("오후".equals(m.group(4)) && hour < 12) {
            hour += 12;
        } else if ("오전".equals(m.group(4)) && hour == 12) {
            hour = 0;
        }
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                hour,
                Integer.parseInt(m.group(6)),
                number(m.group(7)));
        return local.atZone(zone).toOffsetDateTime();
    }

    /**
     * Month names and numeric dates anywhere ("January 2, 2006 3:04 PM", "Mon Jan 2 15:04:05 MST
     * 2006", "2006 January 02", "2006/01/02", "2.1.2006"), 12-hour clocks, and zones as offsets
     * ("-07", "GMT-0700") or names anywhere after the time.
     */
    private OffsetDateTime loose(String s) {
        int hour = 0;
        int minute = 0;
        int second = 0;
        String rest = s;
        String zoneText = "";
        Matcher time = LOOSE_CLOCK.matcher(s);
        boolean timed = time.find();
        if (timed) {
            hour = Integer.parseInt(time.group(1));
            minute = Integer.parseInt(time.group(2));
            second = number(time.group(3));
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
        Matcher name = LOOSE_MONTH_NAME.matcher(rest);
        Matcher numeric = LOOSE_NUMERIC_DATE.matcher(rest);
        if (name.find()) {
            month = monthAbbreviation(name.group(1));
            // An offset ("+0900") is no year or day.
            String digits = LOOSE_OFFSET
                    .matcher(rest.substring(0, name.start()) + " " + rest.substring(name.end()))
                    .replaceAll(" ");
            Integer y = null;
            Integer d = null;
            Matcher n = NUMBER.matcher(digits);
            while (n.find()) {
                String number = n.group();
                if (number.length() == 4 && y == null) {
                    y = Integer.parseInt(number);
                } else if (number.length() <= 2 && d == null) {
                    d = Integer.parseInt(number);
                } else if (number.length() == 2 && y == null) {
                    y = year(number);
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
            } else if (convention.numericOrder == NumericOrder.YEAR_FIRST_ONLY
                    || numeric.group(4).length() == 3
                    || numeric.group(4).length() == 1) {
                return null;
            } else {
                year = year(numeric.group(4));
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
        return local.atOffset(looseZone(local, zoneText));
    }

    private ZoneOffset looseZone(LocalDateTime local, String text) {
        Matcher off = LOOSE_OFFSET.matcher(text);
        if (off.find()) {
            int total = Integer.parseInt(off.group(2)) * 60 + number(off.group(3));
            return ZoneOffset.ofTotalSeconds((off.group(1).equals("-") ? -total : total) * 60);
        }
        Matcher z = LOOSE_ZONE_NAME.matcher(text);
        while (z.find()) {
            Integer minutes = zoneNames.get(z.group(1).toUpperCase(Locale.ROOT));
            if (minutes != null) {
                return ZoneOffset.ofTotalSeconds(minutes * 60);
            }
        }
        return zone.getRules().getOffset(local);
    }

    private OffsetDateTime at(int year, int month, int day, Matcher m, String zoneText) {
        LocalDateTime local = LocalDateTime.of(
                year,
                month,
                day,
                number(m.group("h")),
                number(m.group("min")),
                number(m.group("s")),
                nanos(m.group("frac")));
        return withZone(local, zoneText);
    }

    /**
     * {@return {@code local} at the offset {@code zoneText} names: {@code +0900}, {@code +09:00},
     * {@code -5} (YAML 1.1), {@code UTC+9}, or a zone name; in this reader's zone when it names none
     * or one this reader does not know}
     */
    private OffsetDateTime withZone(LocalDateTime local, String zoneText) {
        if (zoneText == null) {
            return local.atZone(zone).toOffsetDateTime();
        }
        String z = zoneText.toUpperCase(Locale.ROOT);
        int sign = z.lastIndexOf('+') >= 0 ? z.lastIndexOf('+') : z.lastIndexOf('-');
        if (sign >= 0) {
            String digits = z.substring(sign + 1).replace(":", "");
            int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
            int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
            int total = hours * 60 + minutes;
            return local.atOffset(ZoneOffset.ofTotalSeconds((z.charAt(sign) == '-' ? -total : total) * 60));
        }
        Integer minutes = zoneNames.get(z);
        return minutes == null
                ? local.atZone(zone).toOffsetDateTime()
                : local.atOffset(ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    /** {@return the year {@code y} means, a two-digit one by this reader's pivot} */
    private int year(String y) {
        int year = Integer.parseInt(y);
        return y.length() == 2 ? year + (year < convention.twoDigitYearPivot ? 2000 : 1900) : year;
    }

    /** {@return 1 to 12 for a month's name or its start of three letters or more ("Sept"), else 0} */
    private static int monthName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(n) || (i == 8 && n.equals("sept"))) {
                return n.length() >= 3 ? i + 1 : 0;
            }
        }
        return 0;
    }

    /** {@return 1 to 12 for the month whose name starts with these three letters, else 0} */
    private static int monthAbbreviation(String threeLetters) {
        String n = threeLetters.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(n)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static Map<String, Integer> wide() {
        Map<String, Integer> names = new HashMap<>(ZONE_NAMES);
        names.put("IST", 330);
        names.put("HKT", 480);
        names.put("SGT", 480);
        names.put("AEST", 600);
        names.put("AEDT", 660);
        names.put("WIB", 420);
        names.put("ICT", 420);
        return Map.copyOf(names);
    }
}
