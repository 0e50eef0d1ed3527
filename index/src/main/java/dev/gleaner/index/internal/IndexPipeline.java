package dev.gleaner.index.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Analyses and adds documents on worker threads that take them one at a time from a shared queue,
 * as a bare Lucene indexer does: no worker waits for another between batches, and a worker that
 * flushes a segment holds up only itself. (Slicing each batch between the workers left one core
 * idle while the other finished its slice or flushed: ~14% of the workers' time in a rebuild.)
 *
 * <p>The changes of one article keep their order: an article whose earlier version is still being
 * analysed waits for it before it is queued again or deleted, so the later version always wins.
 * {@link #drain} waits for everything queued, before a commit. The first failure of a worker is
 * thrown by the next call on this pipeline; what is queued after it is dropped.
 */
final class IndexPipeline implements AutoCloseable {
    private static final Item STOP = new Item(-1, null, false);
    private static final Item FLUSH = new Item(-1, null, false);

    private record Item(long id, Document doc, boolean replace) {}

    private final IndexWriter writer;
    private final BlockingQueue<Item> queue;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final List<Thread> workers = new ArrayList<>();
    private final Object idle = new Object();
    private int pending; // guarded by idle
    private volatile Throwable failure;

    /**
     * @param threads the workers
     * @param capacity how many documents may wait in the queue (they hold their whole text)
     */
    IndexPipeline(IndexWriter writer, int threads, int capacity) {
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(capacity);
        for (int i = 1; i <= threads; i++) {
            workers.add(
                    Thread.ofPlatform().name("gleaner-index-" + i).daemon(true).start(this::work));
        }
    }

    /**
     * Queues {@code doc}, the article {@code id}'s document, waiting while the queue is full.
     *
     * @param replace whether an older document of the article may be in the index (it is replaced)
     */
    void add(long id, Document doc, boolean replace) throws IOException {
        throwIfFailed();
        if (inFlight.contains(id)) {
            drain();
        }
        inFlight.add(id);
        synchronized (idle) {
            pending++;
        }
        try {
            queue.put(new Item(id, doc, replace));
        } catch (InterruptedException e) {
            done(id);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        }
    }

    /** Deletes the article {@code id}'s document, after any version of it still queued. */
    void delete(long id) throws IOException {
        throwIfFailed();
        if (inFlight.contains(id)) {
            drain();
        }
        writer.deleteDocuments(new Term(ArticleDocuments.ID, Long.toString(id)));
    }

    /** Waits until every queued document is in the writer; throws the first failure of a worker. */
    void drain() throws IOException {
        synchronized (idle) {
            while (pending > 0) {
                try {
                    idle.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while indexing");
                }
            }
        }
        throwIfFailed();
    }

    /**
     * Waits until every queued document is in the writer, then writes the writer's buffers as
     * segments, one per worker at a time: a commit that found them full would write them one after
     * the other on its own thread while the other cores wait.
     */
    void flush() throws IOException {
        drain();
        for (int i = 0; i < workers.size(); i++) {
            synchronized (idle) {
                pending++;
            }
            try {
                queue.put(FLUSH);
            } catch (InterruptedException e) {
                done(-1);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while indexing");
            }
        }
        drain();
    }

    /** Stops the workers once the queue is empty (or at once when interrupted). */
    @Override
    public void close() {
        for (int i = 0; i < workers.size(); i++) {
            while (!queue.offer(STOP)) {
                queue.poll(); // only after a failure or an interrupt: what is left is dropped
            }
        }
        for (Thread t : workers) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void work() {
        while (true) {
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item == STOP) {
                return;
            }
            try {
                if (failure == null) {
                    if (item == FLUSH) {
                        while (writer.flushNextBuffer()) {
                            // the next buffer not being written by another worker
                        }
                    } else if (item.replace()) {
                        writer.updateDocument(new Term(ArticleDocuments.ID, Long.toString(item.id())), item.doc());
                    } else {
                        writer.addDocument(item.doc());
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                }
            } finally {
                done(item.id());
            }
        }
    }

    private void done(long id) {
        inFlight.remove(id);
        synchronized (idle) {
            if (--pending == 0) {
                idle.notifyAll();
            }
        }
    }

    private void throwIfFailed() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }
}
