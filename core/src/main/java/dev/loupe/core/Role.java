package dev.loupe.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a user may do. Reviewers and QA decide items; supervisors also see everything and resolve escalations; admins also manage users and queues. */
public enum Role {
    REVIEWER("reviewer"),
    QA("qa"),
    SUPERVISOR("supervisor"),
    ADMIN("admin");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Supervisors and admins see every item and decision, not only their own. */
    public boolean seesEverything() {
        return this == SUPERVISOR || this == ADMIN;
    }

    public static Role fromWire(String value) {
        return WireNames.parse(Role.class, value, Role::wire);
    }
}
