package dev.gleaner.index.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * The index folder as Lucene sees it: searches read memory-mapped files (fast random access), while
 * merges read the segments they merge with plain reads. A merge reads whole segments once, from
 * start to end: mapped, every page it touched would count in the process's memory until the merge
 * ends, hundreds of megabytes for a large library; read, the pages stay in the system's file cache,
 * which the system shrinks when it needs to.
 */
final class IndexDirectory extends FilterDirectory {
    private final NIOFSDirectory mergeReads;

    private IndexDirectory(Directory searchReads, NIOFSDirectory mergeReads) {
        super(searchReads);
        this.mergeReads = mergeReads;
    }

    /** Opens the index folder {@code dir}. */
    static Directory open(Path dir) throws IOException {
        FSDirectory main = FSDirectory.open(dir);
        try {
            // The main directory holds the write lock; this one only reads files it also sees.
            return new IndexDirectory(main, new NIOFSDirectory(main.getDirectory(), NoLockFactory.INSTANCE));
        } catch (IOException | RuntimeException e) {
            main.close();
            throw e;
        }
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        if (context.context() == IOContext.Context.MERGE) {
            ensureOpen();
            return mergeReads.openInput(name, context);
        }
        return in.openInput(name, context);
    }

    @Override
    public void close() throws IOException {
        try {
            mergeReads.close();
        } finally {
            super.close();
        }
    }
}
