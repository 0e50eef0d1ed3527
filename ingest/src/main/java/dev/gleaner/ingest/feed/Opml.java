package dev.gleaner.ingest.feed;

import dev.gleaner.core.io.AtomicFiles;
import dev.gleaner.ingest.IngestException;
import dev.gleaner.ingest.safety.SafeUrl;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads OPML 1.0/2.0 subscription lists (nested outlines become folders) and writes OPML 2.0. */
public final class Opml {

    /**
     * One feed of a subscription list.
     *
     * @param url the feed URL
     * @param title its title, or {@code null}
     * @param siteUrl its site, or {@code null}
     * @param folder its folder (nested folders joined with "/"), or {@code null}
     */
    public record Outline(String url, String title, String siteUrl, String folder) {
        public Outline {
            Objects.requireNonNull(url, "url");
            if (url.isBlank()) {
                throw new IllegalArgumentException("an outline needs a feed URL");
            }
        }
    }

    /**
     * A subscription list.
     *
     * @param title its title, or {@code null}
     * @param feeds its feeds in document order
     * @param folders the folders that hold feeds, in document order
     */
    public record Subscriptions(String title, List<Outline> feeds, List<String> folders) {
        public Subscriptions {
            feeds = List.copyOf(feeds);
            folders = List.copyOf(folders);
        }
    }

    private Opml() {}

    /**
     * Reads an OPML file.
     *
     * @throws IngestException naming the file and line when it is not well-formed OPML
     */
    public static Subscriptions read(Path file) {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = builder().parse(in, file.toUri().toString());
        } catch (SAXParseException e) {
            throw new IngestException(
                    "The OPML file " + file + " is malformed at line " + e.getLineNumber() + ", column "
                            + e.getColumnNumber() + ": " + e.getMessage() + " Fix the file and import it again.",
                    e);
        } catch (SAXException | IOException e) {
            throw new IngestException("Cannot read the OPML file " + file + ": " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equalsIgnoreCase("opml")) {
            throw new IngestException("The file " + file + " is XML but not OPML (root <" + root.getTagName() + ">).");
        }
        String title = null;
        Element body = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("head")) {
                for (Node h = e.getFirstChild(); h != null; h = h.getNextSibling()) {
                    if (h instanceof Element t && t.getTagName().equals("title")) {
                        title = t.getTextContent().strip();
                    }
                }
            } else if (n instanceof Element e && e.getTagName().equals("body")) {
                body = e;
            }
        }
        if (body == null) {
            throw new IngestException("The OPML file " + file + " has no <body>: there are no feeds in it.");
        }
        List<Outline> feeds = new ArrayList<>();
        Set<String> folders = new LinkedHashSet<>();
        walk(body, null, feeds, folders);
        return new Subscriptions(title, feeds, new ArrayList<>(folders));
    }

    private static void walk(Element parent, String folder, List<Outline> feeds, Set<String> folders) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !e.getTagName().equals("outline")) {
                continue;
            }
            // A feed is fetched over http(s) only: a javascript: or file: "feed" is no subscription.
            String xmlUrl = attr(e, "xmlUrl");
            String scheme = SafeUrl.schemeOf(xmlUrl);
            if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
                xmlUrl = null;
            }
            String name = attr(e, "text") != null ? attr(e, "text") : attr(e, "title");
            if (xmlUrl != null) {
                String title = attr(e, "title") != null ? attr(e, "title") : attr(e, "text");
                feeds.add(new Outline(
                        xmlUrl,
                        title,
                        SafeUrl.absolute(attr(e, "htmlUrl"), xmlUrl).orElse(null),
                        folder));
                if (folder != null) {
                    folders.add(folder);
                }
            } else {
                String sub = name == null ? folder : folder == null ? name : folder + "/" + name;
                walk(e, sub, feeds, folders);
            }
        }
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Writes {@code subscriptions} as OPML 2.0, folders as nested outlines, atomically. */
    public static void write(Subscriptions subscriptions, Path file) {
        Map<String, List<Outline>> byFolder = new LinkedHashMap<>();
        for (Outline o : subscriptions.feeds()) {
            byFolder.computeIfAbsent(o.folder() == null ? "" : o.folder(), f -> new ArrayList<>())
                    .add(o);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("opml");
            w.writeAttribute("version", "2.0");
            w.writeCharacters("\n  ");
            w.writeStartElement("head");
            w.writeStartElement("title");
            w.writeCharacters(subscriptions.title() == null ? "Gleaner subscriptions" : subscriptions.title());
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            for (var group : byFolder.entrySet()) {
                String indent = "\n    ";
                List<String> path = group.getKey().isEmpty()
                        ? List.of()
                        : List.of(group.getKey().split("/"));
                for (String part : path) {
                    w.writeCharacters(indent);
                    w.writeStartElement("outline");
                    w.writeAttribute("text", part);
                    w.writeAttribute("title", part);
                    indent += "  ";
                }
                for (Outline o : group.getValue()) {
                    w.writeCharacters(indent);
                    w.writeEmptyElement("outline");
                    w.writeAttribute("type", "rss");
                    String name = o.title() == null ? o.url() : o.title();
                    w.writeAttribute("text", name);
                    w.writeAttribute("title", name);
                    w.writeAttribute("xmlUrl", o.url());
                    if (o.siteUrl() != null) {
                        w.writeAttribute("htmlUrl", o.siteUrl());
                    }
                }
                for (int i = path.size() - 1; i >= 0; i--) {
                    indent = indent.substring(0, indent.length() - 2);
                    w.writeCharacters(indent);
                    w.writeEndElement();
                }
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IngestException("Cannot write OPML: " + e.getMessage(), e);
        }
        try {
            AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IngestException("Cannot write the OPML file " + file + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a security feature", e);
        }
    }
}
