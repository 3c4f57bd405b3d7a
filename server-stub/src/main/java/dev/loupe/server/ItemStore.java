package dev.loupe.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Asset;
import dev.loupe.core.Identity;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.SlaRisk;
import dev.loupe.core.WorkItem;
import dev.loupe.core.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Work items and their media. An item whose lease has expired is waiting again: reads show it as queued and the
 * next lease may take it, so expiry needs no timer. Queries name items {@code i} and their queue {@code q}.
 */
final class ItemStore {
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {};
    private static final String COLUMNS =
            "i.id, i.queue, i.kind, i.priority, i.sla_due, i.state, i.created_at, i.metadata, i.lease_expires";
    /** Waiting: queued, or leased under a lease that has run out. Takes now. */
    // Written with IN first so that SQLite reads only the queue's live items through items_by_state.
    static final String WAITING = "(i.state IN ('queued', 'leased') AND (i.state = 'queued' OR i.lease_expires <= ?))";
    /**
     * The lease order of items aliased {@code t}: SLA at risk first (due by the cut-off, which {@link SlaRisk} sets
     * for the queue), then priority, then age. Takes the cut-off.
     */
    static String leaseOrder(String t) {
        return "CASE WHEN " + t + ".sla_due <= ? THEN 0 ELSE 1 END, " + priorityOrder(t);
    }

    /** Priority, then age, then due time, then id, of items aliased {@code t}. */
    static String priorityOrder(String t) {
        return t + ".priority DESC, " + t + ".created_at ASC, " + t + ".sla_due ASC, " + t + ".id ASC";
    }

    /** What a reviewer or QA may see: waiting items, their own lease, and items they decided. Takes now, user, user. */
    private static final String VISIBLE_TO = "(" + WAITING + " OR (i.state = 'leased' AND i.lease_owner = ?)"
            + " OR EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = i.id AND d.reviewer = ?))";

    /** What an intake asks for; the store assigns id, state and times. */
    record NewItem(String queue, ItemKind kind, int priority, Instant slaDue, List<Asset> assets,
            Map<String, String> metadata) {
    }

    private final Database db;

    ItemStore(Database db) {
        this.db = db;
    }

