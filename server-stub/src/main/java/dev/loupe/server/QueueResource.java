package dev.loupe.server;

import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.QueueSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@code /queues}: what is waiting, leasing the next item, and setting a queue up. */
final class QueueResource {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final QueueStore queues;
    private final ItemStore items;
    private final LeaseKeeper leases;
    private final Clock clock;
    private final Duration leaseTtl;

    QueueResource(QueueStore queues, ItemStore items, LeaseKeeper leases, Clock clock, Duration leaseTtl) {
        this.queues = queues;
        this.items = items;
        this.leases = leases;
        this.clock = clock;
        this.leaseTtl = leaseTtl;
    }

    void list(Call call) throws IOException {
        call.json(200, queues.summaries(now()));
    }

    void items(Call call) throws IOException {
        String queue = existingQueue(call);
        ItemState state = call.query("state").map(QueueResource::state).orElse(ItemState.QUEUED);
        int limit = call.query("limit").map(QueueResource::limit).orElse(DEFAULT_LIMIT);
        call.json(200, items.list(queue, state, limit, call.identity(), now()));
    }

    void lease(Call call) throws IOException {
        String queue = existingQueue(call);
        Optional<Lease> lease = leases.lease(queue, call.identity().name(), now(), leaseTtl);
        if (lease.isPresent()) {
            call.json(200, lease.get());
        } else {
            call.noContent();
        }
    }

    /** Creates the queue or sets its SLA: 201 when created, 200 when it existed. */
    void put(Call call) throws IOException {
        String queue = Identifiers.queue(call.pathParam("queue"));
        QueueSettings settings = call.readJson(QueueSettings.class);
        boolean created = queues.ensure(queue, Duration.ofMinutes(settings.slaMinutes()), now());
        call.json(created ? 201 : 200, settings);
    }

    private String existingQueue(Call call) {
        String queue = Identifiers.queue(call.pathParam("queue"));
        if (!queues.exists(queue)) {
            throw ApiException.notFound("no-such-queue",
                    "There is no queue '" + queue + "'. List the queues with GET /api/v1/queues.");
        }
        return queue;
    }

    private static ItemState state(String value) {
        try {
            return ItemState.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-parameter", "The state parameter is wrong: " + e.getMessage());
        }
    }

    static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, with the same sentence as a number out of range
        }
        throw ApiException.badRequest("invalid-parameter", "The limit parameter must be a whole number from 1 to "
                + MAX_LIMIT + "; leave it out for " + DEFAULT_LIMIT + ".");
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }
}
