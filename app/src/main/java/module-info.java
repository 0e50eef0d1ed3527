/** The composition root: the `gleaner` command and the desktop window. */
module dev.gleaner.app {
    requires dev.gleaner.core;
    requires dev.gleaner.ingest;
    requires dev.gleaner.index;
    requires dev.gleaner.exporter;
    requires info.picocli;
    requires javafx.controls;
    requires atlantafx.base;
    requires java.logging;
    requires java.desktop;
    requires java.management;
    requires com.fasterxml.jackson.databind;
    requires jdk.httpserver;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires flexmark.ext.tables;
    requires flexmark.ext.gfm.strikethrough;
    requires flexmark.ext.autolink;
    requires flexmark.ext.gfm.tasklist;
    requires java.net.http;

    opens dev.gleaner.app.cli to
            info.picocli;

    exports dev.gleaner.app;
}
