package dev.loupe.core;

import java.util.Objects;

/**
 * Who a bearer token belongs to.
 *
 * @param name the user's name, shown on the workstation and stored with each decision
 * @param role what the user may do
 */
public record Identity(String name, Role role) {
    public Identity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
