package dev.loupe.server;

import dev.loupe.core.ApiError;
import dev.loupe.core.Heartbeat;
import dev.loupe.core.LeaseRelease;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code /items/{id}/lease/heartbeat} and {@code /items/{id}/release}: the leaseholder keeping or giving back a
 * lease.
 */
final class LeaseResource {
    private final LeaseKeeper leases;
    private final Clock clock;
    private final Duration leaseTtl;

    LeaseResource(LeaseKeeper leases, Clock clock, Duration leaseTtl) {
        this.leases = leases;
        this.clock = clock;
        this.leaseTtl = leaseTtl;
    }

    void heartbeat(Call call) throws IOException {
        String itemId = Identifiers.itemId(call.pathParam("id"));
        Heartbeat heartbeat = call.readJson(Heartbeat.class);
        answer(call, itemId, leases.renew(itemId, call.identity().name(), heartbeat, now(), leaseTtl));
    }

    void release(Call call) throws IOException {
        String itemId = Identifiers.itemId(call.pathParam("id"));
        LeaseRelease release = call.readJson(LeaseRelease.class);
        answer(call, itemId, leases.release(itemId, call.identity().name(), release, now()));
    }

    private static void answer(Call call, String itemId, LeaseKeeper.Result<?> result) throws IOException {
        if (result instanceof LeaseKeeper.Done<?> done) {
            call.json(200, done.value());
        } else if (result instanceof LeaseKeeper.Stale<?>) {
            call.json(409, new ApiError("lease-stale", "Your lease on item " + itemId + " is no longer current: it"
                    + " expired, was given back, or the item was leased again or decided. Stop working on it and"
                    + " lease the next item."));
        } else {
            throw ItemResource.notFound(itemId);
        }
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }
}
