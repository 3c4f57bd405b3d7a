package dev.loupe.server;

import dev.loupe.core.QueueSummary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Queues, their SLA, and how much work sits in each. */
final class QueueStore {
    private final Database db;

    QueueStore(Database db) {
        this.db = db;
    }

    /** Creates the queue, or sets the SLA of an existing one; true when it was created. */
    boolean ensure(String name, Duration sla, Instant now) {
        return db.write(c -> {
            boolean existed;
            try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM queues WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet rs = query.executeQuery()) {
                    existed = rs.next();
                }
            }
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO queues (name, sla_seconds, created_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (name) DO UPDATE SET sla_seconds = excluded.sla_seconds")) {
                upsert.setString(1, name);
                upsert.setLong(2, sla.toSeconds());
                upsert.setLong(3, now.toEpochMilli());
                upsert.executeUpdate();
            }
            return !existed;
        });
    }

    boolean exists(String name) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM queues WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Every queue with its counts; an item whose lease has expired counts as queued. */
    List<QueueSummary> summaries(Instant now) {
        String waiting = "(i.state = 'queued' OR (i.state = 'leased' AND i.lease_expires <= ?))";
        String held = "(i.state = 'leased' AND i.lease_expires > ?)";
        String sql = "SELECT q.name,"
                + " SUM(CASE WHEN " + waiting + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + held + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN i.state = 'decided' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN i.state = 'escalated' THEN 1 ELSE 0 END),"
                + " MIN(CASE WHEN " + waiting + " THEN i.created_at END),"
                + " MIN(CASE WHEN i.state IN ('queued', 'leased') THEN i.sla_due END)"
                + " FROM queues q LEFT JOIN items i ON i.queue = q.name"
                + " GROUP BY q.name ORDER BY q.name";
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                long millis = now.toEpochMilli();
                for (int i = 1; i <= 3; i++) {
                    query.setLong(i, millis);
                }
                try (ResultSet rs = query.executeQuery()) {
                    List<QueueSummary> summaries = new ArrayList<>();
                    while (rs.next()) {
                        summaries.add(new QueueSummary(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                rs.getInt(5), instantOrNull(rs, 6), instantOrNull(rs, 7)));
                    }
                    return summaries;
                }
            }
        });
    }

    private static Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
