package dev.loupe.server;

import dev.loupe.core.Heartbeat;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.LeaseRelease;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.SlaRisk;
import dev.loupe.core.WorkItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Taking, renewing and giving back leases. Each runs in one write transaction with its audit entry, so two callers
 * never take the same item and no change goes unrecorded.
 */
final class LeaseKeeper {

    /** What became of a heartbeat or release. */
    sealed interface Result<T> {
    }

    /** Done; the renewed lease or the released item. */
    record Done<T>(T value) implements Result<T> {
    }

    /** The caller's lease is no longer current; nothing changed. */
    record Stale<T>(String reason) implements Result<T> {
    }

    record UnknownItem<T>() implements Result<T> {
    }

    /** The columns each candidate carries: what a lease needs, and what the lease order sorts by. */
    private static final String CANDIDATE = "SELECT i.id, i.state, i.lease_id, i.lease_owner, i.lease_expires,"
            + " i.fencing_token, i.assigned_to, i.sla_due, i.priority, i.created_at FROM items i";
    private static final String NOT_SKIPPED = " AND NOT EXISTS (SELECT 1 FROM skips s WHERE s.item_id = i.id"
            + " AND s.user_name = ?)";

    /**
     * The next item for a user, in the lease order of {@link ItemStore#leaseOrder} after two rules of the user's
     * own: an item a supervisor reassigned to them comes first, one they skipped comes last. Sorting every waiting
     * item on each lease would cost the single writer milliseconds on a deep queue, so the candidates come from
     * small, indexed sets that between them always hold the first item: the user's assigned items, expired leases,
     * items at SLA risk, the first other item in priority order, and the items the user skipped.
     * Parameters, in order: queue, user, now (assigned); queue, now (expired); queue, cutoff (at risk);
     * queue, user (first other); user, queue (skipped); user, user, cutoff (order).
     */
    private static final String NEXT = "SELECT id, state, lease_id, lease_owner, lease_expires, fencing_token FROM ("
            + CANDIDATE + " WHERE i.queue = ? AND i.assigned_to = ?"
            + " AND (i.state = 'queued' OR (i.state = 'leased' AND i.lease_expires <= ?))"
            + " UNION ALL " + CANDIDATE + " WHERE i.queue = ? AND i.state = 'leased' AND i.lease_expires <= ?"
            + " AND i.assigned_to IS NULL"
            + " UNION ALL " + CANDIDATE + " WHERE i.queue = ? AND i.state = 'queued' AND i.sla_due <= ?"
            + " AND i.assigned_to IS NULL"
            + " UNION ALL SELECT * FROM (" + CANDIDATE + " WHERE i.queue = ? AND i.state = 'queued'"
            + " AND i.assigned_to IS NULL" + NOT_SKIPPED
            + " ORDER BY " + ItemStore.priorityOrder("i") + " LIMIT 1)"
            // CROSS JOIN makes SQLite start from the user's few skips rather than from every waiting item.
            + " UNION ALL " + CANDIDATE.replace(" FROM items i", " FROM skips s CROSS JOIN items i ON i.id = s.item_id")
            + " WHERE s.user_name = ? AND i.queue = ? AND i.state = 'queued' AND i.assigned_to IS NULL"
            + ") c ORDER BY CASE WHEN c.assigned_to = ? THEN 0 ELSE 1 END,"
            + " CASE WHEN EXISTS (SELECT 1 FROM skips s WHERE s.item_id = c.id AND s.user_name = ?) THEN 1 ELSE 0 END,"
            + " " + ItemStore.leaseOrder("c") + " LIMIT 1";

    private final Database db;

    LeaseKeeper(Database db) {
        this.db = db;
    }

