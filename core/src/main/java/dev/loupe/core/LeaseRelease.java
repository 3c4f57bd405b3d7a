package dev.loupe.core;

import java.util.Objects;

/**
 * Gives a lease back so that its item waits in the queue again.
 *
 * @param leaseId      the lease being given back
 * @param fencingToken the lease's fencing token
 * @param reason       released or skipped; released when left out
 */
public record LeaseRelease(String leaseId, long fencingToken, ReleaseReason reason) {
    public LeaseRelease {
        Objects.requireNonNull(leaseId, "leaseId");
        reason = reason == null ? ReleaseReason.RELEASED : reason;
    }

    public static LeaseRelease of(Lease lease, ReleaseReason reason) {
        return new LeaseRelease(lease.leaseId(), lease.fencingToken(), reason);
    }
}
