package dev.loupe.server;

import dev.loupe.core.IssuedToken;
import dev.loupe.core.NewUser;
import java.io.IOException;

/** {@code /users}: administrators adding users, issuing their tokens, and listing who may call the API. */
final class UserResource {
    private final Users users;

    UserResource(Users users) {
        this.users = users;
    }

    void create(Call call) throws IOException {
        NewUser user = call.readJson(NewUser.class);
        String token;
        try {
            token = users.issueToken(user.name(), user.role());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-user", e.getMessage());
        }
        call.json(201, new IssuedToken(user.name(), user.role(), token));
    }

    void list(Call call) throws IOException {
        call.json(200, users.list());
    }
}
