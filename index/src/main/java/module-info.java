/** The Korean-aware search index (Lucene + Nori), derived from the library. */
module dev.gleaner.index {
    requires transitive dev.gleaner.core;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.analysis.nori;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.queries;
    requires org.apache.lucene.highlighter;
    requires org.apache.lucene.memory;
    requires org.apache.lucene.facet;
    requires jdk.unsupported; // NoriCosts: an instance of Nori's costs made without decoding them

    exports dev.gleaner.index;
}
