package dev.loupe.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a reviewer gives a lease back undecided. */
public enum ReleaseReason {
    /** The reviewer stops working (end of shift, closing the workstation). */
    RELEASED("released"),
    /** The reviewer passes this item by; it goes to the back of their own line. */
    SKIPPED("skipped");

    private final String wire;

    ReleaseReason(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static ReleaseReason fromWire(String value) {
        return WireNames.parse(ReleaseReason.class, value, ReleaseReason::wire);
    }
}
