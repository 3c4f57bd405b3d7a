package dev.loupe.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The right to decide one item until {@code expiresAt}.
 *
 * @param leaseId       id of this lease
 * @param fencingToken  grows with every lease of the item; a decision carrying an older token is stale
 * @param expiresAt     when the item goes back to its queue unless the lease is renewed
 * @param item          the leased item
 */
public record Lease(String leaseId, long fencingToken, Instant expiresAt, WorkItem item) {
    public Lease {
        Objects.requireNonNull(leaseId, "leaseId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(item, "item");
    }
}
