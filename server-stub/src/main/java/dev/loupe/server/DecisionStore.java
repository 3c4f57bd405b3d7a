package dev.loupe.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loupe.core.Conflict;
import dev.loupe.core.Decision;
import dev.loupe.core.ItemState;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.Sha256;
import dev.loupe.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decisions on items. A decision counts only under the lease it names; one sent under a lost lease is kept in
 * {@code conflicts} for a supervisor instead of being applied or dropped. Each (reviewer, idempotency key) is
 * answered once and the same way on every retry.
 */
final class DecisionStore {

    /** What became of a decision. */
    sealed interface Result {
    }

    /** Applied now, or earlier under the same key. */
    record Recorded(RecordedDecision decision) implements Result {
    }

    /** Refused because the lease was lost; kept in conflicts. */
    record Stale(String itemId) implements Result {
    }

    /** The key was already used for a different request. */
    record KeyReused() implements Result {
    }

    record UnknownItem() implements Result {
    }

    private record Prior(boolean applied, String id, String itemId, String requestSha256, long recordedAt,
            String body) {
    }

    private final Database db;

    DecisionStore(Database db) {
        this.db = db;
    }

    /** Records the decision and moves the item to its resulting state, in one transaction. */
    Result record(String itemId, String reviewer, String idempotencyKey, Decision decision, Instant now) {
        String body = toJson(decision);
        String requestSha256 = Sha256.of((itemId + "\n" + body).getBytes(StandardCharsets.UTF_8));
        return db.write(c -> {
            Optional<Prior> prior = prior(c, reviewer, idempotencyKey);
            if (prior.isPresent()) {
                Prior p = prior.get();
                if (!p.requestSha256().equals(requestSha256)) {
                    return new KeyReused();
                }
                return p.applied()
                        ? new Recorded(new RecordedDecision(p.id(), p.itemId(), reviewer,
                                Instant.ofEpochMilli(p.recordedAt()), fromJson(p.body())))
                        : new Stale(p.itemId());
            }
            Optional<HeldLease> lease = HeldLease.of(c, itemId);
            if (lease.isEmpty()) {
                return new UnknownItem();
            }
            Optional<String> staleReason = lease.get().staleReason(
                    decision.leaseId(), decision.fencingToken(), reviewer, now);
            if (staleReason.isPresent()) {
                String conflictId = insertConflict(
                        c, itemId, reviewer, idempotencyKey, requestSha256, body, staleReason.get(), now);
                ItemState state = lease.get().state(now);
                AuditLog.append(c, now, reviewer, itemId, AuditLog.DECISION_REFUSED, state, state,
                        Map.of("conflictId", conflictId, "reason", staleReason.get(), "outcome", decision.outcome()));
                return new Stale(itemId);
            }
            RecordedDecision recorded = new RecordedDecision("dc-" + UUID.randomUUID(), itemId, reviewer, now, decision);
            insertDecision(c, recorded, idempotencyKey, requestSha256, body);
            try (PreparedStatement settle = c.prepareStatement("UPDATE items SET state = ?, lease_id = NULL,"
                    + " lease_owner = NULL, lease_expires = NULL WHERE id = ?")) {
                settle.setString(1, decision.outcome().resultingState().wire());
                settle.setString(2, itemId);
                settle.executeUpdate();
            }
            AuditLog.append(c, now, reviewer, itemId, AuditLog.DECIDED, ItemState.LEASED,
                    decision.outcome().resultingState(), Map.of("decisionId", recorded.id(),
                            "outcome", decision.outcome(), "reasonCodes", decision.reasonCodes()));
            return new Recorded(recorded);
        });
    }

    private static Optional<Prior> prior(Connection c, String reviewer, String key) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT 1, id, item_id, request_sha256, recorded_at, body FROM decisions"
                        + " WHERE reviewer = ? AND idempotency_key = ?"
                        + " UNION ALL SELECT 0, id, item_id, request_sha256, recorded_at, body FROM conflicts"
                        + " WHERE reviewer = ? AND idempotency_key = ?")) {
            query.setString(1, reviewer);
            query.setString(2, key);
            query.setString(3, reviewer);
            query.setString(4, key);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Prior(rs.getInt(1) == 1, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5), rs.getString(6)))
                        : Optional.empty();
            }
        }
    }

    private static void insertDecision(Connection c, RecordedDecision recorded, String key, String requestSha256,
            String body) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO decisions (id, item_id, reviewer, recorded_at,"
                + " idempotency_key, request_sha256, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, recorded.id());
            insert.setString(2, recorded.itemId());
            insert.setString(3, recorded.reviewer());
            insert.setLong(4, recorded.recordedAt().toEpochMilli());
            insert.setString(5, key);
            insert.setString(6, requestSha256);
            insert.setString(7, body);
            insert.executeUpdate();
        }
    }

    /** Stores a refused decision and returns its id. */
    private static String insertConflict(Connection c, String itemId, String reviewer, String key,
            String requestSha256, String body, String reason, Instant now) throws SQLException {
        String id = "cf-" + UUID.randomUUID();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO conflicts (id, item_id, reviewer, recorded_at,"
                + " idempotency_key, request_sha256, body, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, itemId);
            insert.setString(3, reviewer);
            insert.setLong(4, now.toEpochMilli());
            insert.setString(5, key);
            insert.setString(6, requestSha256);
            insert.setString(7, body);
            insert.setString(8, reason);
            insert.executeUpdate();
        }
        return id;
    }

    /** An item's decisions, oldest first. */
    List<RecordedDecision> list(String itemId) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT id, reviewer, recorded_at, body FROM decisions"
                    + " WHERE item_id = ? ORDER BY recorded_at, id")) {
                query.setString(1, itemId);
                try (ResultSet rs = query.executeQuery()) {
                    List<RecordedDecision> decisions = new ArrayList<>();
                    while (rs.next()) {
                        decisions.add(new RecordedDecision(rs.getString(1), itemId, rs.getString(2),
                                Instant.ofEpochMilli(rs.getLong(3)), fromJson(rs.getString(4))));
                    }
                    return decisions;
                }
            }
        });
    }

    /**
     * Up to {@code limit} refused decisions, newest first.
     *
     * @param itemIdOrNull only this item's; null for every item
     */
    List<Conflict> conflicts(String itemIdOrNull, int limit) {
        String sql = "SELECT id, item_id, reviewer, recorded_at, reason, body FROM conflicts"
                + (itemIdOrNull == null ? "" : " WHERE item_id = ?") + " ORDER BY recorded_at DESC, id DESC LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                int next = 1;
                if (itemIdOrNull != null) {
                    query.setString(next++, itemIdOrNull);
                }
                query.setInt(next, limit);
                try (ResultSet rs = query.executeQuery()) {
                    List<Conflict> conflicts = new ArrayList<>();
                    while (rs.next()) {
                        conflicts.add(new Conflict(rs.getString(1), rs.getString(2), rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), fromJson(rs.getString(6))));
                    }
                    return conflicts;
                }
            }
        });
    }

    /** The canonical form of a decision: what is stored, and what a retry is compared by. */
    private static String toJson(Decision decision) {
        try {
            return Json.mapper().writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Every contract record serializes", e);
        }
    }

    private static Decision fromJson(String body) {
        try {
            return Json.mapper().readValue(body, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision is not JSON: the database was edited by hand", e);
        }
    }
}
