package dev.gleaner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.core.feed.Feed;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What {@code feed list} says of a feed's health, in one phrase. */
class FeedStateTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant MONDAY = Instant.parse("2024-06-24T00:15:00Z");

    private static Feed feed(Instant success, String error, int failures) {
        return new Feed(
                1,
                "https://f.example/rss",
                "F",
                null,
                null,
                null,
                null,
                MONDAY,
                success,
                error,
                failures,
                null,
                false,
                0,
                0);
    }

    @Test
    void aFailingFeedStillSaysWhenItLastWorked() {
        assertEquals(
                "failed 3 times: HTTP 500; last worked 2024-06-24 09:15",
                FeedCommand.state(feed(MONDAY, "HTTP 500", 3), SEOUL));
        assertEquals(
                "failed once: HTTP 404; never fetched successfully",
                FeedCommand.state(feed(null, "HTTP 404", 1), SEOUL));
    }

    @Test
    void aHealthyNewOrPartlyRefusedFeed() {
        assertEquals("ok 2024-06-24 09:15", FeedCommand.state(feed(MONDAY, null, 0), SEOUL));
        assertEquals("never fetched", FeedCommand.state(feed(null, null, 0), SEOUL));
        assertEquals(
                "ok 2024-06-24 09:15; refused: 2 unsafe links",
                FeedCommand.state(feed(MONDAY, "refused: 2 unsafe links", 0), SEOUL));
    }
}
