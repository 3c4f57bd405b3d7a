package dev.loupe.core;

import java.util.Objects;

/**
 * A user's new bearer token. The server keeps only its hash, so this is the one time it can be read.
 *
 * @param name  the user
 * @param role  what the user may do
 * @param token the bearer token to hand to the user
 */
public record IssuedToken(String name, Role role, String token) {
    public IssuedToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(token, "token");
    }
}