    /** How many items the server holds, in any state. */
    long count() {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM items");
                    ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Adds an item; {@code slaDue} null means now plus the queue's SLA. */
    WorkItem add(NewItem item, Instant now) {
        return db.write(c -> {
            Duration sla = queueSla(c, item.queue()).orElseThrow(() -> new IllegalArgumentException(
                    "There is no queue '" + item.queue() + "'. Create it with ensureQueue before adding items to it."));
            for (Asset asset : item.assets()) {
                requireStoredMedia(c, asset);
            }
            Instant due = item.slaDue() != null ? item.slaDue() : now.plus(sla);
            WorkItem created = new WorkItem("it-" + UUID.randomUUID(), item.queue(), item.kind(), item.priority(),
                    Instant.ofEpochMilli(due.toEpochMilli()), ItemState.QUEUED, now, item.assets(), item.metadata());
            insert(c, created);
            AuditLog.append(c, now, AuditLog.SERVER, created.id(), AuditLog.CREATED, null, ItemState.QUEUED,
                    Map.of("queue", created.queue(), "priority", created.priority(), "slaDue", created.slaDue()));
            return created;
        });
    }

    /** The queue's SLA; empty when there is no such queue. */
    static Optional<Duration> queueSla(Connection c, String queue) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT sla_seconds FROM queues WHERE name = ?")) {
            query.setString(1, queue);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(Duration.ofSeconds(rs.getLong(1))) : Optional.empty();
            }
        }
    }

    private static void requireStoredMedia(Connection c, Asset asset) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM media WHERE sha256 = ?")) {
            query.setString(1, asset.sha256());
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("The media '" + asset.fileName() + "' (" + asset.sha256()
                            + ") is not stored on this server. Store it with storeMedia before adding the item.");
                }
            }
        }
    }

    private static void insert(Connection c, WorkItem item) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO items (id, queue, kind, priority, sla_due,"
                + " state, created_at, metadata, fencing_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setString(1, item.id());
            insert.setString(2, item.queue());
            insert.setString(3, item.kind().wire());
            insert.setInt(4, item.priority());
            insert.setLong(5, item.slaDue().toEpochMilli());
            insert.setString(6, item.state().wire());
            insert.setLong(7, item.createdAt().toEpochMilli());
            insert.setString(8, toJson(item.metadata()));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO item_assets (item_id, position, sha256,"
                + " media_type, file_name, size) VALUES (?, ?, ?, ?, ?, ?)")) {
            List<Asset> assets = item.assets();
            for (int position = 0; position < assets.size(); position++) {
                Asset asset = assets.get(position);
                insert.setString(1, item.id());
                insert.setInt(2, position);
                insert.setString(3, asset.sha256());
                insert.setString(4, asset.mediaType());
                insert.setString(5, asset.fileName());
                insert.setLong(6, asset.size());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    Optional<WorkItem> get(String id, Instant now) {
        return db.read(c -> byId(c, id, now));
    }

    /** The item as it is inside the caller's transaction. */
    static Optional<WorkItem> byId(Connection c, String id, Instant now) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM items i WHERE i.id = ?")) {
            query.setString(1, id);
            return read(c, query, now).stream().findFirst();
        }
    }

    /** Whether a reviewer or QA named {@code user} may see the item; supervisors and admins see every item. */
    boolean visibleTo(String id, String user, Instant now) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT 1 FROM items i WHERE i.id = ? AND " + VISIBLE_TO)) {
                query.setString(1, id);
                query.setLong(2, now.toEpochMilli());
                query.setString(3, user);
                query.setString(4, user);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Up to {@code limit} items of a queue in a state, in lease order.
     *
     * @param viewer who asks; a reviewer or QA sees only the items {@link #visibleTo} them
     */
    List<WorkItem> list(String queue, ItemState state, int limit, Identity viewer, Instant now) {
        String condition = switch (state) {
            case QUEUED -> WAITING;
            case LEASED -> "(i.state = 'leased' AND i.lease_expires > ?)";
            case DECIDED, ESCALATED -> "i.state = ?";
        };
        boolean everything = viewer.role().seesEverything();
        String sql = "SELECT " + COLUMNS + " FROM items i WHERE i.queue = ? AND " + condition
                + (everything ? "" : " AND " + VISIBLE_TO) + " ORDER BY " + leaseOrder("i") + " LIMIT ?";
        long millis = now.toEpochMilli();
        return db.read(c -> {
            Optional<Duration> sla = queueSla(c, queue);
            if (sla.isEmpty()) {
                return List.<WorkItem>of();
            }
            try (PreparedStatement query = c.prepareStatement(sql)) {
                int next = 1;
                query.setString(next++, queue);
                if (state == ItemState.QUEUED || state == ItemState.LEASED) {
                    query.setLong(next++, millis);
                } else {
                    query.setString(next++, state.wire());
                }
                if (!everything) {
                    query.setLong(next++, millis);
                    query.setString(next++, viewer.name());
                    query.setString(next++, viewer.name());
                }
                query.setLong(next++, now.plus(SlaRisk.margin(sla.get())).toEpochMilli());
                query.setInt(next, limit);
                return read(c, query, now);
            }
        });
    }

    private static List<WorkItem> read(Connection c, PreparedStatement query, Instant now) throws SQLException {
        List<WorkItem> items = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                items.add(row(rs, now));
            }
        }
        Map<String, List<Asset>> assets = assetsOf(c, items);
        List<WorkItem> withAssets = new ArrayList<>(items.size());
        for (WorkItem item : items) {
            withAssets.add(new WorkItem(item.id(), item.queue(), item.kind(), item.priority(), item.slaDue(),
                    item.state(), item.createdAt(), assets.getOrDefault(item.id(), List.of()), item.metadata()));
        }
        return withAssets;
    }

    private static WorkItem row(ResultSet rs, Instant now) throws SQLException {
        ItemState state = ItemState.fromWire(rs.getString("state"));
        long leaseExpires = rs.getLong("lease_expires");
        if (state == ItemState.LEASED && leaseExpires <= now.toEpochMilli()) {
            state = ItemState.QUEUED;
        }
        return new WorkItem(rs.getString("id"), rs.getString("queue"), ItemKind.fromWire(rs.getString("kind")),
                rs.getInt("priority"), Instant.ofEpochMilli(rs.getLong("sla_due")), state,
                Instant.ofEpochMilli(rs.getLong("created_at")), List.of(), fromJson(rs.getString("metadata")));
    }

    /** The assets of many items in one query rather than one per item. */
    private static Map<String, List<Asset>> assetsOf(Connection c, List<WorkItem> items) throws SQLException {
        if (items.isEmpty()) {
            return Map.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(items.size(), "?"));
        Map<String, List<Asset>> assets = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT item_id, sha256, media_type, file_name, size"
                + " FROM item_assets WHERE item_id IN (" + placeholders + ") ORDER BY item_id, position")) {
            for (int i = 0; i < items.size(); i++) {
                query.setString(i + 1, items.get(i).id());
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    assets.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new Asset(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                }
            }
        }
        return assets;
    }

    private static String toJson(Map<String, String> metadata) {
        try {
            return Json.mapper().writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serializes", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return Json.mapper().readValue(json, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored metadata is not JSON: the database was edited by hand", e);
        }
    }
}
