package dev.gleaner.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * Builds JDOM documents from untrusted XML with DTDs refused and no external entities: no XXE, no
 * billion laughs. A DOCTYPE is removed before parsing (its entities are then simply undefined).
 */
final class HardenedXml {
    private static final Pattern DOCTYPE =
            Pattern.compile("<!DOCTYPE[^\\[>]*(\\[.*?\\]\\s*)?>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** What a feed's status says when its DTD was refused; "refused:" marks what goes into the status. */
    static final String DTD_REFUSED =
            "refused: the feed declares a DTD (<!DOCTYPE>): its entities and external files are not read";

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<[A-Za-z_]");

    private HardenedXml() {}

    /** {@return whether a DOCTYPE stands before the root element of {@code xml}} */
    static boolean declaresDoctype(String xml) {
        var m = FIRST_ELEMENT.matcher(xml);
        int end = m.find() ? m.start() : xml.length();
        String prolog = xml.substring(0, end).toUpperCase(java.util.Locale.ROOT);
        return prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY");
    }

    static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setFeature("http://javax.xml.XMLConstants/feature/secure-processing", true);
        builder.setExpandEntities(false);
        builder.setReuseParser(false);
        return builder;
    }

    /** {@return the text with its DOCTYPE declaration (and internal subset) removed} */
    static String withoutDoctype(String xml) {
        int limit = Math.min(xml.length(), 4096);
        var m = DOCTYPE.matcher(xml).region(0, limit);
        return m.find() ? xml.substring(0, m.start()) + xml.substring(m.end()) : xml;
    }

    static Document parse(String xml) throws JDOMException, IOException {
        return builder().build(new StringReader(xml));
    }
}
