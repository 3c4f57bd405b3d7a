package dev.loupe.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision the server refused because its lease was no longer current, kept for a supervisor.
 *
 * @param id         server-assigned id
 * @param itemId     the item the decision was about
 * @param reviewer   the user whose token sent it
 * @param recordedAt when the server refused it
 * @param reason     why the lease was not current: {@code lease-expired}, {@code lease-replaced},
 *                   {@code fencing-token-mismatch}, {@code other-owner}, or {@code item-STATE} (e.g. item-decided)
 * @param decision   what the reviewer sent, as sent
 */
public record Conflict(String id, String itemId, String reviewer, Instant recordedAt, String reason,
        Decision decision) {
    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decision, "decision");
    }
}
