package dev.loupe.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of an item's state, as the server's append-only audit log keeps it.
 *
 * @param seq       position in the log; later changes have larger numbers
 * @param at        when the change happened
 * @param actor     the user who made it, or {@code server} for what the server did itself (creating an item,
 *                  ending an expired lease)
 * @param itemId    the item that changed
 * @param action    what happened: created, leased, lease-expired, decided, decision-refused, released, skipped,
 *                  resolved; readers should expect new actions to appear
 * @param fromState the state before; null for created
 * @param toState   the state after
 * @param details   what else is worth knowing about this change, as a JSON object
 */
public record AuditEntry(long seq, Instant at, String actor, String itemId, String action, ItemState fromState,
        ItemState toState, JsonNode details) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(toState, "toState");
        details = details == null || details.isNull() ? JsonNodeFactory.instance.objectNode() : details.deepCopy();
    }
}
