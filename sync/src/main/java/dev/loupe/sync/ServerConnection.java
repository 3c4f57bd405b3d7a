package dev.loupe.sync;

import java.time.Duration;

/**
 * Whether the Loupe server is answering, read-only, so the status bar can say so instead of each call finding out
 * on its own.
 */
public interface ServerConnection {

    /** The circuit breaker's state. */
    enum State {
        /** Calls go through. */
        CLOSED,
        /** The server failed several times in a row: calls fail at once until the cool-down ends. */
        OPEN,
        /** The cool-down ended: one trial call finds out whether the server is back. */
        HALF_OPEN
    }

    /** The breaker's state now. */
    State state();

    /** Whether calls fail at once now, without asking the server. */
    default boolean isOpen() {
        return state() == State.OPEN;
    }

    /** How long until a trial call may go through; zero unless {@link #isOpen()}. */
    Duration retryIn();
}
