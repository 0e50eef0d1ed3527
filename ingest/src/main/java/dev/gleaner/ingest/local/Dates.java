package dev.gleaner.ingest.local;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter dates as Hugo, Jekyll and Hexo read them: every layout Hugo accepts (RFC 3339 with or
 * without {@code T}, offset or colon, RFC 1123/822/850, ANSIC, Unix and Ruby dates, Go's {@code
 * Time.String()}, {@code 02 Jan 2006}, Unix seconds), YAML 1.1 timestamps ({@code -5} offsets),
 * Jekyll's and Ruby's one-digit months and days and slashes, and the date at the start of a file
 * name ({@code 2021-03-04-slug.md}) that Jekyll and Hugo's {@code :filename} take when the front
 * matter has none. A date written without a zone is read in the user's zone.
 */
final class Dates {
    private static final String ZONE =
            "(?<zone>Z|[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)";
    private static final String TIME = "(?<h>\\d{1,2}):(?<min>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<frac>\\d{1,9}))?)?";
    /** 2021-03-04, 2021-3-4, 2021/03/04, with a time after T, t or spaces, then an offset and/or a zone name. */
    private static final Pattern NUMERIC = Pattern.compile("(?<y>\\d{4})[-/.](?<mo>\\d{1,2})[-/.](?<d>\\d{1,2})"
            + "(?:(?:[Tt]|\\s+)" + TIME + ")?\\s*" + ZONE + "?(?:\\s+(?<name>[A-Za-z]{2,5}))?");
    /** RFC 1123/822/850 and {@code 02 Jan 2006}: the day before the month. */
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?:[A-Za-z]+,?\\s+)?(?<d>\\d{1,2})[\\s-]+(?<mon>[A-Za-z]{3,9})\\.?[\\s-]+"
                    + "(?<y>\\d{4}|\\d{2})(?:\\s+" + TIME + ")?\\s*" + ZONE + "?");
    /** ANSIC, Unix and Ruby dates and {@code January 2, 2006}: the month before the day. */
    private static final Pattern MONTH_DAY =
            Pattern.compile("(?:[A-Za-z]+,?\\s+)?(?<mon>[A-Za-z]{3,9})\\.?\\s+(?<d>\\d{1,2}),?\\s+"
                    + "(?:" + TIME + "\\s+(?:" + ZONE + "\\s+)?(?<y>\\d{4})"
                    + "|(?<y2>\\d{4})(?:,?\\s+(?<h2>\\d{1,2}):(?<min2>\\d{2})"
                    + "(?::(?<s2>\\d{2}))?)?(?:\\s+(?<zone2>Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{2,5}))?)");

    private static final Pattern EPOCH = Pattern.compile("\\d{9,10}");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[-_ .]|$)");
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
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

    private Dates() {}

    /** {@return the date with its offset; a date without one is read in {@code zone}} */
    static Optional<OffsetDateTime> parse(String value, ZoneId zone) {
        String v = value.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1).strip();
        }
        try {
            if (EPOCH.matcher(v).matches()) {
                return Optional.of(
                        Instant.ofEpochSecond(Long.parseLong(v)).atZone(zone).toOffsetDateTime());
            }
            Matcher m = NUMERIC.matcher(v);
            if (m.matches()) {
                return Optional.of(at(
                        Integer.parseInt(m.group("y")),
                        Integer.parseInt(m.group("mo")),
                        Integer.parseInt(m.group("d")),
                        m,
                        m.group("zone") != null ? m.group("zone") : m.group("name"),
                        zone));
            }
            Matcher dm = DAY_MONTH.matcher(v);
            if (dm.matches()) {
                return month(dm.group("mon"))
                        .map(mon -> at(
                                year(dm.group("y")), mon, Integer.parseInt(dm.group("d")), dm, dm.group("zone"), zone));
            }
            Matcher md = MONTH_DAY.matcher(v);
            if (md.matches()) {
                return month(md.group("mon")).map(mon -> {
                    int day = Integer.parseInt(md.group("d"));
                    if (md.group("y") != null) {
                        return at(Integer.parseInt(md.group("y")), mon, day, md, md.group("zone"), zone);
                    }
                    LocalDateTime local = LocalDateTime.of(
                            Integer.parseInt(md.group("y2")),
                            mon,
                            day,
                            md.group("h2") == null ? 0 : Integer.parseInt(md.group("h2")),
                            md.group("min2") == null ? 0 : Integer.parseInt(md.group("min2")),
                            md.group("s2") == null ? 0 : Integer.parseInt(md.group("s2")));
                    return withZone(local, md.group("zone2"), zone);
                });
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * {@return the date a file's name starts with ({@code 2021-03-04-slug.md}), or its folder's for a
     * page bundle's {@code index.md}}
     */
    static Optional<OffsetDateTime> fromFileName(Path file, ZoneId zone) {
        String name = file.getFileName().toString();
        Path folder = file.getParent() == null ? null : file.getParent().getFileName();
        if (name.toLowerCase(Locale.ROOT).matches("_?index\\.(md|markdown)") && folder != null) {
            name = folder.toString();
        }
        Matcher m = FILE_NAME_DATE.matcher(name);
        return m.find() ? parse(m.group(1), zone) : Optional.empty();
    }

    private static OffsetDateTime at(int year, int month, int day, Matcher m, String zoneText, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(
                year,
                month,
                day,
                m.group("h") == null ? 0 : Integer.parseInt(m.group("h")),
                m.group("min") == null ? 0 : Integer.parseInt(m.group("min")),
                m.group("s") == null ? 0 : Integer.parseInt(m.group("s")),
                m.group("frac") == null ? 0 : Integer.parseInt((m.group("frac") + "000000000").substring(0, 9)));
        return withZone(local, zoneText, zone);
    }

    private static OffsetDateTime withZone(LocalDateTime local, String zoneText, ZoneId zone) {
        if (zoneText == null) {
            return local.atZone(zone).toOffsetDateTime();
        }
        String z = zoneText.toUpperCase(Locale.ROOT);
        int sign = z.lastIndexOf('+') >= 0 ? z.lastIndexOf('+') : z.lastIndexOf('-');
        if (sign >= 0) {
            // "+0900", "+09:00", "-5" (YAML 1.1), "UTC+9"
            String digits = z.substring(sign + 1).replace(":", "");
            int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
            int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
            int total = hours * 60 + minutes;
            return local.atOffset(ZoneOffset.ofTotalSeconds((z.charAt(sign) == '-' ? -total : total) * 60));
        }
        Integer minutes = ZONE_MINUTES.get(z);
        return minutes == null
                ? local.atZone(zone).toOffsetDateTime()
                : local.atOffset(ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    private static int year(String y) {
        int year = Integer.parseInt(y);
        return y.length() == 2 ? year + (year < 69 ? 2000 : 1900) : year;
    }

    private static Optional<Integer> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {
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
        for (int i = 0; i < months.length; i++) {
            if (months[i].startsWith(n) || (i == 8 && n.equals("sept"))) {
                return n.length() >= 3 ? Optional.of(i + 1) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
