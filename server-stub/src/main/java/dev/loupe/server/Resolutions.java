package dev.loupe.server;

import dev.loupe.core.ItemState;
import dev.loupe.core.Resolution;
import dev.loupe.core.ResolutionKind;
import dev.loupe.core.WorkItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Supervisors settling escalated items: approving them, sending them back to a queue, or reassigning them to one
 * reviewer. The item keeps its decisions either way; the resolution itself lives in the audit log.
 */
final class Resolutions {

    /** What became of a resolution. */
    sealed interface Result {
    }

    record Resolved(WorkItem item) implements Result {
    }

    /** Only an escalated item can be resolved; this one is in another state. */
    record NotEscalated(ItemState state) implements Result {
    }

    record UnknownItem() implements Result {
    }

    record UnknownQueue(String queue) implements Result {
    }

    record UnknownUser(String name) implements Result {
    }

    private record Current(ItemState state, String queue) {
    }

    private final Database db;

    Resolutions(Database db) {
        this.db = db;
    }

    Result resolve(String itemId, String supervisor, Resolution resolution, Instant now) {
        return db.write(c -> {
            Optional<Current> found = stateOf(c, itemId);
            if (found.isEmpty()) {
                return new UnknownItem();
            }
            if (found.get().state() != ItemState.ESCALATED) {
                return new NotEscalated(found.get().state());
            }
            String queue = resolution.queue() != null ? resolution.queue() : found.get().queue();
            if (resolution.kind() != ResolutionKind.APPROVE && !exists(c, "queues", queue)) {
                return new UnknownQueue(queue);
            }
            if (resolution.kind() == ResolutionKind.REASSIGN && !exists(c, "users", resolution.reviewer())) {
                return new UnknownUser(resolution.reviewer());
            }
            ItemState to = resolution.kind() == ResolutionKind.APPROVE ? ItemState.DECIDED : ItemState.QUEUED;
            try (PreparedStatement settle = c.prepareStatement(
                    "UPDATE items SET state = ?, queue = ?, assigned_to = ? WHERE id = ?")) {
                settle.setString(1, to.wire());
                settle.setString(2, queue);
                settle.setString(3, resolution.reviewer());
                settle.setString(4, itemId);
                settle.executeUpdate();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", resolution.kind());
            details.put("note", resolution.note());
            if (to == ItemState.QUEUED) {
                details.put("queue", queue);
            }
            if (resolution.reviewer() != null) {
                details.put("reviewer", resolution.reviewer());
            }
            AuditLog.append(c, now, supervisor, itemId, AuditLog.RESOLVED, ItemState.ESCALATED, to, details);
            return new Resolved(ItemStore.byId(c, itemId, now).get());
        });
    }

    private static Optional<Current> stateOf(Connection c, String itemId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT state, queue FROM items WHERE id = ?")) {
            query.setString(1, itemId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(new Current(ItemState.fromWire(rs.getString(1)), rs.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /** Whether a queue or user of that name exists; {@code table} is one of ours, never the caller's. */
    private static boolean exists(Connection c, String table, String name) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM " + table + " WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
