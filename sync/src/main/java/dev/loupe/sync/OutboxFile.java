package dev.loupe.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens the outbox's SQLite file and makes sure it is one: marked as ours, in a format this version reads, locked
 * against a second program, and committing to disk before a write returns.
 */
final class OutboxFile {
    /** "Loup" in ASCII, in the file's header: another SQLite database is never taken for an outbox. */
    static final int APPLICATION_ID = 0x4C6F7570;
    /** The file format; a later version that changes the tables raises it and migrates older files. */
    static final int FORMAT = 1;
    /** How long to wait for a file another program holds before saying so. */
    private static final int BUSY_TIMEOUT_MS = 1_000;

    private OutboxFile() {
    }

    /** An open connection to the outbox in {@code file}, created when the file is new or empty. */
    static Connection open(Path file) {
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
            prepare(connection, file);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw openFailure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void prepare(Connection connection, Path file) throws SQLException {
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
