package dev.loupe.sync;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before sending again: exponential with full jitter, so workstations that lost the server
 * together do not all come back in the same instant.
 */
final class Backoff {
    static final Duration BASE = Duration.ofMillis(250);
    static final Duration CAP = Duration.ofSeconds(30);

    private final DoubleSupplier jitter;

    /** @param jitter random numbers from 0 (inclusive) to 1 (exclusive) */
    Backoff(DoubleSupplier jitter) {
        this.jitter = jitter;
    }

    /** The longest wait after {@code failures} failures in a row (at least 1): doubles from the base up to the cap. */
    static Duration bound(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, got " + failures + ".");
        }
        int doublings = Math.min(failures - 1, 30);
        return Duration.ofMillis(Math.min(CAP.toMillis(), BASE.toMillis() << doublings));
    }

    /** A wait drawn evenly from zero up to {@link #bound}. */
    Duration delay(int failures) {
        double fraction = Math.min(Math.max(jitter.getAsDouble(), 0), 1);
        return Duration.ofMillis((long) (fraction * bound(failures).toMillis()));
    }
}
