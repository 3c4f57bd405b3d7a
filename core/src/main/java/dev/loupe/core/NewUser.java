package dev.loupe.core;

import java.util.Objects;

/**
 * An administrator's request for a user and a token; an existing user gets the role and a new token.
 *
 * @param name the user's name: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit
 * @param role what the user may do
 */
public record NewUser(String name, Role role) {
    public NewUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
