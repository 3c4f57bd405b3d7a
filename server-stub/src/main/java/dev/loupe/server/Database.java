package dev.loupe.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file: one write connection owned by {@link GroupCommit}, so writes never interleave and two leases
 * can never take the same item, and a small pool of read connections that WAL lets run beside the writer.
 */
final class Database implements AutoCloseable {

    /** A unit of work on one connection, inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final GroupCommit writer;
    private final Checkpointer checkpointer;
    private final BlockingQueue<Connection> readers;
    private final List<Connection> all = new ArrayList<>();

    private Database(Connection writer, List<Connection> readers, Connection checkpoints) {
        this.writer = new GroupCommit(writer);
        this.readers = new ArrayBlockingQueue<>(readers.size(), false, readers);
        this.checkpointer = new Checkpointer(checkpoints);
        all.add(writer);
        all.addAll(readers);
        all.add(checkpoints);
    }

    static Database open(Path file, int readConnections) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        List<Connection> opened = new ArrayList<>();
        try {
            Connection writer = connect(url, true);
            opened.add(writer);
            try (Statement pragma = writer.createStatement()) {
                // Checkpoints run on their own connection (Checkpointer), not inside the writer's commits.
                pragma.execute("PRAGMA wal_autocheckpoint=0");
            }
            Connection checkpoints = connect(url, true);
            opened.add(checkpoints);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < readConnections; i++) {
                Connection reader = connect(url, false);
                opened.add(reader);
                readers.add(reader);
            }
            return new Database(writer, readers, checkpoints);
        } catch (SQLException e) {
            opened.forEach(Database::closeQuietly);
            throw new StorageException("Cannot open the database " + file + " (" + e.getMessage()
                    + "). Check that the data folder is writable and not used by another server.", e);
        }
    }

    private static Connection connect(String url, boolean writer) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a decision is on disk before it is acknowledged, even if the machine loses power.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // Ids are ours, never SQLite's rowids; without this the driver queries last_insert_rowid() after each write.
        config.setGetGeneratedKeys(false);
        Connection connection = StatementCache.wrap(DriverManager.getConnection(url, config.toProperties()));
        // The writer begins and ends its transactions itself (see GroupCommit); the driver's own would begin the
        // next one as soon as one ends, and a writer resting inside BEGIN IMMEDIATE would lock out every other
        // process on the folder, such as loupe users.
        connection.setAutoCommit(writer);
        return connection;
    }

    /**
     * Runs {@code work} as the only writer: all of it is committed or none, and it returns once the commit is on
     * disk. Writes that arrive together share one commit.
     */
    <T> T write(Work<T> work) {
        return writer.write(work);
    }

    /** Runs {@code work} on a read connection; it sees one consistent snapshot. */
    <T> T read(Work<T> work) {
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for a database connection.", e);
        }
        try {
            return inTransaction(reader, work);
        } finally {
            readers.add(reader);
        }
    }

    private static <T> T inTransaction(Connection connection, Work<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            if (e instanceof SQLException sql) {
                throw new StorageException("A database statement failed: " + sql.getMessage(), sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        writer.close();
        checkpointer.close();
        all.forEach(Database::closeQuietly);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            System.getLogger(Database.class.getName())
                    .log(System.Logger.Level.WARNING, "Closing a database connection failed", e);
        }
    }
}
