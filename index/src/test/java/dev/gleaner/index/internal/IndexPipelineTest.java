package dev.gleaner.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexing pipeline keeps each article's changes in order on several threads: the last version
 * of an article changed many times in a row is the one found, a deleted article stays deleted, and
 * a worker's failure reaches the caller.
 */
class IndexPipelineTest {
    @TempDir
    Path tmp;

    private static Document doc(long id, int version) {
        Document d = new Document();
        d.add(new StringField(ArticleDocuments.ID, Long.toString(id), Field.Store.YES));
        d.add(new StoredField("version", version));
        return d;
    }

    @Test
    void theLastVersionOfEachArticleWinsAndDeletedOnesStayDeleted() throws Exception {
        Random random = new Random(7);
        Map<Long, Integer> expected = new HashMap<>();
        try (var dir = FSDirectory.open(tmp);
                var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            try (var pipeline = new IndexPipeline(writer, 3, 8)) {
                for (int step = 0; step < 20_000; step++) {
                    long id = random.nextInt(50); // few articles: the same one is often still queued
                    if (random.nextInt(10) == 0) {
                        pipeline.delete(id);
                        expected.remove(id);
                    } else {
                        pipeline.add(id, doc(id, step), true);
                        expected.put(id, step);
                    }
                }
                pipeline.drain();
            }
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                Map<Long, Integer> found = new HashMap<>();
                StoredFields stored = reader.storedFields();
                for (int i = 0; i < reader.maxDoc(); i++) {
                    if (reader.hasDeletions() && !liveDoc(reader, i)) {
                        continue;
                    }
                    Document d = stored.document(i);
                    Integer before = found.put(
                            Long.parseLong(d.get(ArticleDocuments.ID)),
                            d.getField("version").numericValue().intValue());
                    assertEquals(null, before, "one document per article");
                }
                assertEquals(expected, found);
            }
        }
    }

    private static boolean liveDoc(DirectoryReader reader, int doc) {
        for (var leaf : reader.leaves()) {
            if (doc >= leaf.docBase && doc < leaf.docBase + leaf.reader().maxDoc()) {
                var live = leaf.reader().getLiveDocs();
                return live == null || live.get(doc - leaf.docBase);
            }
        }
        return false;
    }

    @Test
    void aFlushWritesEveryBufferBeforeTheCommit() throws Exception {
        try (var dir = FSDirectory.open(tmp);
                var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            try (var pipeline = new IndexPipeline(writer, 2, 4)) {
                for (int id = 0; id < 1000; id++) {
                    pipeline.add(id, doc(id, 1), false);
                }
                pipeline.drain();
                assertEquals(1000, writer.getDocStats().numDocs);
                assertTrue(writer.numRamDocs() > 0, "still in the writer's memory");
                pipeline.flush();
                assertEquals(0, writer.numRamDocs(), "written as segments");
            }
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                assertEquals(1000, reader.numDocs());
            }
        }
    }

    @Test
    void aWorkersFailureIsThrownToTheCaller() throws Exception {
        try (var dir = FSDirectory.open(tmp)) {
            var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()));
            try (var pipeline = new IndexPipeline(writer, 2, 4)) {
                pipeline.add(1, doc(1, 1), false);
                pipeline.drain();
                writer.close(); // every later add fails in the worker
                pipeline.add(2, doc(2, 2), false);
                assertThrows(org.apache.lucene.store.AlreadyClosedException.class, pipeline::drain);
                assertThrows(
                        org.apache.lucene.store.AlreadyClosedException.class, () -> pipeline.add(3, doc(3, 3), false));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
