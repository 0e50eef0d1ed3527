package dev.gleaner.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.input.JDOMParseException;

/**
 * Parses RSS 0.90-2.0, Atom 0.3/1.0 (Rome on a hardened XML parser) and JSON Feed 1.0/1.1
 * (Jackson). Entry HTML is sanitized and links made absolute. Ill-formed XML is recovered as far as
 * possible; input that is not a feed at all is refused with a clear message. Thread-safe.
 */
public final class FeedParser {
    private static final Pattern HTML_PAGE = Pattern.compile(
            "^(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Parses fetched bytes.
     *
     * @param body the document (decompressed)
     * @param contentType the HTTP Content-Type, or {@code null}
     * @param feedUrl the URL it came from (base for relative links), or {@code null}
     * @return the feed
     * @throws FeedParseException when the input is not a feed
     */
    public ParsedFeed parse(byte[] body, String contentType, String feedUrl) {
        XmlCharset.Decoded decoded = XmlCharset.decode(body, contentType);
        ParsedFeed feed = parse(decoded.text(), feedUrl);
        if (!decoded.clean()) {
            List<String> problems = new ArrayList<>(feed.problems());
            problems.add("some bytes are not valid " + decoded.charset().name() + " and were replaced");
            return feed.withProblems(problems);
        }
        return feed;
    }

    /** {@return the feed in already decoded {@code text}}; see {@link #parse(byte[], String, String)} */
    public ParsedFeed parse(String text, String feedUrl) {
        String name = feedUrl == null ? "The document" : feedUrl;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            throw new FeedParseException(name + " is empty: the server sent no feed.");
        }
        if (trimmed.startsWith("{")) {
            return JsonFeeds.parse(json, trimmed, feedUrl, name);
        }
        List<String> problems = new ArrayList<>();
        int lt = s.indexOf('<');
        if (lt < 0) {
            throw new FeedParseException(name + " is not a feed (no XML or JSON in it): check the URL.");
        }
        if (!s.substring(0, lt).isBlank()) {
            String junk = s.substring(0, lt).strip();
            problems.add(
                    "skipped text before the XML: '" + (junk.length() > 20 ? junk.substring(0, 20) + "…" : junk) + "'");
        }
        s = s.substring(lt);
        if (HTML_PAGE.matcher(s.length() > 4096 ? s.substring(0, 4096) : s).find()) {
            throw new FeedParseException(name
                    + " is an HTML page, not a feed: give its site URL to 'gleaner feed add' to discover the feed.");
        }
        String xml = HardenedXml.withoutDoctype(s);
        if (xml.length() != s.length() || HardenedXml.declaresDoctype(xml)) {
            problems.add(HardenedXml.DTD_REFUSED);
        }
        try {
            Document doc = HardenedXml.parse(xml);
            if (!RomeFeeds.isFeedRoot(doc)) {
                throw new FeedParseException(name + " is XML but not a feed (root element <"
                        + doc.getRootElement().getName() + ">): check the URL.");
            }
            return RomeFeeds.map(doc, feedUrl, problems);
        } catch (JDOMParseException e) {
            problems.add("ill-formed XML at line " + e.getLineNumber() + ": "
                    + e.getCause().getMessage());
            ParsedFeed repaired = repaired(xml, feedUrl, problems);
            return repaired != null ? repaired : recover(xml, feedUrl, problems, name);
        } catch (FeedParseException e) {
            throw e;
        } catch (org.jdom2.JDOMException | RuntimeException e) {
            // Rome throws unchecked exceptions (even NPEs) on odd but well-formed documents.
            problems.add("Rome could not read it: " + e);
            return recover(xml, feedUrl, problems, name);
        } catch (IOException e) {
            throw new FeedParseException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads ill-formed XML as a forgiving parser repairs it (unclosed or mismatched tags, undeclared
     * entities), then as a well-formed feed, so that titles, links and dates follow the same rules
     * as in a clean feed. {@code null} when the repaired text is still no feed Rome can read.
     */
    private static ParsedFeed repaired(String xml, String feedUrl, List<String> problems) {
        try {
            Document doc = HardenedXml.parse(LenientFeeds.repair(xml));
            if (!RomeFeeds.isFeedRoot(doc)) {
                return null;
            }
            ParsedFeed feed = RomeFeeds.map(doc, feedUrl, problems);
            return feed.withFormat(FeedFormat.RECOVERED);
        } catch (org.jdom2.JDOMException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static ParsedFeed recover(String xml, String feedUrl, List<String> problems, String name) {
        ParsedFeed recovered = LenientFeeds.recover(xml, feedUrl, problems);
        if (recovered == null) {
            throw new FeedParseException(
                    name + " is not a feed: " + problems.getLast() + ". Check the URL or ask the site to fix it.");
        }
        return recovered;
    }
}
