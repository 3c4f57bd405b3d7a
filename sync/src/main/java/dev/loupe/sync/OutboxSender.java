package dev.loupe.sync;

import dev.loupe.core.RecordedDecision;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Sends the outbox's decisions to the server, oldest first and one at a time, on an executor, so the reviewer never
 * waits for the network. A failure that may pass (no server, a server error, a token not accepted yet) is tried
 * again after a backoff; a refusal stays in the outbox as refused and is reported, never sent again.
 */
public final class OutboxSender implements AutoCloseable {

    /** What the sender reports, on its own thread. A listener that throws is logged and sending goes on. */
    public interface Listener {
        /** The server recorded the entry. */
        default void sent(Outbox.Entry entry, RecordedDecision recorded) {
        }

        /**
         * The server refused the entry for good. A {@code CONFLICT} means the lease was lost and the server kept the
         * decision as a conflict for a supervisor.
         */
        default void refused(Outbox.Entry entry, OrchestrationException refusal) {
        }

        /**
         * A send failed and will be tried again after a backoff, or at the next {@link OutboxSender#wake()}.
         *
         * @param unsent  how many entries wait
         * @param failure an {@link OrchestrationException} or an {@link OutboxException}, whose messages are
         *                sentences, or an unexpected failure (a bug), given as it is
         */
        default void waiting(int unsent, RuntimeException failure) {
        }

        /** Nothing waits to be sent. */
        default void drained() {
        }
    }

    private static final System.Logger LOG = System.getLogger(OutboxSender.class.getName());
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final Outbox outbox;
    private final OrchestrationClient client;
    private final ScheduledExecutorService executor;
    private final Backoff backoff;
    private final Listener listener;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private volatile boolean closed;
    /** The fields below are guarded by {@code lock}. */
    private boolean running;
    private boolean wokenWhileRunning;
    private Thread sendingThread;
    private ScheduledFuture<?> next;
    /** Failed sends in a row; touched only by the one running send. */
    private int failures;

    /**
     * Nothing is sent until the first {@link #wake()}; call it once at start to send what an earlier run left.
     *
     * @param executor where sends run; the sender never shuts it down
     * @param jitter   random numbers from 0 (inclusive) to 1 (exclusive) that spread the backoff, e.g.
     *                 {@code new Random()::nextDouble}
     */
    public OutboxSender(Outbox outbox, OrchestrationClient client, ScheduledExecutorService executor,
            DoubleSupplier jitter, Listener listener) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.client = Objects.requireNonNull(client, "client");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.backoff = new Backoff(Objects.requireNonNull(jitter, "jitter"));
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Sends what waits, now: after an add, or when the server is known to be back, even during a backoff. Returns at
     * once.
     */
    public void wake() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (running) {
                wokenWhileRunning = true;
            } else {
                schedule(Duration.ZERO);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops sending and waits a few seconds for a send under way; close it before the outbox. What is not sent stays
     * in the outbox for the next start.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
            long left = CLOSE_WAIT.toNanos();
            while (running && sendingThread != Thread.currentThread() && left > 0) {
                left = idle.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Call with the lock held. */
    private void schedule(Duration delay) {
        if (next != null) {
            next.cancel(false);
        }
        try {
            next = executor.schedule(this::drain, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "The outbox sender's executor is shut down; unsent decisions stay in the outbox", e);
        }
    }

    private void drain() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (running) {
                // A wake raced with a scheduled run: the run under way goes on, then looks again.
                wokenWhileRunning = true;
                return;
            }
            running = true;
            wokenWhileRunning = false;
            sendingThread = Thread.currentThread();
        } finally {
            lock.unlock();
        }
        Duration retryIn = null;
        try {
            retryIn = sendUntilDrainedOrFailed();
        } finally {
            lock.lock();
            try {
                running = false;
                sendingThread = null;
                idle.signalAll();
                if (!closed && wokenWhileRunning) {
                    schedule(Duration.ZERO);
                } else if (!closed && retryIn != null) {
                    schedule(retryIn);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Sends entries until none waits (null) or one failed (how long to wait before the next try). */
    private Duration sendUntilDrainedOrFailed() {
        while (!closed) {
            Optional<Outbox.Entry> claimed;
            try {
                claimed = outbox.claimOldest();
            } catch (RuntimeException e) {
                retryLater(null, e);
                return backoff.delay(failures);
            }
            if (claimed.isEmpty()) {
                failures = 0;
                tell(Listener::drained);
                return null;
            }
            Outbox.Entry entry = claimed.get();
            try {
                if (!send(entry)) {
                    return backoff.delay(failures);
                }
            } finally {
                outbox.release(entry.seq());
            }
        }
        return null;
    }

    /** Sends one entry; false when it failed and waits for another try. */
    private boolean send(Outbox.Entry entry) {
        try {
            RecordedDecision recorded = client.decide(entry.itemId(), entry.decision(), entry.idempotencyKey());
            Outbox.Entry sent = outbox.markSent(entry.seq(), recorded);
            failures = 0;
            tell(l -> l.sent(sent, recorded));
            return true;
        } catch (OrchestrationException e) {
            if (retryable(e)) {
                retryLater(entry, e);
                return false;
            }
            return refuse(entry, e);
        } catch (RuntimeException e) {
            // Also when the server recorded it but the outbox could not say so: the same key makes the next try safe.
            retryLater(entry, e);
            return false;
        }
    }

    private boolean refuse(Outbox.Entry entry, OrchestrationException refusal) {
        try {
            Outbox.Entry refused = outbox.markRefused(entry.seq(), refusal.status(), refusal.code(),
                    refusal.getMessage());
            failures = 0;
            tell(l -> l.refused(refused, refusal));
            return true;
        } catch (RuntimeException e) {
            retryLater(entry, e);
            return false;
        }
    }

    private static boolean retryable(OrchestrationException e) {
        return switch (e.kind()) {
            // A token can be fixed while the decisions wait, so a refused token is tried again like a lost server.
            case UNREACHABLE, SERVER_ERROR, BAD_RESPONSE, UNAUTHORIZED -> true;
            // 408 and 429 come from proxies and rate limits before the decision was judged.
            case REJECTED -> e.status() == 408 || e.status() == 429;
            case CONFLICT, NOT_FOUND, FORBIDDEN -> false;
        };
    }

    private void retryLater(Outbox.Entry entryOrNull, RuntimeException failure) {
        failures++;
        if (!(failure instanceof OrchestrationException)) {
            LOG.log(Level.WARNING, "Sending a decision failed; it will be tried again", failure);
        }
        if (entryOrNull != null) {
            try {
                outbox.recordAttempt(entryOrNull.seq(), sentence(failure));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot count a failed send in the outbox", e);
            }
        }
        tell(l -> l.waiting(outbox.unsentCount(), failure));
    }

    private static String sentence(RuntimeException failure) {
        return failure instanceof OrchestrationException || failure instanceof OutboxException
                ? failure.getMessage()
                : "Sending failed unexpectedly (" + failure + "). Loupe will try again; if this repeats, report it.";
    }

    private void tell(Consumer<Listener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An outbox listener failed; sending goes on", e);
        }
    }
}
