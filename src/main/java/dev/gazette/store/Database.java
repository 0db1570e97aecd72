package dev.gazette.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Owns the connections to one library database: a single writer connection, used under a
 * lock so that writes are serialised, and a small pool of read connections (WAL mode lets
 * them read while a write is in progress). Opening migrates the schema.
 * Safe across threads.
 */
final class Database implements AutoCloseable {

    /** Read connections kept open at most; more readers wait for a free one. */
    static final int MAX_READERS = 4;
    /** How long a statement waits for a lock held by another process before failing. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Page cache per connection, in KiB. */
    static final int CACHE_KIB = 32_768;
    /** Memory-mapped I/O per connection, in bytes. */
    static final long MMAP_BYTES = 256L * 1024 * 1024;

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Semaphore readPermits = new Semaphore(MAX_READERS, true);
    private final LinkedBlockingDeque<Connection> idleReaders = new LinkedBlockingDeque<>();
    private final List<Connection> readers = new ArrayList<>();
    private final List<Runnable> pendingAfterCommit = new ArrayList<>(); // guarded by writeLock
    private volatile boolean closed;
    private final boolean readOnly;

    private Database(Path file, Connection writer, boolean readOnly) {
        this.file = file;
        this.writer = writer;
        this.readOnly = readOnly;
    }

    /** Opens the database file, refusing a newer schema, backing up and migrating an older one. */
    static Database open(Path file, Path backupDir) {
        Migrations.refuseIfNewer(file);
        Connection writer = null;
        try {
            writer = connect(file, false);
            Migrations.migrate(writer, file, backupDir);
            writer.setAutoCommit(false);
            return new Database(file, writer, false);
        } catch (SQLException | IOException e) {
            closeQuietly(writer);
            throw new StoreException("Could not open the library database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    /**
     * Opens the database for reading only, beside a process that writes it (WAL lets readers and
     * one writer work at once): no migration, and every connection refuses to write. Refuses a
     * schema older or newer than this program's, which only a writing open may upgrade.
     */
    static Database openReadOnly(Path file) {
        Migrations.refuseIfNewer(file);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new StoreException("There is no library database at " + file);
        }
        Connection reader = null;
        try {
            reader = connect(file, true);
            long version = Sql.longQuery(reader, "PRAGMA user_version");
            if (version != Migrations.LATEST) {
                throw new StoreException("The library at " + file.getParent()
                        + " must be upgraded first: close the other Gazette and run the command again");
            }
            reader.setAutoCommit(false);
            return new Database(file, reader, true);
        } catch (SQLException e) {
            closeQuietly(reader);
            throw new StoreException("Could not read the library database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-CACHE_KIB);
        config.setTransactionMode(readOnly ? SQLiteConfig.TransactionMode.DEFERRED
                : SQLiteConfig.TransactionMode.IMMEDIATE);
        if (readOnly) {
            config.setReadOnly(true);
        }
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA mmap_size = " + MMAP_BYTES);
        }
        return c;
    }

    Path file() {
        return file;
    }

    /** True when opened by {@link #openReadOnly}: another process holds the library, and every write fails. */
    boolean readOnly() {
        return readOnly;
    }

    /**
     * Runs work in one write transaction (committed when it returns, rolled back when it
     * throws). Nested calls on the same thread join the outer transaction.
     */
    <T> T write(Work<T> work) {
        return write(work, null);
    }

    /**
     * As {@link #write(Work)}, then runs afterCommit (still holding the write lock) once the
     * transaction is committed; on a nested call it runs after the outer transaction.
     */
    <T> T write(Work<T> work, Runnable afterCommit) {
        writeLock.lock();
        try {
            checkOpen();
            if (writeLock.getHoldCount() > 1) {
                T result = work.run(writer);
                if (afterCommit != null) {
                    pendingAfterCommit.add(afterCommit);
                }
                return result;
            }
            try {
                T result = work.run(writer);
                writer.commit();
                if (afterCommit != null) {
                    pendingAfterCommit.add(afterCommit);
                }
                List<Runnable> after = new ArrayList<>(pendingAfterCommit);
                pendingAfterCommit.clear();
                after.forEach(Runnable::run);
                return result;
            } catch (Throwable t) {
                pendingAfterCommit.clear();
                try {
                    writer.rollback();
                } catch (SQLException suppressed) {
                    t.addSuppressed(suppressed);
                }
                throw t;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not write to the library: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs work in one read transaction (a consistent snapshot). On a thread inside
     * {@link #write} it uses the writer, so it sees that transaction's changes.
     */
    <T> T read(Work<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            try {
                return work.run(writer);
            } catch (SQLException | IOException e) {
                throw new StoreException("Could not read the library: " + e.getMessage(), e);
            }
        }
        checkOpen();
        readPermits.acquireUninterruptibly();
        Connection c = null;
        try {
            checkOpen(); // closed while this thread waited for a connection
            c = idleReaders.pollFirst();
            if (c == null) {
                c = connect(file, true);
                c.setAutoCommit(false);
                synchronized (readers) {
                    readers.add(c);
                }
            }
            try {
                return work.run(c);
            } finally {
                c.rollback(); // ends the read transaction; nothing to keep
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not read the library: " + e.getMessage(), e);
        } finally {
            if (c != null) {
                if (closed) {
                    closeQuietly(c);
                } else {
                    idleReaders.offerFirst(c);
                }
            }
            readPermits.release();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("The library is closed.");
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            readPermits.acquireUninterruptibly(MAX_READERS);
            synchronized (readers) {
                readers.forEach(Database::closeQuietly);
                readers.clear();
            }
            idleReaders.clear();
            try (Statement s = writer.createStatement()) {
                writer.commit();
                s.execute("PRAGMA optimize");
                writer.commit();
            } catch (SQLException ignored) {
                // closing anyway
            }
            closeQuietly(writer);
            readPermits.release(MAX_READERS);
        } finally {
            writeLock.unlock();
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }

}
