package dev.loupe.core;

import java.util.Objects;

/**
 * What one reviewer decided in the last 24 hours, for a supervisor.
 *
 * @param name                the reviewer's user name
 * @param decided             decisions recorded, of every outcome
 * @param corrected           of those, decisions with the outcome {@code corrected}
 * @param correctionRate      {@code corrected / decided}, from 0 to 1
 * @param handleTimeMedianMs  median time spent per decision
 */
public record ReviewerStats(String name, int decided, int corrected, double correctionRate, long handleTimeMedianMs) {
    public ReviewerStats {
        Objects.requireNonNull(name, "name");
        if (decided < 1 || corrected < 0 || corrected > decided) {
            throw new IllegalArgumentException("A reviewer's figures need at least one decision and no more"
                    + " corrections than decisions, got " + corrected + " of " + decided + ".");
        }
    }
}
