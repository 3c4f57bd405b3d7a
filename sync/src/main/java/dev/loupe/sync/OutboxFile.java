package dev.loupe.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loupe.core.Decision;
import dev.loupe.core.json.Json;
import dev.loupe.sync.Outbox.Entry;
import dev.loupe.sync.Outbox.Refusal;
import dev.loupe.sync.Outbox.State;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The outbox's SQLite file: opened only when it is one (marked as ours, in a format this version reads), locked
 * against a second program, committing to disk before a write returns, with its rows read as entries. Not
 * thread-safe: {@link Outbox} guards it.
 */
final class OutboxFile implements AutoCloseable {
    /** "Loup" in ASCII, in the file's header: another SQLite database is never taken for an outbox. */
    static final int APPLICATION_ID = 0x4C6F7570;
    /** The file format; a later version that changes the tables raises it and migrates older files. */
    static final int FORMAT = 1;
    /** How long to wait for a file another program holds before saying so. */
    private static final int BUSY_TIMEOUT_MS = 1_000;
    private static final String COLUMNS = "seq, item_id, decision, idempotency_key, created_at, attempts, last_error,"
            + " state, decision_id, refused_status, refused_code, refused_message";

    private final Path file;
    private Connection connection;

    private OutboxFile(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the outbox in {@code file}, created when the file is new or empty. */
    static OutboxFile open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            try (Statement pragma = connection.createStatement()) {
                // Exclusive before WAL: the file stays locked while open (withdrawing is safe only against our own
                // sender), and WAL then needs no shared-memory file.
                pragma.execute("PRAGMA locking_mode=EXCLUSIVE");
                pragma.execute("PRAGMA journal_mode=WAL");
                // FULL: a decision is on disk when add returns, even if the machine loses power.
                pragma.execute("PRAGMA synchronous=FULL");
            }
            recognizeOrCreate(connection, file);
            return new OutboxFile(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw openFailure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void recognizeOrCreate(Connection connection, Path file) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int applicationId = intOf(s, "PRAGMA application_id");
                int format = intOf(s, "PRAGMA user_version");
                if (applicationId == 0 && format == 0 && intOf(s, "SELECT count(*) FROM sqlite_schema") == 0) {
                    create(s);
                } else if (applicationId != APPLICATION_ID) {
                    throw new OutboxException("The file " + file + " is an SQLite database, but not a Loupe outbox."
                            + " Move it aside, or choose another file for the outbox, and start Loupe again.");
                } else if (format > FORMAT) {
                    throw new OutboxException("The outbox " + file + " was written by a newer version of Loupe"
                            + " (format " + format + "; this version reads format " + FORMAT + "). Update Loupe to"
                            + " send the decisions in it.");
                } else if (format < FORMAT) {
                    throw damaged(file, null);
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        }
    }

    private static void create(Statement s) throws SQLException {
        // AUTOINCREMENT: the seq of a withdrawn or pruned entry is never given to a new one.
        s.execute("""
                CREATE TABLE entries (
                    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
                    item_id         TEXT NOT NULL,
                    decision        TEXT NOT NULL,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    created_at      INTEGER NOT NULL,
                    state           TEXT NOT NULL,
                    attempts        INTEGER NOT NULL DEFAULT 0,
                    last_error      TEXT,
                    decision_id     TEXT,
                    settled_at      INTEGER,
                    refused_status  INTEGER,
                    refused_code    TEXT,
                    refused_message TEXT)""");
        s.execute("CREATE INDEX entries_by_state ON entries (state, seq)");
        s.execute("PRAGMA application_id = " + APPLICATION_ID);
        s.execute("PRAGMA user_version = " + FORMAT);
    }

    /** Saves an unsent entry and returns its seq; the entry is on disk when this returns. */
    long insert(String itemId, Decision decision, String idempotencyKey, Instant createdAt) {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO entries (item_id, decision,"
                + " idempotency_key, created_at, state) VALUES (?, ?, ?, ?, 'UNSENT')",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, itemId);
            insert.setString(2, toJson(decision));
            insert.setString(3, idempotencyKey);
            insert.setLong(4, createdAt.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
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

    /**
     * The entries that {@code condition} selects.
     *
     * @param what      what the caller wanted, for the sentence when it fails, e.g. "list the refused decisions"
     * @param condition a WHERE clause with ORDER BY and LIMIT as needed, with {@code ?} for the parameters
     */
    List<Entry> entries(String what, String condition, Object... parameters) {
        try (PreparedStatement query = prepare("SELECT " + COLUMNS + " FROM entries " + condition, parameters);
                ResultSet rs = query.executeQuery()) {
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
        } catch (SQLException e) {
            throw new OutboxException("Cannot " + what + " in the outbox " + file + " (" + e.getMessage()
                    + "). Restart Loupe; if this repeats, the file may be damaged.", e);
        }
    }

    /** How many entries are in {@code state}. */
    int count(State state) {
        try (PreparedStatement query = prepare("SELECT count(*) FROM entries WHERE state = ?", state.name());
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new OutboxException("Cannot count the decisions in the outbox " + file + " (" + e.getMessage()
                    + "). Restart Loupe; if this repeats, the file may be damaged.", e);
        }
    }

    /**
     * Runs an UPDATE or a DELETE; returns how many entries it changed.
     *
     * @param what what the caller wanted, for the sentence when it fails, e.g. "withdraw a decision"
     */
    int update(String what, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Cannot " + what + " in the outbox " + file + " (" + e.getMessage()
                    + "). Check that the disk is not full; the decisions saved in it are kept.", e);
        }
    }

    @Override
    public void close() {
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

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection().prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private Connection connection() {
        if (connection == null) {
            throw new IllegalStateException("The outbox " + file + " is closed.");
        }
        return connection;
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

    private static int intOf(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static OutboxException openFailure(Path file, SQLException e) {
        int code = e instanceof SQLiteException sqlite ? sqlite.getResultCode().code : e.getErrorCode();
        // Extended result codes keep the primary code in their low byte.
        int primary = code & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return damaged(file, e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new OutboxException("The outbox " + file + " is in use by another Loupe program. Close the other"
                    + " one, then try again.", e);
        }
        return new OutboxException("Cannot open the outbox " + file + " (" + e.getMessage() + "). Check that its"
                + " folder is writable and the disk is not full.", e);
    }

    private static OutboxException damaged(Path file, SQLException cause) {
        return new OutboxException("The file " + file + " is not a Loupe outbox: it is damaged or holds something"
                + " else. Move it aside (keep it: it may hold decisions not yet sent) and start Loupe again; a new,"
                + " empty outbox will be made.", cause);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            System.getLogger(OutboxFile.class.getName())
                    .log(System.Logger.Level.WARNING, "Closing the outbox after a failed open failed", e);
        }
    }
}
