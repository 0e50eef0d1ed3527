package dev.gleaner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gleaner.app.fx.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void koreanAndEnglishTextsHaveTheSameKeysAndNoneIsBlank() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages ko = new Messages(Locale.KOREAN);
        assertEquals(en.keys(), ko.keys());
        for (String key : en.keys()) {
            assertFalse(en.get(key).isBlank(), key);
            assertFalse(ko.get(key).isBlank(), key);
        }
    }

    @Test
    void englishIsChosenEvenWhenTheSystemIsKorean() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.KOREA);
        try {
            assertEquals("Inbox", new Messages(Locale.ENGLISH).get("place.inbox"));
            assertEquals("받은 글", new Messages(Locale.KOREAN).get("place.inbox"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("1,234 articles", new Messages(Locale.ENGLISH).get("status.count", 1234));
    }

    @Test
    void oneIsSingularInEnglishAndCountedInKorean() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages ko = new Messages(Locale.KOREAN);
        assertEquals("1 result", en.get("search.count", 1));
        assertEquals("2 results", en.get("search.count", 2));
        assertEquals("1 feed", en.get("feeds.count", 1));
        assertEquals("1 article", en.get("status.count", 1));
        assertEquals("1 feed refreshed, 1 new article.", en.get("feeds.refreshed", 1, 1));
        assertEquals("3 feeds refreshed, no new articles.", en.get("feeds.refreshed", 3, 0));
        assertEquals("Weekly: 1 issue, newest first", en.get("place.series.tip", "Weekly", 1));
        assertEquals("1 of 1 feed failed: Broken", en.get("feeds.failed", 1, 1, "Broken"));
        assertEquals("결과 1건", ko.get("search.count", 1));
        assertEquals("피드 1개", ko.get("feeds.count", 1));
        assertEquals("글 1개", ko.get("status.count", 1));
    }
}
