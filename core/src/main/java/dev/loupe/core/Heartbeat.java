package dev.loupe.core;

import java.util.Objects;

/**
 * Keeps a lease alive while the reviewer is still working on its item.
 *
 * @param leaseId      the lease to renew
 * @param fencingToken the lease's fencing token
 */
public record Heartbeat(String leaseId, long fencingToken) {
    public Heartbeat {
        Objects.requireNonNull(leaseId, "leaseId");
    }

    public static Heartbeat of(Lease lease) {
        return new Heartbeat(lease.leaseId(), lease.fencingToken());
    }
}
