package dev.loupe.server;

import dev.loupe.core.Heartbeat;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.LeaseRelease;
import dev.loupe.core.ReleaseReason;
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

    /** The next item for {@code user}; the lease order of {@link ItemStore} comes after two rules of the user's own. */
    private static final String NEXT = "SELECT i.id, i.state, i.lease_id, i.lease_owner, i.lease_expires,"
            + " i.fencing_token" + ItemStore.WITH_QUEUE
            + " WHERE i.queue = ? AND " + ItemStore.WAITING + " AND (i.assigned_to IS NULL OR i.assigned_to = ?)"
            // An item a supervisor reassigned to this user comes first; one this user skipped, last.
            + " ORDER BY CASE WHEN i.assigned_to = ? THEN 0 ELSE 1 END,"
            + " CASE WHEN EXISTS (SELECT 1 FROM skips s WHERE s.item_id = i.id AND s.user_name = ?) THEN 1 ELSE 0 END,"
            + " " + ItemStore.LEASE_ORDER + " LIMIT 1";

    private final Database db;

    LeaseKeeper(Database db) {
        this.db = db;
    }

    /** Leases the next waiting item of a queue to {@code user}; empty when nothing waits for them. */
    Optional<Lease> lease(String queue, String user, Instant now, Duration ttl) {
        Instant expires = Instant.ofEpochMilli(now.plus(ttl).toEpochMilli());
        String leaseId = "ls-" + UUID.randomUUID();
        return db.write(c -> {
            Optional<NextItem> found = next(c, queue, user, now);
            if (found.isEmpty()) {
                return Optional.<Lease>empty();
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
            return Optional.of(new Lease(leaseId, fencingToken, expires, ItemStore.byId(c, next.id(), now).get()));
        });
    }

    private record NextItem(String id, HeldLease lease) {
    }

    private static Optional<NextItem> next(Connection c, String queue, String user, Instant now) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(NEXT)) {
            long millis = now.toEpochMilli();
            query.setString(1, queue);
            query.setLong(2, millis);
            query.setString(3, user);
            query.setString(4, user);
            query.setString(5, user);
            query.setLong(6, millis);
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
