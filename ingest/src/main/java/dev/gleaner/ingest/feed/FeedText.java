package dev.gleaner.ingest.feed;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jsoup.Jsoup;
import org.jsoup.parser.Tag;

/**
 * Reads titles and links from feed XML as a conformant parser does, where Rome drops or garbles
 * them:
 *
 * <ul>
 *   <li>An element's value is all of its content: text, CDATA sections (kept as written, so that
 *       escaped markup inside CDATA stays visible text), and child elements (markup written without
 *       escaping, which RSS titles often carry).
 *   <li>RSS titles are HTML as far as readers go: entities and tags are read, the text kept.
 *   <li>Atom text constructs follow RFC 4287 §3.1: {@code type="text"} (the default) is literal
 *       text, {@code type="html"} is escaped HTML, {@code type="xhtml"} is a {@code div} of XHTML;
 *       Atom 0.3's {@code mode="base64"} and Atom 1.0 binary media types are Base64, decoded when
 *       they decode to UTF-8 text.
 *   <li>Links are resolved against {@code xml:base} (nested bases resolve against their parent,
 *       RFC 3986), then against the document's own URL. The site link is the {@code alternate}
 *       link (an Atom link without {@code rel} is one), never the feed's {@code self} link.
 *   <li>A missing RSS title falls back to Dublin Core's {@code dc:title}.
 * </ul>
 */
final class FeedText {
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TAG_NAME = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");

    private FeedText() {}

    /** {@return the title of an RSS channel or item, or {@code null}} */
    static String rssTitle(Element parent) {
        Element title = child(parent, "title");
        String text = title == null ? null : htmlText(flat(title));
        if (text == null) {
            Element dc = parent.getChild("title", Namespace.getNamespace(DC));
            text = dc == null ? null : htmlText(flat(dc));
        }
        return text;
    }

    /** {@return the title of an Atom feed or entry, as text, or {@code null}} */
    static String atomTitle(Element parent) {
        Element title = child(parent, "title");
        return title == null ? null : atomText(title);
    }

    /** {@return the text of an Atom text construct (RFC 4287 §3.1, Atom 0.3 modes)} */
    static String atomText(Element e) {
        String type = attr(e, "type");
        String mode = attr(e, "mode");
        String value = flat(e);
        boolean html = type.equals("html") || type.equals("text/html");
        boolean xhtml = type.contains("xhtml");
        if (mode.equals("base64") || (!mode.equals("escaped") && binary(type))) {
            String decoded = base64(value);
            if (decoded != null) {
                return html || xhtml ? htmlText(decoded) : plain(decoded);
            }
            return plain(value);
        }
        if (xhtml) {
            // XHTML is already parsed: its text stays text, so it is serialized with text escaped.
            // A CDATA section inside holds markup as written, which is read as HTML like the rest.
            StringBuilder markup = new StringBuilder();
            for (Content c : unwrapDiv(e).getContent()) {
                markup.append(c instanceof org.jdom2.CDATA cdata ? cdata.getText() : raw().outputString(List.of(c)));
            }
            return htmlText(markup.toString());
        }
        if (html) {
            return htmlText(value);
        }
        // Text may not hold elements (§3.1.1.1); when it does, their text is what is meant.
        return plain(e.getChildren().isEmpty() ? value : e.getValue());
    }

    /** {@return whether an Atom type names a media type that is neither text nor XML: Base64} */
    private static boolean binary(String type) {
        return !type.isEmpty()
                && type.contains("/")
                && !type.startsWith("text/")
                && !type.endsWith("+xml")
                && !type.endsWith("/xml");
    }

