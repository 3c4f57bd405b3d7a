package dev.loupe.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision as the server stored it.
 *
 * @param id          server-assigned id
 * @param itemId      the decided item
 * @param reviewer    the user whose token sent it
 * @param recordedAt  when the server stored it
 * @param decision    what the reviewer sent
 */
public record RecordedDecision(String id, String itemId, String reviewer, Instant recordedAt, Decision decision) {
    public RecordedDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(decision, "decision");
    }
}
