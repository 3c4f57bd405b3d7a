package dev.loupe.sync;

import dev.loupe.core.Decision;
import dev.loupe.core.RecordedDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewer's decisions on their way to the server, in a file on the workstation. A decision is on disk when
 * {@link #add} returns, so a crash or a kill cannot lose it, and it keeps its idempotency key, so sending it again
 * after a lost answer cannot record it twice. {@link OutboxSender} sends the entries; this class is safe to use from
 * the UI's background executor and the sender's thread at once.
 */
public final class Outbox implements AutoCloseable {

    /** Where an entry stands. */
    public enum State {
        /** Waiting to be sent, or being sent. */
        UNSENT,
        /** The server recorded it. */
        SENT,
        /** The server refused it for good. It is kept so the reviewer can see what became of it, and never resent. */
        REFUSED
    }

    /**
     * Why the server refused an entry.
     *
     * @param status  the HTTP status, e.g. 409 for a decision kept as a conflict for a supervisor
     * @param code    the server's error code
     * @param message the server's sentence
     */
    public record Refusal(int status, String code, String message) {
    }

    /**
     * One decision in the outbox.
     *
     * @param seq            the outbox's own number for it; a smaller one was added earlier
     * @param attempts       how many sends failed and will be tried again
     * @param lastError      the sentence of the last failed send; null when none failed
     * @param decisionId     the server's id for the recorded decision; null until sent
     * @param refusal        why the server refused it; null unless refused
     */
    public record Entry(long seq, String itemId, Decision decision, String idempotencyKey, Instant createdAt,
            int attempts, String lastError, State state, String decisionId, Refusal refusal) {
    }

    private final OutboxFile file;
    private final Clock clock;
    private final Object lock = new Object();
    /** Entries the sender is sending now; they cannot be withdrawn. Guarded by {@code lock}, as is all below. */
    private final Set<Long> inFlight = new HashSet<>();
    /** Kept in memory, so the UI may ask as often as it likes. */
    private int unsent;

    private Outbox(OutboxFile file, Clock clock, int unsent) {
        this.file = file;
        this.clock = clock;
        this.unsent = unsent;
    }

    /**
     * Opens the outbox in {@code file}, creating the file and its folders when missing.
     *
     * @throws OutboxException when the file cannot be used; its message says why and what to do
     */
    public static Outbox open(Path file, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new OutboxException("Cannot create the folder " + absolute.getParent() + " for the outbox ("
                    + e.getMessage() + "). Check that it is writable.", e);
        }
        OutboxFile opened = OutboxFile.open(absolute);
        try {
            return new Outbox(opened, clock, opened.count(State.UNSENT));
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /**
     * Saves a decision to be sent. It is on disk when this returns.
     *
     * @param idempotencyKey a key unique to this decision, e.g. a random UUID
     * @throws OutboxException          when it cannot be saved (a full disk); the decision was not saved
     * @throws IllegalArgumentException when the key is already in the outbox
     */
    public Entry add(String itemId, Decision decision, String idempotencyKey) {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        synchronized (lock) {
            long seq = file.insert(itemId, decision, idempotencyKey, createdAt);
            unsent++;
            return new Entry(seq, itemId, decision, idempotencyKey, createdAt, 0, null, State.UNSENT, null, null);
        }
    }

    /** Up to {@code limit} entries waiting to be sent, oldest first. */
    public List<Entry> unsent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit + ".");
        }
        synchronized (lock) {
            return file.entries("list the unsent decisions", "WHERE state = 'UNSENT' ORDER BY seq LIMIT ?", limit);
        }
    }

    /** How many entries wait to be sent; read from memory, so the UI may ask as often as it likes. */
    public int unsentCount() {
        synchronized (lock) {
            return unsent;
        }
    }

    /** Every entry the server refused, oldest first. */
    public List<Entry> refused() {
        synchronized (lock) {
            return file.entries("list the refused decisions", "WHERE state = 'REFUSED' ORDER BY seq");
        }
    }

    /**
     * Takes back an entry that has not left yet, so it is never sent: for undoing the last decision.
     *
     * @return false when it was sent, refused, is being sent right now, or is not in the outbox
     */
    public boolean withdraw(long seq) {
        synchronized (lock) {
            if (inFlight.contains(seq)) {
                return false;
            }
            boolean withdrawn = file.update("withdraw a decision",
                    "DELETE FROM entries WHERE seq = ? AND state = 'UNSENT'", seq) == 1;
            if (withdrawn) {
                unsent--;
            }
            return withdrawn;
        }
    }

    /**
     * Forgets entries the server recorded more than {@code age} ago. Refused entries are kept.
     *
     * @return how many were forgotten
     */
    public int prune(Duration age) {
        long before = clock.instant().minus(age).toEpochMilli();
        synchronized (lock) {
            return file.update("forget sent decisions", "DELETE FROM entries WHERE state = 'SENT' AND settled_at < ?",
                    before);
        }
    }

    /**
     * The oldest unsent entry, marked as being sent so it cannot be withdrawn until {@link #release}; empty when
     * nothing waits.
     */
    Optional<Entry> claimOldest() {
        synchronized (lock) {
            List<Entry> oldest = file.entries("find the next decision to send",
                    "WHERE state = 'UNSENT' ORDER BY seq LIMIT ?", inFlight.size() + 1);
            Optional<Entry> next = oldest.stream().filter(entry -> !inFlight.contains(entry.seq())).findFirst();
            next.ifPresent(entry -> inFlight.add(entry.seq()));
            return next;
        }
    }

    /** Ends a claim: the entry may be withdrawn again if it is still unsent. */
    void release(long seq) {
        synchronized (lock) {
            inFlight.remove(seq);
        }
    }

    /** The server recorded the entry. */
    Entry markSent(long seq, RecordedDecision recorded) {
        synchronized (lock) {
            settle(seq, "UPDATE entries SET state = 'SENT', decision_id = ?, settled_at = ? WHERE seq = ?"
                    + " AND state = 'UNSENT'", recorded.id(), clock.millis(), seq);
            return entry(seq);
        }
    }

    /** The server refused the entry for good; it stays in the file and is never sent again. */
    Entry markRefused(long seq, int status, String code, String message) {
        synchronized (lock) {
            settle(seq, "UPDATE entries SET state = 'REFUSED', refused_status = ?, refused_code = ?,"
                    + " refused_message = ?, settled_at = ? WHERE seq = ? AND state = 'UNSENT'",
                    status, code, message, clock.millis(), seq);
            return entry(seq);
        }
    }

    /** A send failed and will be tried again; counted, with its sentence, for the UI. */
    Entry recordAttempt(long seq, String lastError) {
        synchronized (lock) {
            file.update("count a failed send",
                    "UPDATE entries SET attempts = attempts + 1, last_error = ? WHERE seq = ?", lastError, seq);
            return entry(seq);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            file.close();
        }
    }

    private void settle(long seq, String sql, Object... parameters) {
        if (file.update("record what the server answered", sql, parameters) != 1) {
            throw new IllegalStateException("Entry " + seq + " of the outbox is not waiting to be sent.");
        }
        unsent--;
    }

    private Entry entry(long seq) {
        return file.entries("read a decision", "WHERE seq = ?", seq).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Entry " + seq + " is not in the outbox."));
    }
}