    private static String base64(String value) {
        String s = value.strip();
        if (s.isEmpty() || !BASE64.matcher(s).matches()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(s);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    /** {@return the element's single wrapping {@code div}, as XHTML content has it; else the element} */
    private static Element unwrapDiv(Element e) {
        List<Element> children = e.getChildren();
        if (children.size() == 1 && children.getFirst().getName().equals("div")) {
            for (Content c : e.getContent()) {
                if (c instanceof Text t
                        && !(c instanceof org.jdom2.CDATA)
                        && !t.getText().isBlank()) {
                    return e;
                }
            }
            return children.getFirst();
        }
        return e;
    }

    /** {@return the content as written: text and CDATA as text, child elements as markup} */
    static String flat(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Content c : e.getContent()) {
            if (c instanceof Text t) {
                sb.append(t.getText());
            } else if (c instanceof Element child) {
                sb.append(raw().outputString(child));
            }
        }
        return sb.toString();
    }

    /** {@return the visible text of an HTML fragment} */
    static String htmlText(String html) {
        String s = CONTROL.matcher(html).replaceAll("");
        s = s.indexOf('<') >= 0 || s.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(literalUnknownTags(s)).body().text()
                : s;
        return blankToNull(SPACE.matcher(s).replaceAll(" ").strip());
    }

    /**
     * {@return the HTML with angle-bracketed words that are no HTML element kept as text}: titles of
     * technical posts say "List<String>" or "<T>", which no reader means as markup.
     */
    static String literalUnknownTags(String html) {
        Matcher m = TAG_NAME.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 16);
        while (m.find()) {
            String replacement =
                    Tag.isKnownTag(m.group(2).toLowerCase(Locale.ROOT)) ? m.group() : "&lt;" + m.group(1) + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static String plain(String text) {
        return blankToNull(SPACE.matcher(CONTROL.matcher(text).replaceAll(""))
                .replaceAll(" ")
                .strip());
    }

    /** {@return the site link of a channel or Atom feed (its alternate link), resolved, or {@code null}} */
    static String siteLink(Element head, boolean atom, String documentUrl) {
        return atom ? atomLink(head, documentUrl) : rssLink(head, documentUrl);
    }

    /** {@return an Atom element's first alternate link, resolved against xml:base, or {@code null}} */
    static String atomLink(Element parent, String documentUrl) {
        for (Element link : parent.getChildren()) {
            if (!link.getName().equalsIgnoreCase("link") || !isOwn(parent, link)) {
                continue;
            }
            String rel = attr(link, "rel");
            if ((rel.isEmpty() || rel.equals("alternate")) && link.getAttribute("href") != null) {
                return resolve(
                        base(link, documentUrl), link.getAttributeValue("href").strip());
            }
        }
        return null;
    }

    /** {@return an RSS element's {@code <link>} text, resolved against xml:base, or {@code null}} */
    static String rssLink(Element parent, String documentUrl) {
        Element link = child(parent, "link");
        if (link == null) {
            return null;
        }
        String href = link.getTextTrim();
        if (href.isEmpty() && link.getAttributeValue("href") != null) {
            // <link href="..."/> in RSS, written as Atom writes it.
            href = link.getAttributeValue("href").strip();
        }
        return href.isEmpty() ? null : resolve(base(link, documentUrl), href);
    }

    /** {@return whether an RSS item's guid says it is no permalink ({@code isPermaLink="false"}, RSS 2.0)} */
    static boolean guidIsNoPermalink(Element item) {
        Element guid = child(item, "guid");
        return guid != null
                && "false"
                        .equalsIgnoreCase(String.valueOf(guid.getAttributeValue("isPermaLink"))
                                .strip());
    }

    /** {@return the base URI in effect at {@code e}: its and its ancestors' xml:base over the document URL} */
    static String base(Element e, String documentUrl) {
        java.util.ArrayDeque<String> bases = new java.util.ArrayDeque<>();
        for (Element at = e; at != null; at = at.getParentElement()) {
            String b = at.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (b != null) {
                bases.push(b.strip());
            }
        }
        String base = documentUrl;
        for (String b : bases) {
            base = resolve(base, b);
        }
        return base;
    }

    /** {@return {@code ref} resolved against {@code base} as RFC 3986 says; {@code ref} itself when that fails} */
    static String resolve(String base, String ref) {
        if (ref == null) {
            return null;
        }
        if (base == null || base.isBlank()) {
            return ref;
        }
        try {
            URI b = new URI(base.strip().replace(" ", "%20"));
            if (ref.isEmpty()) {
                // An empty reference is the base itself, without its fragment (RFC 3986 §5.2.2).
                return new URI(b.getScheme(), b.getRawSchemeSpecificPart(), null).toString();
            }
            URI r = new URI(ref.replace(" ", "%20"));
            if (r.isAbsolute() || !b.isAbsolute() || b.isOpaque()) {
                return ref;
            }
            if (b.getRawPath() == null || b.getRawPath().isEmpty()) {
                // "http://host" + "about" is "http://host/about": the empty path merges as "/".
                b = new URI(b.getScheme() + "://" + b.getRawAuthority() + "/");
            }
            return b.resolve(r).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return ref;
        }
    }

    /** {@return the first child called {@code name} (any case) in the parent's namespace or in none} */
    static Element child(Element parent, String name) {
        for (Element c : parent.getChildren()) {
            if (c.getName().equalsIgnoreCase(name) && isOwn(parent, c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * {@return whether {@code child} belongs to the feed's own vocabulary rather than an extension}:
     * it is unprefixed (in the default namespace, whatever that is declared as), or in its
     * parent's namespace.
     */
    static boolean isOwn(Element parent, Element child) {
        return child.getNamespacePrefix().isEmpty() || child.getNamespaceURI().equals(parent.getNamespaceURI());
    }

    private static String attr(Element e, String name) {
        String v = e.getAttributeValue(name);
        return v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** {@return an outputter for content as written; one per use, as outputters keep state} */
    private static XMLOutputter raw() {
        return new XMLOutputter(Format.getRawFormat());
    }
}
