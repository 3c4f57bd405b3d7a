package dev.loupe.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A queue and how much work is in it.
 *
 * @param name          queue name, e.g. {@code claims}
 * @param queued        items waiting for a reviewer
 * @param leased        items held by a reviewer now
 * @param decided       items decided
 * @param escalated     items waiting for a supervisor
 * @param oldestQueued  when the oldest waiting item entered the queue; null when none waits
 * @param nextSlaDue    the earliest SLA due time among waiting and leased items; null when none
 */
public record QueueSummary(
        String name, int queued, int leased, int decided, int escalated, Instant oldestQueued, Instant nextSlaDue) {
    public QueueSummary {
        Objects.requireNonNull(name, "name");
    }
}
