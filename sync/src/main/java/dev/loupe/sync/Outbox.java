package dev.loupe.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loupe.core.Decision;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

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

    private static final String COLUMNS = "seq, item_id, decision, idempotency_key, created_at, attempts, last_error,"
            + " state, decision_id, refused_status, refused_code, refused_message";

    private final Path file;
    private final Clock clock;
    private final Object lock = new Object();
    /** Entries the sender is sending now; they cannot be withdrawn. Guarded by {@code lock}. */
    private final Set<Long> inFlight = new HashSet<>();
    private Connection connection;
    private int unsent;

    private Outbox(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
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
        Outbox outbox = new Outbox(absolute, OutboxFile.open(absolute), clock);
        try {
            outbox.unsent = outbox.read("count the unsent decisions", c -> {
                try (Statement count = c.createStatement();
                        ResultSet rs = count.executeQuery("SELECT count(*) FROM entries WHERE state = 'UNSENT'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            return outbox;
        } catch (RuntimeException e) {
            outbox.close();
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
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        String json = toJson(Objects.requireNonNull(decision, "decision"));
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        synchronized (lock) {
            try (PreparedStatement insert = open().prepareStatement("INSERT INTO entries (item_id, decision,"
                    + " idempotency_key, created_at, state) VALUES (?, ?, ?, ?, 'UNSENT')",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, itemId);
                insert.setString(2, json);
                insert.setString(3, idempotencyKey);
                insert.setLong(4, createdAt.toEpochMilli());
                insert.executeUpdate();
                long seq;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    seq = keys.getLong(1);
                }
                unsent++;
                return new Entry(seq, itemId, decision, idempotencyKey, createdAt, 0, null, State.UNSENT, null, null);
            } catch (SQLException e) {
                if (e instanceof SQLiteException sqlite
                        && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
                    throw new IllegalArgumentException("The idempotency key " + idempotencyKey + " is already in the"
                            + " outbox. Give each decision a new key.", e);
                }
                throw new OutboxException("Cannot save the decision in the outbox " + file + " (" + e.getMessage()
                        + "), so it was not saved. Check that the disk is not full, then decide again.", e);
            }
        }
    }

    /** Up to {@code limit} entries waiting to be sent, oldest first. */
    public List<Entry> unsent(int limit) {
        return read("list the unsent decisions", c -> select(c,
                "SELECT " + COLUMNS + " FROM entries WHERE state = 'UNSENT' ORDER BY seq LIMIT " + limit));
    }

    /** How many entries wait to be sent; read from memory, so the UI may ask as often as it likes. */
    public int unsentCount() {
        synchronized (lock) {
            return unsent;
        }
    }

    /** Every entry the server refused, oldest first. */
    public List<Entry> refused() {
        return read("list the refused decisions", c -> select(c,
                "SELECT " + COLUMNS + " FROM entries WHERE state = 'REFUSED' ORDER BY seq"));
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
            boolean withdrawn = update("withdraw a decision",
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
            return update("forget sent decisions",
                    "DELETE FROM entries WHERE state = 'SENT' AND settled_at < ?", before);
        }
    }

    /**
     * The oldest unsent entry, marked as being sent so it cannot be withdrawn until {@link #release}; empty when
     * nothing waits.
     */
    Optional<Entry> claimOldest() {
        synchronized (lock) {
            List<Entry> oldest = read("find the next decision to send", c -> select(c, "SELECT " + COLUMNS
                    + " FROM entries WHERE state = 'UNSENT' ORDER BY seq LIMIT " + (inFlight.size() + 1)));
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
            update("count a failed send", "UPDATE entries SET attempts = attempts + 1, last_error = ? WHERE seq = ?",
                    lastError, seq);
            return entry(seq);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (connection == null) {
                return;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                throw new OutboxException("Closing the outbox " + file + " failed (" + e.getMessage() + "). Its"
                        + " saved decisions are kept and will be sent when Loupe starts again.", e);
            } finally {
                connection = null;
            }
        }
    }

    private void settle(long seq, String sql, Object... parameters) {
        if (update("record what the server answered", sql, parameters) != 1) {
            throw new IllegalStateException("Entry " + seq + " of the outbox is not waiting to be sent.");
        }
        unsent--;
    }

    private Entry entry(long seq) {
        List<Entry> found = read("read a decision", c -> select(c,
                "SELECT " + COLUMNS + " FROM entries WHERE seq = " + seq));
        if (found.isEmpty()) {
            throw new IllegalStateException("Entry " + seq + " is not in the outbox.");
        }
        return found.get(0);
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(String what, Query<T> query) {
        synchronized (lock) {
            try {
                return query.run(open());
            } catch (SQLException e) {
                throw new OutboxException("Cannot " + what + " in the outbox " + file + " (" + e.getMessage()
                        + "). Restart Loupe; if this repeats, the file may be damaged.", e);
            }
        }
    }

    private int update(String what, String sql, Object... parameters) {
        synchronized (lock) {
            try (PreparedStatement statement = open().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] == null) {
                        statement.setNull(i + 1, Types.VARCHAR);
                    } else {
                        statement.setObject(i + 1, parameters[i]);
                    }
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new OutboxException("Cannot " + what + " in the outbox " + file + " (" + e.getMessage()
                        + "). Check that the disk is not full; the decisions saved in it are kept.", e);
            }
        }
    }

    private Connection open() {
        if (connection == null) {
            throw new IllegalStateException("The outbox " + file + " is closed.");
        }
        return connection;
    }

    private List<Entry> select(Connection c, String sql) throws SQLException {
        try (Statement query = c.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            List<Entry> entries = new ArrayList<>();
            while (rs.next()) {
                long seq = rs.getLong(1);
                int status = rs.getInt(10);
                Refusal refusal = rs.wasNull() ? null : new Refusal(status, rs.getString(11), rs.getString(12));
                entries.add(new Entry(seq, rs.getString(2), fromJson(seq, rs.getString(3)), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5)), rs.getInt(6), rs.getString(7),
                        State.valueOf(rs.getString(8)), rs.getString(9), refusal));
            }
            return entries;
        }
    }

    private static String toJson(Decision decision) {
        try {
            return Json.mapper().writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Every decision serializes", e);
        }
    }

    private Decision fromJson(long seq, String json) {
        try {
            return Json.mapper().readValue(json, Decision.class);
        } catch (JsonProcessingException e) {
            throw new OutboxException("Decision " + seq + " in the outbox " + file + " cannot be read ("
                    + e.getOriginalMessage() + "). The file may be damaged: move it aside and start Loupe again.", e);
        }
    }
}
