package dev.loupe.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.FeedbackRecord;
import dev.loupe.core.ItemKind;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Recorded decisions with their items, oldest first, for retraining. Rows are handed on as the database yields
 * them, so an export of any length holds one decision in memory; it reads one snapshot, so a decision recorded
 * meanwhile is in the next export, not half in this one.
 */
final class FeedbackExport {

    /** Where the export's records go, e.g. lines of the HTTP answer. */
    @FunctionalInterface
    interface Sink {
        void accept(FeedbackRecord record) throws IOException;
    }

    /** A decision whose rows (one per asset of its item) are still being read. */
    private record Pending(String decisionId, String itemId, String queue, ItemKind kind, String reviewer,
            Instant recordedAt, String body, List<Asset> assets) {
    }

    private final Database db;

    FeedbackExport(Database db) {
        this.db = db;
    }

    /** Hands every decision the filter admits to {@code sink}, ordered by time recorded, then decision id. */
    void forEach(FeedbackFilter filter, Sink sink) throws IOException {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.queue() != null) {
            conditions.add("i.queue = ?");
            params.add(filter.queue());
        }
        if (filter.since() != null) {
            conditions.add("d.recorded_at >= ?");
            params.add(filter.since().toEpochMilli());
        }
        if (filter.until() != null) {
            conditions.add("d.recorded_at < ?");
            params.add(filter.until().toEpochMilli());
        }
        String sql = "SELECT d.id, d.item_id, i.queue, i.kind, d.reviewer, d.recorded_at, d.body,"
                + " a.sha256, a.media_type, a.file_name, a.size"
                + " FROM decisions d JOIN items i ON i.id = d.item_id"
                + " LEFT JOIN item_assets a ON a.item_id = d.item_id"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY d.recorded_at, d.id, a.position";
        try {
            db.read(c -> {
                try (PreparedStatement query = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.size(); i++) {
                        query.setObject(i + 1, params.get(i));
                    }
                    try (ResultSet rs = query.executeQuery()) {
                        stream(rs, filter, sink);
                    }
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void stream(ResultSet rs, FeedbackFilter filter, Sink sink) throws SQLException {
        Pending pending = null;
        while (rs.next()) {
            String decisionId = rs.getString(1);
            if (pending == null || !pending.decisionId().equals(decisionId)) {
                emit(pending, filter, sink);
                pending = new Pending(decisionId, rs.getString(2), rs.getString(3),
                        ItemKind.fromWire(rs.getString(4)), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)),
                        rs.getString(7), new ArrayList<>());
            }
            String sha256 = rs.getString(8);
            if (sha256 != null) {
                pending.assets().add(new Asset(sha256, rs.getString(9), rs.getString(10), rs.getLong(11)));
            }
        }
        emit(pending, filter, sink);
    }

    private static void emit(Pending pending, FeedbackFilter filter, Sink sink) {
        if (pending == null) {
            return;
        }
        Decision decision = decision(pending.body());
        // Model versions live inside the stored decision's JSON, so they are matched here rather than in SQL.
        if (filter.byModel() && !filter.modelVersion().equals(decision.modelVersions().get(filter.modelTask()))) {
            return;
        }
        try {
            sink.accept(new FeedbackRecord(pending.decisionId(), pending.itemId(), pending.queue(), pending.kind(),
                    pending.assets(), decision.outcome(), pending.reviewer(), pending.recordedAt(),
                    decision.timeSpentMs(), decision.preAnnotations(), decision.annotations(), decision.diff(),
                    decision.modelVersions(), decision.reasonCodes(), decision.note()));
        } catch (IOException e) {
            // through the database's work, which only passes SQL failures; forEach unwraps it
            throw new UncheckedIOException(e);
        }
    }

    private static Decision decision(String body) {
        try {
            return Json.mapper().readValue(body, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision is not JSON: the database was edited by hand", e);
        }
    }
}
