package dev.loupe.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an item is in its life: waiting, held by a reviewer, decided, or waiting for a supervisor. */
public enum ItemState {
    QUEUED("queued"),
    LEASED("leased"),
    DECIDED("decided"),
    ESCALATED("escalated");

    private final String wire;

    ItemState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static ItemState fromWire(String value) {
        return WireNames.parse(ItemState.class, value, ItemState::wire);
    }
}
