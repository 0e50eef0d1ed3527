/** Weekly issues to Hugo posts and back. */
module dev.gleaner.exporter {
    requires transitive dev.gleaner.core;

    exports dev.gleaner.exporter;
    exports dev.gleaner.exporter.hugo;
}
