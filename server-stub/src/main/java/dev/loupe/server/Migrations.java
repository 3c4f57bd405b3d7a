package dev.loupe.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema, as an ordered list of versioned steps recorded in {@code schema_version}. A step is never edited once released; a change is a new step.
 * SQL stays portable to PostgreSQL: plain types, times as epoch milliseconds.
 */
final class Migrations {

    private record Migration(int version, String description, List<String> statements) {
    }

    private static final List<Migration> ALL = List.of(
            new Migration(1, "users, queues, media, items, decisions and conflicts", List.of(
                    """
                    CREATE TABLE users (
                        name TEXT PRIMARY KEY,
                        role TEXT NOT NULL,
                        token_sha256 TEXT NOT NULL UNIQUE,
                        created_at BIGINT NOT NULL)""",
                    """
                    CREATE TABLE queues (
                        name TEXT PRIMARY KEY,
                        sla_seconds BIGINT NOT NULL,
                        created_at BIGINT NOT NULL)""",
                    """
                    CREATE TABLE media (
                        sha256 TEXT PRIMARY KEY,
                        media_type TEXT NOT NULL,
                        size BIGINT NOT NULL,
                        stored_at BIGINT NOT NULL)""",
                    """
                    CREATE TABLE items (
                        id TEXT PRIMARY KEY,
                        queue TEXT NOT NULL REFERENCES queues (name),
                        kind TEXT NOT NULL,
                        priority INTEGER NOT NULL,
                        sla_due BIGINT NOT NULL,
                        state TEXT NOT NULL,
                        created_at BIGINT NOT NULL,
                        metadata TEXT NOT NULL,
                        lease_id TEXT,
                        lease_owner TEXT,
                        lease_expires BIGINT,
                        fencing_token BIGINT NOT NULL)""",
                    "CREATE INDEX items_lease_order ON items (queue, state, priority DESC, sla_due, created_at, id)",
                    """
                    CREATE TABLE item_assets (
                        item_id TEXT NOT NULL REFERENCES items (id),
                        position INTEGER NOT NULL,
                        sha256 TEXT NOT NULL REFERENCES media (sha256),
                        media_type TEXT NOT NULL,
                        file_name TEXT NOT NULL,
                        size BIGINT NOT NULL,
                        PRIMARY KEY (item_id, position))""",
                    """
                    CREATE TABLE decisions (
                        id TEXT PRIMARY KEY,
                        item_id TEXT NOT NULL REFERENCES items (id),
                        reviewer TEXT NOT NULL REFERENCES users (name),
                        recorded_at BIGINT NOT NULL,
                        idempotency_key TEXT NOT NULL,
                        request_sha256 TEXT NOT NULL,
                        body TEXT NOT NULL,
                        UNIQUE (reviewer, idempotency_key))""",
                    "CREATE INDEX decisions_by_item ON decisions (item_id, recorded_at)",
                    """
                    CREATE TABLE conflicts (
                        id TEXT PRIMARY KEY,
                        item_id TEXT NOT NULL REFERENCES items (id),
                        reviewer TEXT NOT NULL REFERENCES users (name),
                        recorded_at BIGINT NOT NULL,
                        idempotency_key TEXT NOT NULL,
                        request_sha256 TEXT NOT NULL,
                        body TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        UNIQUE (reviewer, idempotency_key))""",
                    "CREATE INDEX conflicts_by_item ON conflicts (item_id, recorded_at)")),
            new Migration(2, "reassignment, skips, the audit log, and conflicts by time", List.of(
                    // The one reviewer a supervisor reassigned a waiting item to; cleared when the item is leased.
                    "ALTER TABLE items ADD COLUMN assigned_to TEXT REFERENCES users (name)",
                    """
                    CREATE TABLE skips (
                        item_id TEXT NOT NULL REFERENCES items (id),
                        user_name TEXT NOT NULL REFERENCES users (name),
                        skipped_at BIGINT NOT NULL,
                        PRIMARY KEY (item_id, user_name))""",
                    // Append-only: no statement updates or deletes a row. seq is assigned by the single writer.
                    """
                    CREATE TABLE audit_log (
                        seq BIGINT PRIMARY KEY,
                        at BIGINT NOT NULL,
                        actor TEXT NOT NULL,
                        item_id TEXT NOT NULL REFERENCES items (id),
                        action TEXT NOT NULL,
                        from_state TEXT,
                        to_state TEXT NOT NULL,
                        details TEXT NOT NULL)""",
                    "CREATE INDEX audit_by_item ON audit_log (item_id, seq)",
                    "CREATE INDEX conflicts_by_time ON conflicts (recorded_at)")),
            new Migration(4, "model registry; decisions by time for stats and the feedback export", List.of(
                    // metrics NULL: the file is stored but its manifest not yet accepted, so it is no version yet
                    """
                    CREATE TABLE model_versions (
                        task TEXT NOT NULL,
                        version TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        size BIGINT NOT NULL,
                        metrics TEXT,
                        labels TEXT,
                        uploaded_at BIGINT,
                        uploaded_by TEXT REFERENCES users (name),
                        PRIMARY KEY (task, version))""",
                    """
                    CREATE TABLE current_models (
                        task TEXT PRIMARY KEY,
                        version TEXT NOT NULL,
                        chosen_at BIGINT NOT NULL,
                        chosen_by TEXT NOT NULL REFERENCES users (name),
                        FOREIGN KEY (task, version) REFERENCES model_versions (task, version))""",
                    "CREATE INDEX decisions_by_time ON decisions (recorded_at)")),
            new Migration(5, "indexes for each part of the lease order", List.of(
                    // The lease order sorts priority, then age, then due time; the first index sorted due time first.
                    "DROP INDEX items_lease_order",
                    "CREATE INDEX items_by_priority ON items (queue, state, priority DESC, created_at, sla_due, id)",
                    "CREATE INDEX items_by_due ON items (queue, state, sla_due)",
                    "CREATE INDEX items_by_lease_end ON items (queue, state, lease_expires)",
                    "CREATE INDEX items_by_assignee ON items (queue, assigned_to)",
                    "CREATE INDEX skips_by_user ON skips (user_name, item_id)")),
            new Migration(6, "lease indexes hold only the items they look for", List.of(
                    // Decided items never come back to a lease; leaving them out of these indexes means a decision
                    // touches one index instead of three, and the indexes stay the size of the live work.
                    "DROP INDEX items_by_priority",
                    "CREATE INDEX items_by_priority ON items (queue, priority DESC, created_at, sla_due, id)"
                            + " WHERE state = 'queued'",
                    "DROP INDEX items_by_due",
                    "CREATE INDEX items_by_due ON items (queue, sla_due) WHERE state = 'queued'",
                    "DROP INDEX items_by_lease_end",
                    "CREATE INDEX items_by_lease_end ON items (queue, lease_expires) WHERE state = 'leased'",
                    // Listing and counting a queue's items by state, without walking its decided history.
                    "CREATE INDEX items_by_state ON items (queue, state)")));

    private Migrations() {
    }

    /** Brings the schema up to date in one transaction; refuses a database written by a newer Loupe. */
    static void apply(Database db, Clock clock) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            }
            Set<Integer> applied = appliedVersions(c);
            int newest = ALL.get(ALL.size() - 1).version();
            int current = applied.stream().max(Integer::compare).orElse(0);
            if (current > newest) {
                throw new IllegalStateException("The data folder was written by a newer Loupe (schema version "
                        + current + "; this server knows up to " + newest
                        + "). Start it with the newer Loupe, or use another data folder.");
            }
            // Each missing step is applied, not only those above the newest: steps developed side by side may
            // have reached a data folder out of order.
            for (Migration migration : ALL) {
                if (!applied.contains(migration.version())) {
                    apply(c, migration, clock.millis());
                }
            }
            return null;
        });
    }

    private static Set<Integer> appliedVersions(Connection c) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private static void apply(Connection c, Migration migration, long now) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : migration.statements()) {
                s.executeUpdate(sql);
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setLong(3, now);
            insert.executeUpdate();
        }
    }
}
