/** Gleaner's domain records and the library store (SQLite). No UI, no Lucene, no jsoup. */
module dev.gleaner.core {
    requires transitive java.sql;
    requires org.xerial.sqlitejdbc;

    exports dev.gleaner.core;
    exports dev.gleaner.core.issue;
    exports dev.gleaner.core.model;
    exports dev.gleaner.core.library;
    exports dev.gleaner.core.feed;
    exports dev.gleaner.core.url;
    exports dev.gleaner.core.io;
    exports dev.gleaner.core.workspace;
}
