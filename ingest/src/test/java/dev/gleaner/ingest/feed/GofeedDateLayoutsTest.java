package dev.gleaner.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Item dates in the layouts gofeed's date parser lists (written here as Go reference layouts, from
 * its source), each filled with one instant and put in a real RSS feed: Gleaner must date the item
 * at that instant, as gofeed does. A layout without a zone means UTC, as in gofeed; a named zone is
 * written {@code GMT}. Layouts without a year, or whose day and month cannot be told apart, are left
 * out: gofeed itself reads those by the order of its list.
 */
class GofeedDateLayoutsTest {
    /** Sunday 14 March 2021, 09:07:05 in Seoul: every field differs from every other. */
    private static final OffsetDateTime AT = OffsetDateTime.parse("2021-03-14T09:07:05+09:00");

    static final List<String> LAYOUTS = List.of(
            "02 Jan 06 15:04 MST",
            "02 Jan 06 15:04 -0700",
            "2006-01-02T15:04:05Z07:00",
            "Mon Jan _2 15:04:05 MST 2006",
            "Mon Jan 02 15:04:05 -0700 2006",
            "Monday, 02-Jan-06 15:04:05 MST",
            "Mon, 02 Jan 2006 15:04:05 -0700",
            "Mon, 02 Jan 2006 15:04:05 MST",
            "Mon Jan _2 15:04:05 2006",
            "Mon, January 2 2006 15:04:05 -0700",
            "Mon, Jan 2 2006 15:04:05 -0700",
            "Mon Jan 2 15:04 2006",
            "Mon Jan 02, 2006 3:04 pm",
            "Mon Jan 02 2006 15:04:05 -0700",
            "Monday, January 2, 2006 03:04 PM",
            "Monday, January 2, 2006",
            "Monday, January 02, 2006",
            "Monday, 2 January 2006 15:04:05 -0700",
            "Monday, 2 Jan 2006 15:04:05 -0700",
            "Monday, 02 January 2006 15:04:05 -0700",
            "Monday, 02 January 2006 15:04:05",
            "Mon, 2 January 2006, 15:04 -0700",
            "Mon, 2 January 2006 15:04:05 -0700",
            "Mon, 2 January 2006",
            "Mon, 2 Jan 2006 3:04:05 PM -0700",
            "Mon, 2 Jan 2006, 15:04 -0700",
            "Mon, 2 Jan 2006 15:04 -0700",
            "Mon, 2 Jan 2006 15:04:05 UT",
            "Mon, 2 Jan 2006 15:04:05 -0700 MST",
            "Mon, 2 Jan 2006 15:04:05-0700",
            "Mon, 2 Jan 2006 15:04:05-07:00",
            "Mon, 2 Jan 2006 15:04:05",
            "Mon, 2 Jan 2006 15:04",
            "Mon,2 Jan 2006",
            "Mon, 2 Jan 2006",
            "Mon, 2 Jan 06 15:04:05 -0700",
            "Mon, 2006-01-02 15:04",
            "Mon, 02 January 2006",
            "Mon, 02 Jan 2006 15:04 -0700",
            "Mon, 02 Jan 2006 15:04:05 UT",
            "Mon, 02 Jan 2006 15:04:05 GMT-0700",
            "Mon,02 Jan 2006 15:04:05 -0700",
            "Mon, 02 Jan 2006 15:04:05 -07:00",
            "Mon 02 Jan 2006 15:04:05 -0700",
            "Mon, 02 Jan 2006 15:04:05 -07",
            "Mon, 02 Jan 2006 15:04:05",
            "Mon, 02 Jan 2006",
            "January 2, 2006 3:04 PM",
            "January 2, 2006 15:04:05",
            "January 2, 2006 03:04 PM",
            "January 2, 2006",
            "January 02, 2006 15:04",
            "January 02, 2006 03:04 PM",
            "January 02, 2006",
            "Jan 2, 2006 3:04:05 PM",
            "Jan 2, 2006",
            "Jan 02 2006 03:04:05PM",
            "Jan 02, 2006",
            "2 January 2006 15:04:05 -0700",
            "2 January 2006",
            "2 Jan 2006 15:04:05 -0700",
            "2 Jan 2006",
            "2.1.2006 15:04:05",
            "2/1/2006",
            "2-1-2006",
            "2006 January 02",
            "2006-1-2 15:04:05",
            "2006-1-2",
            "2006-01-02T15:04-07:00",
            "2006-01-02T15:04:05-0700",
            "2006-01-02T15:04:05-07:00",
            "2006-01-02T15:04:05 -0700",
            "2006-01-02T15:04:05",
            "2006-01-02 at 15:04:05",
            "2006-01-02 15:04:05-0700",
            "2006-01-02 15:04:05-07:00",
            "2006-01-02 15:04:05 -0700",
            "2006-01-02 15:04",
            "2006/01/02",
            "2006-01-02",
            "15:04 02.01.2006 -0700",
            "1/2/2006 3:04:05 PM",
            "1/2/2006",
            "02 Jan 2006 15:04:05 UT",
            "02 Jan 2006 15:04:05 -0700",
            "02 Jan 2006 15:04:05",
            "02 Jan 2006",
            "02.01.2006 15:04:05",
            "02/01/2006 15:04:05",
            "02.01.2006 15:04",
            "02/01/2006 - 15:04",
            "02/01/2006",
            "02-01-2006",
            "01/02/2006 3:04 PM",
            "01/02/2006 - 15:04",
            "01/02/2006",
            "01-02-2006",
            "Mon, January 02, 2006, 15:04:05 MST",
            "Mon, Jan 2, 2006 15:04 MST",
            "Mon Jan 2 15:04:05 2006 MST",
            "Monday, January 2, 2006 15:04:05 MST",
            "Mon, 2 Jan 2006 15:04:05MST",
            "Mon, 02 Jan 2006 3:04:05 PM MST",
            "Mon , 02 Jan 2006 15:04:05 MST",
            "January 2, 2006 15:04:05 MST",
            "Jan 2, 2006 3:04:05 PM MST",
            "2006-01-02 15:04:05 MST",
            "1/2/2006 3:04:05 PM MST",
            "02/01/2006 15:04 MST",
            "01/02/2006 15:04:05 MST");

