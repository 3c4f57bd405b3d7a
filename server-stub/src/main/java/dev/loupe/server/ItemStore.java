package dev.loupe.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
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
 * Work items, their media, and leases on them. An item whose lease has expired is waiting again: reads show it as
 * queued and the next lease may take it, so expiry needs no timer.
 */
final class ItemStore {
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, queue, kind, priority, sla_due, state, created_at, metadata, lease_expires";
    private static final String LEASE_ORDER = " ORDER BY priority DESC, sla_due ASC, created_at ASC, id ASC";
    private static final String WAITING = "(state = 'queued' OR (state = 'leased' AND lease_expires <= ?))";

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
            Duration sla = queueSla(c, item.queue());
            for (Asset asset : item.assets()) {
                requireStoredMedia(c, asset);
            }
            Instant due = item.slaDue() != null ? item.slaDue() : now.plus(sla);
            WorkItem created = new WorkItem("it-" + UUID.randomUUID(), item.queue(), item.kind(), item.priority(),
                    Instant.ofEpochMilli(due.toEpochMilli()), ItemState.QUEUED, now, item.assets(), item.metadata());
            insert(c, created);
            return created;
        });
    }

    private static Duration queueSla(Connection c, String queue) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT sla_seconds FROM queues WHERE name = ?")) {
            query.setString(1, queue);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("There is no queue '" + queue + "'. Create it with ensureQueue"
                            + " before adding items to it.");
                }
                return Duration.ofSeconds(rs.getLong(1));
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
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM items WHERE id = ?")) {
                query.setString(1, id);
                return read(c, query, now).stream().findFirst();
            }
        });
    }

    /** Up to {@code limit} items of a queue in a state, in the order they would be leased. */
    List<WorkItem> list(String queue, ItemState state, int limit, Instant now) {
        String condition = switch (state) {
            case QUEUED -> WAITING;
            case LEASED -> "(state = 'leased' AND lease_expires > ?)";
            case DECIDED, ESCALATED -> "state = ?";
        };
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM items WHERE queue = ? AND " + condition + LEASE_ORDER + " LIMIT ?")) {
                query.setString(1, queue);
                if (state == ItemState.QUEUED || state == ItemState.LEASED) {
                    query.setLong(2, now.toEpochMilli());
                } else {
                    query.setString(2, state.wire());
                }
                query.setInt(3, limit);
                return read(c, query, now);
            }
        });
    }

    /** Leases the first waiting item of a queue to {@code owner}; empty when nothing waits. */
    Optional<Lease> lease(String queue, String owner, Instant now, Duration ttl) {
        Instant expires = Instant.ofEpochMilli(now.plus(ttl).toEpochMilli());
        String leaseId = "ls-" + UUID.randomUUID();
        return db.write(c -> {
            String id;
            long fencingToken;
            try (PreparedStatement next = c.prepareStatement(
                    "SELECT id, fencing_token FROM items WHERE queue = ? AND " + WAITING + LEASE_ORDER + " LIMIT 1")) {
                next.setString(1, queue);
                next.setLong(2, now.toEpochMilli());
                try (ResultSet rs = next.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Lease>empty();
                    }
                    id = rs.getString(1);
                    fencingToken = rs.getLong(2) + 1;
                }
            }
            try (PreparedStatement take = c.prepareStatement("UPDATE items SET state = 'leased', lease_id = ?,"
                    + " lease_owner = ?, lease_expires = ?, fencing_token = ? WHERE id = ?")) {
                take.setString(1, leaseId);
                take.setString(2, owner);
                take.setLong(3, expires.toEpochMilli());
                take.setLong(4, fencingToken);
                take.setString(5, id);
                take.executeUpdate();
            }
            try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM items WHERE id = ?")) {
                query.setString(1, id);
                return Optional.of(new Lease(leaseId, fencingToken, expires, read(c, query, now).get(0)));
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
