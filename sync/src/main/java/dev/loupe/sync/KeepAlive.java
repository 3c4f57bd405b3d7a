package dev.loupe.sync;

import dev.loupe.core.Lease;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Heartbeats for every lease the workstation holds, ready or on screen, so no item goes back to its queue while a
 * reviewer may still decide it. A lease the server no longer honours is reported once and forgotten.
 */
final class KeepAlive implements AutoCloseable {
    /** How often the leases are looked at. */
    static final Duration TICK = Duration.ofSeconds(15);
    /** A lease is renewed once no more than this much of it is left. */
    static final Duration RENEW_WHEN_LEFT = Duration.ofMinutes(2);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** What the keeper tells the desk. */
    interface Events {
        void renewed(Lease lease);

        /** The server refused the heartbeat: the lease is gone (expired, or the item was taken back). */
        void lost(Lease lease, String sentence);
    }

    private final OrchestrationClient client;
    private final Clock clock;
    private final Connectivity connectivity;
    private final Events events;
    /** By lease id: the same item may come back under a new lease while its old one is still on screen. */
    private final Map<String, Lease> held = new LinkedHashMap<>();
    private final ScheduledFuture<?> ticking;

    KeepAlive(OrchestrationClient client, ScheduledExecutorService executor, Clock clock, Connectivity connectivity,
            Events events) {
        this.client = client;
        this.clock = clock;
        this.connectivity = connectivity;
        this.events = events;
        this.ticking = executor.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    synchronized void hold(Lease lease) {
        held.put(lease.leaseId(), lease);
    }

    /** Stops renewing the lease; returns it as last renewed, or as given when it was not held. */
    synchronized Lease forget(Lease lease) {
        Lease latest = held.remove(lease.leaseId());
        return latest == null ? lease : latest;
    }

    synchronized int count() {
        return held.size();
    }

    /** Renews every lease close to its end; runs on the executor. */
    void tick() {
        Instant now = clock.instant();
        List<Lease> due = new ArrayList<>();
        List<Lease> expired = new ArrayList<>();
        synchronized (this) {
            for (Lease lease : held.values()) {
                if (!lease.expiresAt().isAfter(now)) {
                    expired.add(lease);
                } else if (Duration.between(now, lease.expiresAt()).compareTo(RENEW_WHEN_LEFT) <= 0) {
                    due.add(lease);
                }
            }
            expired.forEach(lease -> held.remove(lease.leaseId()));
        }
        // Past its end a lease cannot be renewed, so there is no need to hear it from the server (which may be away).
        for (Lease lease : expired) {
            events.lost(lease, "It ran out at " + WHEN.format(lease.expiresAt()) + " while the server could not be"
                    + " reached to renew it.");
        }
        for (Lease lease : due) {
            if (!renew(lease)) {
                return;
            }
        }
    }

    /** Renews one lease; false when the server could not be reached, so the rest wait for the next tick. */
    private boolean renew(Lease lease) {
        try {
            Lease renewed = client.heartbeat(lease);
            connectivity.answered();
            synchronized (this) {
                if (!held.replace(lease.leaseId(), lease, renewed)) {
                    return true;
                }
            }
            events.renewed(renewed);
            return true;
        } catch (OrchestrationException e) {
            connectivity.failed(e);
            if (Connectivity.isUnreachable(e)) {
                return false;
            }
            if (e.kind() == OrchestrationException.Kind.CONFLICT || e.kind() == OrchestrationException.Kind.NOT_FOUND
                    || e.kind() == OrchestrationException.Kind.FORBIDDEN) {
                boolean wasHeld;
                synchronized (this) {
                    wasHeld = held.remove(lease.leaseId(), lease);
                }
                if (wasHeld) {
                    events.lost(lease, e.getMessage());
                }
            }
            return true;
        } catch (RuntimeException e) {
            connectivity.failed(e);
            return true;
        }
    }

    @Override
    public void close() {
        ticking.cancel(false);
    }
}
