package dev.loupe.server;

import dev.loupe.core.ItemState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * An item's lease as stored, and whether a caller's claim to it is still good. Decisions, heartbeats and releases
 * all count only under the current lease, and all name a lost one the same way.
 */
record HeldLease(ItemState storedState, String leaseId, String owner, long expires, long fencingToken) {

    /** The lease row of an item, read inside the caller's transaction; empty when there is no such item. */
    static Optional<HeldLease> of(Connection c, String itemId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT state, lease_id, lease_owner, lease_expires, fencing_token FROM items WHERE id = ?")) {
            query.setString(1, itemId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next()
                        ? Optional.of(new HeldLease(ItemState.fromWire(rs.getString(1)), rs.getString(2),
                                rs.getString(3), rs.getLong(4), rs.getLong(5)))
                        : Optional.empty();
            }
        }
    }

    /** The state every reader sees: a lease that has run out leaves its item waiting. */
    ItemState state(Instant now) {
        return storedState == ItemState.LEASED && expires <= now.toEpochMilli() ? ItemState.QUEUED : storedState;
    }

    /** Why a claim to this lease is no longer current, or empty when it is. */
    Optional<String> staleReason(String claimedLeaseId, long claimedFencingToken, String caller, Instant now) {
        if (storedState != ItemState.LEASED) {
            return Optional.of("item-" + storedState.wire());
        }
        if (!leaseId.equals(claimedLeaseId)) {
            return Optional.of("lease-replaced");
        }
        if (fencingToken != claimedFencingToken) {
            return Optional.of("fencing-token-mismatch");
        }
        if (!owner.equals(caller)) {
            return Optional.of("other-owner");
        }
        if (expires <= now.toEpochMilli()) {
            return Optional.of("lease-expired");
        }
        return Optional.empty();
    }
}
