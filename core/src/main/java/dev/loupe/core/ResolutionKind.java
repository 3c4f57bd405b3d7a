package dev.loupe.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a supervisor settles an escalated item. */
public enum ResolutionKind {
    /** The supervisor approves it; the item is decided. */
    APPROVE("approve"),
    /** The item waits in a queue again for any reviewer, its history kept. */
    SEND_BACK("send-back"),
    /** The item waits in a queue again, but only the named reviewer may lease it. */
    REASSIGN("reassign");

    private final String wire;

    ResolutionKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static ResolutionKind fromWire(String value) {
        return WireNames.parse(ResolutionKind.class, value, ResolutionKind::wire);
    }
}