    /** Leases the next waiting item of a queue to {@code user}; empty when nothing waits for them. */
    Optional<Lease> lease(String queue, String user, Instant now, Duration ttl) {
        Instant expires = Instant.ofEpochMilli(now.plus(ttl).toEpochMilli());
        String leaseId = "ls-" + UUID.randomUUID();
        Optional<Taken> taken = db.write(c -> {
            Optional<NextItem> found = next(c, queue, user, now);
            if (found.isEmpty()) {
                return Optional.<Taken>empty();
            }
            NextItem next = found.get();
            if (next.lease().storedState() == ItemState.LEASED) {
                AuditLog.append(c, now, AuditLog.SERVER, next.id(), AuditLog.LEASE_EXPIRED, ItemState.LEASED,
                        ItemState.QUEUED, Map.of("leaseId", next.lease().leaseId(), "owner", next.lease().owner(),
                                "expiredAt", Instant.ofEpochMilli(next.lease().expires())));
            }
            long fencingToken = next.lease().fencingToken() + 1;
            try (PreparedStatement take = c.prepareStatement("UPDATE items SET state = 'leased', lease_id = ?,"
                    + " lease_owner = ?, lease_expires = ?, fencing_token = ?, assigned_to = NULL WHERE id = ?")) {
                take.setString(1, leaseId);
                take.setString(2, user);
                take.setLong(3, expires.toEpochMilli());
                take.setLong(4, fencingToken);
                take.setString(5, next.id());
                take.executeUpdate();
            }
            AuditLog.append(c, now, user, next.id(), AuditLog.LEASED, ItemState.QUEUED, ItemState.LEASED,
                    Map.of("leaseId", leaseId, "fencingToken", fencingToken, "expiresAt", expires));
            return Optional.of(new Taken(next.id(), fencingToken));
        });
        // Read after the commit, off the one writer thread: the item is ours now, so nobody changes it meanwhile.
        return taken.map(t -> new Lease(leaseId, t.fencingToken(), expires,
                db.read(c -> ItemStore.byId(c, t.itemId(), now)).orElseThrow()));
    }

    private record NextItem(String id, HeldLease lease) {
    }

    private record Taken(String itemId, long fencingToken) {
    }

    private static Optional<NextItem> next(Connection c, String queue, String user, Instant now) throws SQLException {
        Optional<Duration> sla = ItemStore.queueSla(c, queue);
        if (sla.isEmpty()) {
            return Optional.empty();
        }
        long millis = now.toEpochMilli();
        long cutoff = now.plus(SlaRisk.margin(sla.get())).toEpochMilli();
        try (PreparedStatement query = c.prepareStatement(NEXT)) {
            Object[] parameters = {queue, user, millis, queue, millis, queue, cutoff, queue, user, user, queue,
                user, user, cutoff};
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                return rs.next()
                        ? Optional.of(new NextItem(rs.getString(1), new HeldLease(ItemState.fromWire(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6))))
                        : Optional.empty();
            }
        }
    }

    /** Extends the caller's current lease to now plus {@code ttl}. Not a change of state, so not audited. */
    Result<Lease> renew(String itemId, String user, Heartbeat heartbeat, Instant now, Duration ttl) {
        Instant expires = Instant.ofEpochMilli(now.plus(ttl).toEpochMilli());
        return db.write(c -> {
            Optional<HeldLease> lease = HeldLease.of(c, itemId);
            if (lease.isEmpty()) {
                return new UnknownItem<>();
            }
            Optional<String> stale = lease.get().staleReason(heartbeat.leaseId(), heartbeat.fencingToken(), user, now);
            if (stale.isPresent()) {
                return new Stale<>(stale.get());
            }
            try (PreparedStatement renew = c.prepareStatement("UPDATE items SET lease_expires = ? WHERE id = ?")) {
                renew.setLong(1, expires.toEpochMilli());
                renew.setString(2, itemId);
                renew.executeUpdate();
            }
            return new Done<>(new Lease(heartbeat.leaseId(), heartbeat.fencingToken(), expires,
                    ItemStore.byId(c, itemId, now).get()));
        });
    }

    /** Ends the caller's current lease undecided; the item waits again, at the back of the line for a skipper. */
    Result<WorkItem> release(String itemId, String user, LeaseRelease release, Instant now) {
        return db.write(c -> {
            Optional<HeldLease> lease = HeldLease.of(c, itemId);
            if (lease.isEmpty()) {
                return new UnknownItem<>();
            }
            Optional<String> stale = lease.get().staleReason(release.leaseId(), release.fencingToken(), user, now);
            if (stale.isPresent()) {
                return new Stale<>(stale.get());
            }
            try (PreparedStatement free = c.prepareStatement("UPDATE items SET state = 'queued', lease_id = NULL,"
                    + " lease_owner = NULL, lease_expires = NULL WHERE id = ?")) {
                free.setString(1, itemId);
                free.executeUpdate();
            }
            if (release.reason() == ReleaseReason.SKIPPED) {
                try (PreparedStatement skip = c.prepareStatement("INSERT INTO skips (item_id, user_name, skipped_at)"
                        + " VALUES (?, ?, ?) ON CONFLICT (item_id, user_name)"
                        + " DO UPDATE SET skipped_at = excluded.skipped_at")) {
                    skip.setString(1, itemId);
                    skip.setString(2, user);
                    skip.setLong(3, now.toEpochMilli());
                    skip.executeUpdate();
                }
            }
            AuditLog.append(c, now, user, itemId, release.reason().wire(), ItemState.LEASED, ItemState.QUEUED,
                    Map.of("leaseId", release.leaseId()));
            return new Done<>(ItemStore.byId(c, itemId, now).get());
        });
    }
}
