package dev.loupe.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one writer of the database. Writes queued while a commit is on its way to disk run one after another in
 * the next transaction, each inside its own savepoint, and share its single fsync. A caller is answered only once
 * that commit is durable, so batching changes throughput, never what an acknowledgement means. One write that
 * fails rolls back to its savepoint and fails alone.
 */
final class GroupCommit implements AutoCloseable {
    /** Enough to share an fsync among every HTTP worker; small enough to keep one batch's latency low. */
    private static final int MAX_BATCH = 64;

    private final Connection connection;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;

    private record Pending<T>(Database.Work<T> work, CompletableFuture<T> answer) {
        /** Runs the work; its answer waits for the commit. */
        Done<T> run(Connection connection) throws SQLException {
            return new Done<>(answer, work.run(connection));
        }
    }

    /** A write that ran and waits for the commit to be answered. */
    private record Done<T>(CompletableFuture<T> answer, T result) {
        void deliver() {
            answer.complete(result);
        }
    }

    GroupCommit(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::commitLoop, "loupe-db-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the work in the next batch and returns once the batch is committed. */
    <T> T write(Database.Work<T> work) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("A write may not start another write; use the connection it was given.");
        }
        if (closing) {
            throw new StorageException("The database is closing, so this change was not made. Try again once the"
                    + " server is back.", null);
        }
        Pending<T> pending = new Pending<>(work, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for a database write.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new StorageException("A database statement failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void commitLoop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            runBatch(batch);
            batch.clear();
        }
    }

    /**
     * One transaction for the batch. BEGIN IMMEDIATE takes the write lock at once, so not even another process can
     * slip in between a write's reads and its writes; between batches the writer holds no lock.
     */
    private void runBatch(List<Pending<?>> batch) {
        try (Statement control = connection.createStatement()) {
            control.execute("BEGIN IMMEDIATE");
            try {
                List<Done<?>> done = runEach(control, batch);
                control.execute("COMMIT");
                done.forEach(Done::deliver);
            } catch (SQLException e) {
                rollback(control, e);
                failAll(batch, e);
            }
        } catch (SQLException e) {
            failAll(batch, e);
        }
    }

    /** Answers every write of the batch not answered yet: none of them was kept. */
    private static void failAll(List<Pending<?>> batch, SQLException cause) {
        StorageException failure = new StorageException("The database could not complete a write ("
                + cause.getMessage() + "); nothing of this change was kept. Try again.", cause);
        batch.forEach(p -> p.answer().completeExceptionally(failure));
    }

    /** Runs each write in its own savepoint; those that fail are answered now and left out of the commit. */
    private List<Done<?>> runEach(Statement control, List<Pending<?>> batch) throws SQLException {
        List<Done<?>> done = new ArrayList<>(batch.size());
        for (Pending<?> pending : batch) {
            control.execute("SAVEPOINT one_write");
            try {
                done.add(pending.run(connection));
                control.execute("RELEASE one_write");
            } catch (SQLException | RuntimeException e) {
                control.execute("ROLLBACK TO one_write");
                control.execute("RELEASE one_write");
                pending.answer().completeExceptionally(asRuntime(e));
            }
        }
        return done;
    }

    private static void rollback(Statement control, Exception cause) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static RuntimeException asRuntime(Exception e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new StorageException("A database statement failed: " + e.getMessage(), e);
    }

    /** Lets queued writes finish, then stops the writer. */
    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StorageException closed = new StorageException("The database closed before this change was made.", null);
        for (Pending<?> late = queue.poll(); late != null; late = queue.poll()) {
            late.answer().completeExceptionally(closed);
        }
    }
}
