package dev.loupe.server;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies the write-ahead log back into the database file from a thread and connection of its own. Left to SQLite,
 * the checkpoint runs inside whichever commit crosses the threshold, and that commit, with every write waiting
 * behind it on the single writer, pays for copying and syncing the whole log.
 */
final class Checkpointer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());
    private static final long EVERY_MILLIS = 200;

    private final Connection connection;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "loupe-db-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    Checkpointer(Connection connection) {
        this.connection = connection;
        timer.scheduleWithFixedDelay(this::checkpoint, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** PASSIVE never waits for the writer or readers; what it cannot copy now, the next run copies. */
    private void checkpoint() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "A background checkpoint failed; the next one tries again", e);
        }
    }

    /** Stops the timer and copies what is left, so a closed database is one file again. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The closing checkpoint failed; SQLite finishes it on the next open", e);
        }
    }
}
