package dev.loupe.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loupe.core.AuditEntry;
import dev.loupe.core.ItemState;
import dev.loupe.core.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The append-only record of every change of an item's state: who, when, from which state to which, and why.
 * Each entry is written on the connection of the change itself, so the change and its entry commit together or
 * not at all.
 */
final class AuditLog {
    /** The actor of what the server does by itself, such as creating an item or ending an expired lease. */
    static final String SERVER = "server";

    static final String CREATED = "created";
    static final String LEASED = "leased";
    static final String LEASE_EXPIRED = "lease-expired";
    static final String DECIDED = "decided";
    static final String DECISION_REFUSED = "decision-refused";
    static final String RESOLVED = "resolved";
    // Releases use the release reason's wire name: "released" or "skipped".

    private final Database db;

    AuditLog(Database db) {
        this.db = db;
    }

    /** Appends one entry inside the caller's write transaction; {@code details} are stored with sorted keys. */
    static void append(Connection c, Instant at, String actor, String itemId, String action, ItemState from,
            ItemState to, Map<String, ?> details) throws SQLException {
        // The single writer holds the write lock, so MAX + 1 cannot be taken twice.
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_log (seq, at, actor, item_id, action,"
                + " from_state, to_state, details) SELECT COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?"
                + " FROM audit_log")) {
            insert.setLong(1, at.toEpochMilli());
            insert.setString(2, actor);
            insert.setString(3, itemId);
            insert.setString(4, action);
            insert.setString(5, from == null ? null : from.wire());
            insert.setString(6, to.wire());
            insert.setString(7, toJson(details));
            insert.executeUpdate();
        }
    }

    /**
     * Up to {@code limit} entries, newest first.
     *
     * @param itemIdOrNull only this item's entries; null for every item
     * @param beforeOrNull only entries with a smaller {@code seq}, to page back; null to start at the newest
     */
    List<AuditEntry> newest(String itemIdOrNull, Long beforeOrNull, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (itemIdOrNull != null) {
            conditions.add("item_id = ?");
            values.add(itemIdOrNull);
        }
        if (beforeOrNull != null) {
            conditions.add("seq < ?");
            values.add(beforeOrNull);
        }
        values.add(limit);
        String sql = "SELECT seq, at, actor, item_id, action, from_state, to_state, details FROM audit_log"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY seq DESC LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    query.setObject(i + 1, values.get(i));
                }
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        String from = rs.getString(6);
                        entries.add(new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), from == null ? null : ItemState.fromWire(from),
                                ItemState.fromWire(rs.getString(7)), Json.mapper().readTree(rs.getString(8))));
                    }
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(
                            "Stored audit details are not JSON: the database was edited by hand", e);
                }
                return entries;
            }
        });
    }

    private static String toJson(Map<String, ?> details) {
        try {
            return Json.mapper().writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit details are plain values and always serialize", e);
        }
    }
}
