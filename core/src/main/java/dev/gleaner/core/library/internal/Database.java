package dev.gleaner.core.library.internal;

import dev.gleaner.core.library.ChangeListener;
import dev.gleaner.core.library.LibraryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite file with one connection, WAL and foreign keys on. Every unit of work runs under a
 * lock; writes run in a transaction that commits entirely or not at all.
 */
public final class Database implements AutoCloseable {

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work; SQL errors roll the transaction back. */
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    /**
     * One connection, taken in turn. Fair: a writer storing post after post (an import) would
     * otherwise take the lock back before a waiting reader wakes up, and the index follower could
     * not read the changes it has to apply until the import ended.
     */
    private final ReentrantLock lock = new ReentrantLock(true);

    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    /** The change sequence last told to the listeners; read and written under {@link #lock}. */
    private long published = -1;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when missing) the database file and brings its schema up to date. */
    public static Database open(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new LibraryException(
                    "The folder of the library " + file + " does not exist: create it or choose another workspace.");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new LibraryException("The library " + file
                    + " is read-only: make it writable or choose another workspace with --workspace DIR.");
        }
        Connection c;
        try {
            // The driver directly: DriverManager would first look for every JDBC driver on the path.
            c = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), new java.util.Properties());
        } catch (SQLException e) {
            throw new LibraryException("Cannot open the library " + file + ": " + e.getMessage(), e);
        }
        Database db = new Database(file, c);
        try {
            db.configure();
            Migrations.apply(c, file);
        } catch (SQLException e) {
            db.close();
            throw new LibraryException(describe(file, e), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            // Only a new library takes it: 16 KB pages hold several compressed article bodies each
            // (with 4 KB, most would spill into a mostly empty overflow page).
            s.execute("PRAGMA page_size = 16384");
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA synchronous = NORMAL");
        }
        // For the migration that compresses the bodies of a library written before it.
        org.sqlite.Function.create(connection, "gleaner_pack_body", new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(BodyCodec.pack(value_text(0), value_text(1)));
            }
        });
    }

    /** {@return the database file} */
    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: it commits when the work returns, else rolls back. */
    public <T> T transaction(Work<T> work) {
        long advancedTo = -1;
        T result;
        lock.lock();
        try {
            result = inTransaction(work);
            advancedTo = advancedSequence();
        } finally {
            lock.unlock();
        }
        if (advancedTo >= 0) {
            publish(advancedTo);
        }
        return result;
    }

    /** Adds a listener told after each commit that advanced the change sequence; see {@link ChangeListener}. */
    public void addChangeListener(ChangeListener listener) {
        java.util.Objects.requireNonNull(listener, "listener");
        lock.lock();
        try {
            if (published < 0) {
                published = currentSequence();
            }
        } finally {
            lock.unlock();
        }
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addChangeListener}. */
    public void removeChangeListener(ChangeListener listener) {
        listeners.remove(listener);
    }

    /** {@return the committed change sequence when it moved past what listeners were told, else -1}; holds the lock */
    private long advancedSequence() {
        if (listeners.isEmpty()) {
            return -1;
        }
        long now;
        try {
            now = currentSequence();
        } catch (LibraryException e) {
            // The work is committed; the next commit tells the listeners instead.
            System.getLogger(Database.class.getName())
                    .log(System.Logger.Level.WARNING, "Cannot read the change sequence of " + file, e);
            return -1;
        }
        if (now <= published) {
            return -1;
        }
        published = now;
        return now;
    }

    private long currentSequence() {
        try (PreparedStatement q = connection.prepareStatement("SELECT value FROM meta WHERE key = 'change_seq'");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new LibraryException(describe(file, e), e);
        }
    }

    private void publish(long sequence) {
        for (ChangeListener listener : listeners) {
            try {
                listener.changed(sequence);
            } catch (RuntimeException e) {
                // The change is stored; a listener that fails must not make the write look failed.
                System.getLogger(Database.class.getName())
                        .log(System.Logger.Level.WARNING, "A listener to the library " + file + " failed", e);
            }
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                // After SQLITE_FULL or an IO error SQLite has already rolled back: then rolling back
                // (and leaving the transaction) fails too, and must not hide the error that says why.
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException leave) {
                    e.addSuppressed(leave);
                }
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new LibraryException(describe(file, e), e);
        }
    }

    /** Runs read-only {@code work}. */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new LibraryException(describe(file, e), e);
        } finally {
            lock.unlock();
        }
    }

    /** Takes the next change sequence number; call inside a transaction. */
    public static long nextChangeSequence(Connection c) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE meta SET value = value + 1 WHERE key = 'change_seq'")) {
            up.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT value FROM meta WHERE key = 'change_seq'");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String describe(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        var fault = dev.gleaner.core.StorageFault.of(e);
        if (fault.isPresent()) {
            return fault.get().sentence("the library " + file);
        }
        if (m.contains("readonly") || m.contains("read-only")) {
            return dev.gleaner.core.StorageFault.READ_ONLY.sentence("the library " + file);
        }
        if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT")) {
            return "The library " + file
                    + " is damaged or not a Gleaner library: restore it from a backup or choose another workspace.";
        }
        return "The library " + file + " failed: " + m.lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LibraryException("Cannot close the library " + file + ": " + e.getMessage(), e);
        }
    }
}
