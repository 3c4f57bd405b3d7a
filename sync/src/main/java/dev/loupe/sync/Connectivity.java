package dev.loupe.sync;

import dev.loupe.core.port.OrchestrationException;

/**
 * Whether the server answered the last call any part of the desk made, so the status bar says "offline" as soon as
 * one call finds the server gone and "online" as soon as one gets through.
 */
final class Connectivity {
    private volatile boolean online = true;
    private final Runnable onChange;

    Connectivity(Runnable onChange) {
        this.onChange = onChange;
    }

    boolean online() {
        return online;
    }

    /** A call got an answer (any answer: a 4xx still means the server is there). */
    void answered() {
        set(true);
    }

    /** A call failed; only "no answer" failures make the desk offline. */
    void failed(RuntimeException failure) {
        if (isUnreachable(failure)) {
            set(false);
        } else {
            set(true);
        }
    }

    static boolean isUnreachable(RuntimeException failure) {
        return failure instanceof OrchestrationException e && e.kind() == OrchestrationException.Kind.UNREACHABLE;
    }

    private void set(boolean value) {
        if (online != value) {
            online = value;
            onChange.run();
        }
    }
}
