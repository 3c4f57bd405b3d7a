package dev.loupe.server;

import dev.loupe.core.Identity;
import dev.loupe.core.WorkItem;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** {@code /items/{id}}: one item as it is now. */
final class ItemResource {
    private final ItemStore items;
    private final Clock clock;

    ItemResource(ItemStore items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    void get(Call call) throws IOException {
        call.json(200, existing(items, call, Instant.ofEpochMilli(clock.millis())));
    }

    /**
     * The item the path names, or a 404 that says so; a 403 for a reviewer or QA when another user holds or
     * decided it.
     */
    static WorkItem existing(ItemStore items, Call call, Instant now) {
        String id = Identifiers.itemId(call.pathParam("id"));
        WorkItem item = items.get(id, now).orElseThrow(() -> notFound(id));
        Identity caller = call.identity();
        if (!caller.role().seesEverything() && !items.visibleTo(id, caller.name(), now)) {
            throw new ApiException(403, "not-your-item", "Item " + id + " is leased to or was decided by someone"
                    + " else, and your role (" + caller.role().wire() + ") sees only waiting items and your own."
                    + " Lease your next item from its queue, or ask a supervisor.");
        }
        return item;
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("no-such-item", "There is no item '" + id + "'. It may belong to another server;"
                + " lease a new item from its queue.");
    }
}