    private static final String[] TOKENS = {
        "January", "Monday", "Jan", "Mon", "MST", "2006", "Z07:00", "-07:00", "-0700", "-07", "15", "03", "04", "05",
        "06", "01", "02", "_2", "PM", "pm", "3", "4", "5", "1", "2"
    };

    /** {@return {@code at} written in a Go reference layout} */
    static String format(String layout, OffsetDateTime at) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        outer:
        while (i < layout.length()) {
            for (String t : TOKENS) {
                if (layout.startsWith(t, i)) {
                    b.append(field(t, at));
                    i += t.length();
                    continue outer;
                }
            }
            b.append(layout.charAt(i++));
        }
        return b.toString();
    }

    private static String field(String token, OffsetDateTime at) {
        int h12 = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        String offset =
                at.getOffset().getId().equals("Z") ? "+00:00" : at.getOffset().getId();
        return switch (token) {
            case "January" -> at.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "Jan" -> at.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "Monday" -> at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "Mon" -> at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "MST" -> "GMT";
            case "2006" -> String.valueOf(at.getYear());
            case "06" -> String.format("%02d", at.getYear() % 100);
            case "Z07:00", "-07:00" -> offset;
            case "-0700" -> offset.replace(":", "");
            case "-07" -> offset.substring(0, 3);
            case "15" -> String.format("%02d", at.getHour());
            case "03" -> String.format("%02d", h12);
            case "3" -> String.valueOf(h12);
            case "04" -> String.format("%02d", at.getMinute());
            case "4" -> String.valueOf(at.getMinute());
            case "05" -> String.format("%02d", at.getSecond());
            case "5" -> String.valueOf(at.getSecond());
            case "01" -> String.format("%02d", at.getMonthValue());
            case "1" -> String.valueOf(at.getMonthValue());
            case "02" -> String.format("%02d", at.getDayOfMonth());
            case "2", "_2" -> String.valueOf(at.getDayOfMonth());
            case "PM" -> at.getHour() < 12 ? "AM" : "PM";
            case "pm" -> at.getHour() < 12 ? "am" : "pm";
            default -> throw new IllegalArgumentException(token);
        };
    }

    private static boolean zoned(String layout) {
        return layout.contains("-07") || layout.contains("Z07");
    }

    @Test
    void everyGofeedDateLayoutDatesTheItemAtTheSameInstant() {
        FeedParser parser = new FeedParser();
        List<String> wrong = new ArrayList<>();
        for (String layout : LAYOUTS) {
            // Without a numeric zone the written clock is UTC's (GMT, UT, or none at all).
            OffsetDateTime at = zoned(layout) ? AT : AT.withOffsetSameInstant(ZoneOffset.UTC);
            String written = format(layout, at);
            boolean withTime = layout.contains("15") || layout.contains("3");
            OffsetDateTime expected =
                    withTime ? at : at.toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
            if (!layout.contains("05") && !layout.contains(":5")) {
                expected = expected.withSecond(0);
            }
            if (!layout.contains("04") && !layout.contains(":4")) {
                expected = expected.withMinute(0);
            }
            String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                    + "<link>https://blog.example/</link><item><title>a</title><link>https://blog.example/1</link>"
                    + "<pubDate>" + written + "</pubDate></item></channel></rss>";
            ParsedFeed feed =
                    parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "https://blog.example/f");
            OffsetDateTime got = feed.entries().getFirst().published();
            if (got == null || !got.toInstant().equals(expected.toInstant())) {
                wrong.add(layout + " -> '" + written + "': " + got + ", expected " + expected);
            }
        }
        System.out.printf(
                "gofeed date layouts: %d/%d dated at the same instant%n",
                LAYOUTS.size() - wrong.size(), LAYOUTS.size());
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(LAYOUTS.size() > 100);
        assertEquals(List.of(), wrong, wrong.size() + " layouts dated otherwise");
    }
}
