package dev.loupe.server;

import dev.loupe.core.Identity;

/** Turns an {@code Authorization: Bearer} header into the caller's identity. Tokens are hashed, never logged. */
final class TokenAuth {
    private static final String SCHEME = "bearer ";

    private final Users users;

    TokenAuth(Users users) {
        this.users = users;
    }

    Identity authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiException(401, "unauthorized", "This request needs a bearer token: send the header"
                    + " 'Authorization: Bearer <token>'. The admin token is in admin.token in the server's data folder.");
        }
        if (authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new ApiException(401, "unauthorized", "The Authorization header must be 'Bearer <token>'."
                    + " Send the token with the Bearer scheme.");
        }
        String token = authorization.substring(SCHEME.length()).strip();
        return users.byTokenHash(Users.hash(token)).orElseThrow(() -> new ApiException(401, "unauthorized",
                "The bearer token was not accepted. Check that it was copied whole, or ask an administrator for a new one."));
    }
}
