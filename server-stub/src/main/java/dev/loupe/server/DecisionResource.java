package dev.loupe.server;

import dev.loupe.core.ApiError;
import dev.loupe.core.Decision;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** {@code /items/{id}/decisions}: recording a reviewer's decision, and reading an item's decisions. */
final class DecisionResource {
    private final ItemStore items;
    private final DecisionStore decisions;
    private final Clock clock;

    DecisionResource(ItemStore items, DecisionStore decisions, Clock clock) {
        this.items = items;
        this.decisions = decisions;
        this.clock = clock;
    }

    void record(Call call) throws IOException {
        String itemId = Identifiers.itemId(call.pathParam("id"));
        String key = Identifiers.idempotencyKey(call.header("Idempotency-Key").orElse(null));
        Decision decision = call.readJson(Decision.class);
        DecisionStore.Result result = decisions.record(
                itemId, call.identity().name(), key, decision, Instant.ofEpochMilli(clock.millis()));
        if (result instanceof DecisionStore.Recorded recorded) {
            call.json(201, recorded.decision());
        } else if (result instanceof DecisionStore.Stale stale) {
            call.json(409, new ApiError("lease-stale", "Your lease on item " + stale.itemId() + " was lost: it expired"
                    + " or the item was leased again, so this decision was not applied. It was kept for a supervisor"
                    + " to review; lease the next item to go on."));
        } else if (result instanceof DecisionStore.KeyReused) {
            call.json(422, new ApiError("idempotency-key-reused", "This Idempotency-Key was already used for a"
                    + " different decision. Send each new decision with a new key."));
        } else {
            throw ItemResource.notFound(itemId);
        }
    }

    void list(Call call) throws IOException {
        String itemId = ItemResource.existing(items, call, Instant.ofEpochMilli(clock.millis())).id();
        call.json(200, decisions.list(itemId));
    }
}
