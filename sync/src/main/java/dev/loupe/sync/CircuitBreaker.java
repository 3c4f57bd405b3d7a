package dev.loupe.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a server that keeps failing, so threads the reviewer waits on fail at once instead of each waiting
 * out a timeout. After a cool-down, which doubles while the server stays away, one trial call finds out whether it
 * is back.
 */
final class CircuitBreaker implements ServerConnection {
    static final int FAILURES_TO_OPEN = 3;
    static final Duration FIRST_COOL_DOWN = Duration.ofSeconds(1);
    // Short enough that a workstation notices a server back within seconds; each trial is one cheap call.
    static final Duration LONGEST_COOL_DOWN = Duration.ofSeconds(8);

    private final Clock clock;
    private int failuresInARow;
    private Duration coolDown = FIRST_COOL_DOWN;
    /** When a trial call may go through; null while closed. */
    private Instant retryAt;
    private boolean trialUnderway;

    CircuitBreaker(Clock clock) {
        this.clock = clock;
    }

    /** Whether a call may go through now; when half-open, only the one trial call may. */
    synchronized boolean tryAdmit() {
        if (retryAt == null) {
            return true;
        }
        if (trialUnderway || clock.instant().isBefore(retryAt)) {
            return false;
        }
        trialUnderway = true;
        return true;
    }

    /** The server answered, even if only to refuse the request. */
    synchronized void succeeded() {
        failuresInARow = 0;
        coolDown = FIRST_COOL_DOWN;
        retryAt = null;
        trialUnderway = false;
    }

    /** No answer came in time, the connection broke, or the server failed (5xx). */
    synchronized void failed() {
        failuresInARow++;
        if (trialUnderway) {
            trialUnderway = false;
            coolDown = min(coolDown.multipliedBy(2), LONGEST_COOL_DOWN);
            retryAt = clock.instant().plus(coolDown);
        } else if (retryAt == null && failuresInARow >= FAILURES_TO_OPEN) {
            retryAt = clock.instant().plus(coolDown);
        }
    }

    @Override
    public synchronized State state() {
        if (retryAt == null) {
            return State.CLOSED;
        }
        return trialUnderway || !clock.instant().isBefore(retryAt) ? State.HALF_OPEN : State.OPEN;
    }

    @Override
    public synchronized Duration retryIn() {
        return state() == State.OPEN ? Duration.between(clock.instant(), retryAt) : Duration.ZERO;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
