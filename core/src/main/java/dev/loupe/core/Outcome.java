package dev.loupe.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the reviewer decided about an item. */
public enum Outcome {
    APPROVED("approved", ItemState.DECIDED),
    CORRECTED("corrected", ItemState.DECIDED),
    ESCALATED("escalated", ItemState.ESCALATED),
    REJECTED_UNREADABLE("rejected-unreadable", ItemState.DECIDED);

    private final String wire;
    private final ItemState resultingState;

    Outcome(String wire, ItemState resultingState) {
        this.wire = wire;
        this.resultingState = resultingState;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The state the item is in once this outcome is recorded. */
    public ItemState resultingState() {
        return resultingState;
    }

    public static Outcome fromWire(String value) {
        return WireNames.parse(Outcome.class, value, Outcome::wire);
    }
}
