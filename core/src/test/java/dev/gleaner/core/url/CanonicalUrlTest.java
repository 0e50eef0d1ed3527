package dev.gleaner.core.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
    @Test
    void lowercasesSchemeAndHostAndDropsDefaultPortFragmentAndTrailingSlash() {
        assertEquals(
                "https://blog.example.com/Posts/Redis-Lock",
                CanonicalUrl.canonicalize("HTTPS://Blog.Example.COM:443/Posts/Redis-Lock/#comments")
                        .orElseThrow());
    }

    @Test
    void removesTrackingParametersButKeepsTheOthersInOrder() {
        assertEquals(
                "http://example.com/a?id=3&page=2",
                CanonicalUrl.canonicalize(
                                "http://example.com/a?utm_source=rss&id=3&fbclid=XYZ&page=2&gclid=1&utm_medium=feed")
                        .orElseThrow());
    }

    @Test
    void keepsTheRootPathAndNonDefaultPorts() {
        assertEquals(
                "http://example.com:8080/",
                CanonicalUrl.canonicalize("http://example.com:8080").orElseThrow());
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertTrue(CanonicalUrl.canonicalize("/posts/relative/").isEmpty());
        assertTrue(CanonicalUrl.canonicalize("mailto:me@example.com").isEmpty());
        assertTrue(CanonicalUrl.canonicalize("not a url at all").isEmpty());
    }

    @Test
    void identityKeyTreatsHttpAndHttpsAndWwwAsTheSameArticle() {
        assertEquals(
                CanonicalUrl.identityKey("https://www.example.com/post/?utm_campaign=x"),
                CanonicalUrl.identityKey("http://example.com/post"));
    }
}
