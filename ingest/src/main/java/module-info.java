/** Everything that turns the outside world (feeds, pages, local files) into articles. */
module dev.gleaner.ingest {
    requires transitive dev.gleaner.core;
    requires org.jsoup;
    requires com.rometools.rome;
    requires org.jdom2;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.toml;
    requires com.github.albfernandez.juniversalchardet;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires flexmark.html2md.converter;
    requires java.net.http;
    requires java.xml;
    requires java.management;

    exports dev.gleaner.ingest;
    exports dev.gleaner.ingest.html;
    exports dev.gleaner.ingest.text;
    exports dev.gleaner.ingest.feed;
    exports dev.gleaner.ingest.http;
    exports dev.gleaner.ingest.local;
    exports dev.gleaner.ingest.safety;
}
