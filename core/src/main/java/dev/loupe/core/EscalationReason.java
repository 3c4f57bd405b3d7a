package dev.loupe.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a reviewer hands an item to a supervisor. The wire name is the reason code stored with the decision. */
public enum EscalationReason {
    SUSPECTED_FRAUD("suspected-fraud", "Suspected fraud"),
    POLICY_QUESTION("policy-question", "Policy question"),
    UNREADABLE("unreadable", "Unreadable"),
    MISSING_PAGES("missing-pages", "Missing pages"),
    OTHER("other", "Other");

    private final String wire;
    private final String label;

    EscalationReason(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** The words a reviewer sees. */
    public String label() {
        return label;
    }

    public static EscalationReason fromWire(String value) {
        return WireNames.parse(EscalationReason.class, value, EscalationReason::wire);
    }
}
