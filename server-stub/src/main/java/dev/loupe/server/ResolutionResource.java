package dev.loupe.server;

import dev.loupe.core.ApiError;
import dev.loupe.core.Resolution;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** {@code /items/{id}/resolution}: a supervisor settling an escalated item. */
final class ResolutionResource {
    private final Resolutions resolutions;
    private final Clock clock;

    ResolutionResource(Resolutions resolutions, Clock clock) {
        this.resolutions = resolutions;
        this.clock = clock;
    }

    void resolve(Call call) throws IOException {
        String itemId = Identifiers.itemId(call.pathParam("id"));
        Resolution resolution = call.readJson(Resolution.class);
        Resolutions.Result result = resolutions.resolve(
                itemId, call.identity().name(), resolution, Instant.ofEpochMilli(clock.millis()));
        if (result instanceof Resolutions.Resolved resolved) {
            call.json(200, resolved.item());
        } else if (result instanceof Resolutions.NotEscalated other) {
            call.json(409, new ApiError("item-not-escalated", "Item " + itemId + " is " + other.state().wire()
                    + ", not escalated, so there is nothing to resolve. It may have been resolved already; read it"
                    + " with GET /api/v1/items/" + itemId + "."));
        } else if (result instanceof Resolutions.UnknownQueue queue) {
            call.json(422, new ApiError("unknown-queue", "There is no queue '" + Identifiers.shown(queue.queue())
                    + "' to send the item to. Name one from GET /api/v1/queues, or leave 'queue' out to keep the"
                    + " item's own."));
        } else if (result instanceof Resolutions.UnknownUser user) {
            call.json(422, new ApiError("unknown-user", "There is no user '" + Identifiers.shown(user.name())
                    + "' to reassign the item to. Check the name, or ask an administrator to add the user."));
        } else {
            throw ItemResource.notFound(itemId);
        }
    }
}
