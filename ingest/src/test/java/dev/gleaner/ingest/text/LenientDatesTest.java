package dev.gleaner.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientDatesTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final LenientDates frontMatter = LenientDates.frontMatter(SEOUL);
    private final LenientDates feeds = LenientDates.feeds();
    private final LenientDates pages = LenientDates.pages(ZoneOffset.ofHours(9));

    /**
     * Every reader reads every form; a date without an offset is in the reader's zone (Seoul for
     * front matter and pages here, UTC for feeds), and where the forms disagree each reader keeps
     * its convention ({@code -} is "not a date").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-03-04                          | 2021-03-04T00:00+09:00        | 2021-03-04T00:00Z             | 2021-03-04T00:00+09:00
            2021-03-04T05:06:07.123+09:00       | 2021-03-04T05:06:07.123+09:00 | 2021-03-04T05:06:07.123+09:00 | 2021-03-04T05:06:07.123+09:00
            2021/03/04 05:06                    | 2021-03-04T05:06+09:00        | 2021-03-04T05:06Z             | 2021-03-04T05:06+09:00
            Thu, 04 Mar 2021 05:06:07 +0900     | 2021-03-04T05:06:07+09:00     | 2021-03-04T05:06:07+09:00     | 2021-03-04T05:06:07+09:00
            Mon Jan 2 15:04:05 MST 2006         | 2006-01-02T15:04:05-07:00     | 2006-01-02T15:04:05-07:00     | 2006-01-02T15:04:05-07:00
            Jan 2, 2006 12:04:05 AM KST         | 2006-01-02T00:04:05+09:00     | 2006-01-02T00:04:05+09:00     | 2006-01-02T00:04:05+09:00
            1614834367                          | 2021-03-04T14:06:07+09:00     | 2021-03-04T05:06:07Z          | 2021-03-04T14:06:07+09:00
            2017. 3. 27. 14:31                  | 2017-03-27T14:31+09:00        | 2017-03-27T14:31Z             | 2017-03-27T14:31+09:00
            2024년 6월 20일 오후2:31               | 2024-06-20T14:31+09:00        | 2024-06-20T14:31Z             | 2024-06-20T14:31+09:00
            '''2021-03-04'''                    | 2021-03-04T00:00+09:00        | 2021-03-04T00:00Z             | 2021-03-04T00:00+09:00
            2 Jan 55 03:04 EST                  | 2055-01-02T03:04-05:00        | 1955-01-02T03:04-05:00        | 1955-01-02T03:04-05:00
            03/04/2021                          | -                             | 2021-04-03T00:00Z             | -
            01/13/2006                          | -                             | 2006-01-13T00:00Z             | -
            04 Mar 2021 05:06 IST               | 2021-03-04T05:06+09:00        | 2021-03-04T05:06+05:30        | 2021-03-04T05:06+05:30
            sometime in 2006                    | -                             | -                             | -
            """)
    void everyReaderReadsTheUnionOfTheFormsByItsOwnConvention(
            String text, String inFrontMatter, String inFeeds, String onPages) {
        assertEquals(expected(inFrontMatter), frontMatter.parse(text), "front matter");
        assertEquals(expected(inFeeds), feeds.parse(text), "feeds");
        assertEquals(expected(onPages), pages.parse(text), "pages");
    }

    private static Optional<OffsetDateTime> expected(String value) {
        return value.equals("-") ? Optional.empty() : Optional.of(OffsetDateTime.parse(value));
    }

    @Test
    void feedDatesInRfc822WithNamedZonesTwoDigitYearsAndIsoWithoutAZoneAreRead() {
        assertEquals(at("2026-11-23T15:30:00+09:00"), feeds.parse("Mon, 23 Nov 2026 15:30:00 KST"));
        assertEquals(at("2006-03-01T10:00:00Z"), feeds.parse("2006-03-01 10:00:00"));
        assertEquals(at("1999-01-02T03:04:00-05:00"), feeds.parse("2 Jan 99 03:04 EST"));
        assertEquals(at("2026-11-23T00:00:00Z"), feeds.parse("2026-11-23"));
        assertEquals(Optional.empty(), feeds.parse("sometime soon"));
        assertEquals(Optional.empty(), feeds.parse(null));
        assertEquals(Optional.empty(), feeds.parse("  "));
    }

    @Test
    void feedDatesInTheShapesLenientFeedReadersAcceptAreRead() {
        assertEquals(at("2006-01-02T15:04:00Z"), feeds.parse("January 2, 2006 3:04 PM"));
        assertEquals(at("2006-01-02T15:04:05-07:00"), feeds.parse("Mon Jan 2 15:04:05 MST 2006"));
        assertEquals(at("2006-01-02T00:00:00Z"), feeds.parse("2006 January 02"));
        assertEquals(at("2006-01-02T00:00:00Z"), feeds.parse("Monday, January 2, 2006"));
        assertEquals(at("2006-01-02T00:00:00Z"), feeds.parse("2006/01/02"));
        assertEquals(at("2006-01-02T15:04:05Z"), feeds.parse("2006-1-2 15:04:05"));
        assertEquals(at("2006-01-02T15:04:05Z"), feeds.parse("02.01.2006 15:04:05"));
        assertEquals(at("2006-01-13T00:00:00Z"), feeds.parse("01/13/2006"));
        assertEquals(at("2006-01-02T15:04:00-07:00"), feeds.parse("15:04 02.01.2006 -0700"));
        assertEquals(at("2006-01-02T15:04:05-07:00"), feeds.parse("Mon, 02 Jan 2006 15:04:05 GMT-0700"));
        assertEquals(at("2006-01-02T00:04:05+09:00"), feeds.parse("Jan 2, 2006 12:04:05 AM KST"));
        assertEquals(Optional.empty(), feeds.parse("sometime in 2006"));
    }

    @Test
    void frontMatterDatesWithoutAnOffsetAreInTheUsersZoneAndYaml11OffsetsAreRead() {
        assertEquals(at("2021-03-04T05:06:07+09:00"), frontMatter.parse("2021-03-04 05:06:07"));
        assertEquals(at("2001-12-14T21:59:43.10-05:00"), frontMatter.parse("2001-12-14 21:59:43.10 -5"));
        assertEquals(at("2021-03-04T05:06:07.5-07:00"), frontMatter.parse("2021-03-04 05:06:07.5 -0700 MST"));
        assertEquals(at("2021-03-04T05:06:07+09:00"), frontMatter.parse("Thu Mar  4 05:06:07 2021"));
        assertEquals(
                at("2021-03-04T05:06-08:00"),
                LenientDates.frontMatter(ZoneId.of("America/Los_Angeles")).parse("2021-03-04 05:06"));
    }

    @Test
    void aFileNameOrAPageBundlesFolderGivesTheDateItStartsWith() {
        assertEquals(at("2021-03-04T00:00+09:00"), frontMatter.fromFileName(Path.of("posts", "2021-03-04-trip.md")));
        assertEquals(
                at("2021-03-04T00:00+09:00"),
                frontMatter.fromFileName(Path.of("posts", "2021-03-04-trip", "index.md")));
        assertTrue(frontMatter.fromFileName(Path.of("posts", "trip.md")).isEmpty());
        assertTrue(
                frontMatter.fromFileName(Path.of("posts", "20210304-trip.md")).isEmpty());
    }

    @Test
    void koreanPageDatesAreFoundInTextWithTheirTwelveHourClock() {
        assertEquals(at("2019-04-03T11:07+09:00"), pages.parse("2019. 4. 3. 11:07"));
        assertEquals(at("2024-07-14T14:31+09:00"), pages.parse("2024년 7월 14일 오후2:31"));
        assertEquals(at("2024-07-14T14:31+09:00"), pages.parse("2024년 7월 14일 오후 2:31"));
        assertEquals(at("2024-07-14T14:31+09:00"), pages.parse("2024. 7. 14. (일) 오후 2:31"));
        assertEquals(at("2024-07-14T00:05+09:00"), pages.parse("2024.07.14 오전 12:05"));
        assertEquals(at("2024-07-14T00:05+09:00"), pages.parse("2024년 7월 14일 오전12:05"));
        assertEquals(at("2017-03-27T14:31:09+09:00"), pages.parse("작성일 2017.03.27 14:31:09 조회 120"));
        assertEquals(Optional.empty(), pages.parse("2017년 13월 40일 14:31"));
    }

    private static Optional<OffsetDateTime> at(String isoDateTime) {
        return Optional.of(OffsetDateTime.parse(isoDateTime));
    }
}
