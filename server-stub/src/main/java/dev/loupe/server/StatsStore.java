package dev.loupe.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.loupe.core.Outcome;
import dev.loupe.core.QueueStats;
import dev.loupe.core.ReviewerStats;
import dev.loupe.core.ServerStats;
import dev.loupe.core.SlaRisk;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a supervisor watches, read in one snapshot. Item counts are as of now. Decision figures cover windows
 * back from now: throughput the last hour, handle times and reviewers the last 24 hours. A day rather than the last
 * N decisions, so a figure means the same on a busy day and a quiet one, and its cost is one day's decisions.
 */
final class StatsStore {
    static final Duration THROUGHPUT_WINDOW = Duration.ofHours(1);
    static final Duration HANDLE_TIME_WINDOW = Duration.ofHours(24);

    private record Queue(String name, Duration sla) {
    }

    /** A decision of the handle-time window, reduced to what the figures need. */
    private record Handled(String queue, String reviewer, long recordedAt, Outcome outcome, long timeSpentMs) {
    }

    private final Database db;

    StatsStore(Database db) {
        this.db = db;
    }

    ServerStats read(Instant now) {
        return db.read(c -> {
            Map<String, List<Handled>> byQueue = new TreeMap<>();
            Map<String, List<Handled>> byReviewer = new TreeMap<>();
            for (Handled handled : handledSince(c, now.minus(HANDLE_TIME_WINDOW))) {
                byQueue.computeIfAbsent(handled.queue(), q -> new ArrayList<>()).add(handled);
                byReviewer.computeIfAbsent(handled.reviewer(), r -> new ArrayList<>()).add(handled);
            }
            List<QueueStats> queues = new ArrayList<>();
            for (Queue queue : queues(c)) {
                queues.add(queueStats(c, queue, byQueue.getOrDefault(queue.name(), List.of()), now));
            }
            List<ReviewerStats> reviewers = new ArrayList<>();
            byReviewer.forEach((name, handled) -> reviewers.add(reviewerStats(name, handled)));
            return new ServerStats(now, queues, reviewers);
        });
    }

    private static List<Queue> queues(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT name, sla_seconds FROM queues ORDER BY name");
                ResultSet rs = query.executeQuery()) {
            List<Queue> queues = new ArrayList<>();
            while (rs.next()) {
                queues.add(new Queue(rs.getString(1), Duration.ofSeconds(rs.getLong(2))));
            }
            return queues;
        }
    }

    /** Counts of the queue's items now; the SLA cut-offs come from {@link SlaRisk}, the one place the rule lives. */
    private static QueueStats queueStats(Connection c, Queue queue, List<Handled> handled, Instant now)
            throws SQLException {
        String waiting = "(state = 'queued' OR (state = 'leased' AND lease_expires <= ?))";
        String open = "state IN ('queued', 'leased')";
        String sql = "SELECT"
                + " SUM(CASE WHEN " + waiting + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN state = 'leased' AND lease_expires > ? THEN 1 ELSE 0 END),"
                + " MIN(CASE WHEN " + waiting + " THEN created_at END),"
                + " SUM(CASE WHEN " + open + " AND sla_due <= ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + open + " AND sla_due > ? AND sla_due <= ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN state = 'escalated' THEN 1 ELSE 0 END)"
                + " FROM items WHERE queue = ?";
        long millis = now.toEpochMilli();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, millis);
            query.setLong(2, millis);
            query.setLong(3, millis);
            query.setLong(4, millis);
            query.setLong(5, millis);
            query.setLong(6, now.plus(SlaRisk.margin(queue.sla())).toEpochMilli());
            query.setString(7, queue.name());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long oldest = rs.getLong(3);
                Long oldestAgeSeconds = rs.wasNull() ? null : Math.max(0, (millis - oldest) / 1000);
                long lastHour = now.minus(THROUGHPUT_WINDOW).toEpochMilli();
                int decidedLastHour = (int) handled.stream().filter(h -> h.recordedAt() > lastHour).count();
                long[] times = sortedTimes(handled);
                return new QueueStats(queue.name(), queue.sla().toSeconds(), rs.getInt(1), rs.getInt(2),
                        oldestAgeSeconds, rs.getInt(4), rs.getInt(5), decidedLastHour, times.length,
                        times.length == 0 ? null : Percentiles.of(times, 0.5),
                        times.length == 0 ? null : Percentiles.of(times, 0.95),
                        rs.getInt(6));
            }
        }
    }

    private static ReviewerStats reviewerStats(String name, List<Handled> handled) {
        int corrected = (int) handled.stream().filter(h -> h.outcome() == Outcome.CORRECTED).count();
        return new ReviewerStats(name, handled.size(), corrected, (double) corrected / handled.size(),
                Percentiles.of(sortedTimes(handled), 0.5));
    }

    private static long[] sortedTimes(List<Handled> handled) {
        return handled.stream().mapToLong(Handled::timeSpentMs).sorted().toArray();
    }

    private static List<Handled> handledSince(Connection c, Instant since) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT i.queue, d.reviewer, d.recorded_at, d.body"
                + " FROM decisions d JOIN items i ON i.id = d.item_id WHERE d.recorded_at > ?")) {
            query.setLong(1, since.toEpochMilli());
            try (ResultSet rs = query.executeQuery()) {
                List<Handled> handled = new ArrayList<>();
                while (rs.next()) {
                    handled.add(handled(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
                return handled;
            }
        }
    }

    /** Reads only the outcome and time spent of a stored decision, skipping its annotations unbuilt. */
    private static Handled handled(String queue, String reviewer, long recordedAt, String body) {
        Outcome outcome = null;
        long timeSpentMs = 0;
        try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "outcome" -> outcome = Outcome.fromWire(parser.getText());
                    case "timeSpentMs" -> timeSpentMs = parser.getLongValue();
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored decision is not readable: the database was edited by hand", e);
        }
        if (outcome == null) {
            throw new IllegalStateException("A stored decision has no outcome: the database was edited by hand");
        }
        return new Handled(queue, reviewer, recordedAt, outcome, timeSpentMs);
    }
}
