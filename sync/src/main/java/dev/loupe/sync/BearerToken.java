package dev.loupe.sync;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the reviewer's bearer token to every request, so no call site handles the secret. */
final class BearerToken implements Interceptor {
    private final String header;

    BearerToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("The token is empty. Pass the token the server printed, or set LOUPE_TOKEN.");
        }
        this.header = "Bearer " + token.strip();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
    }

    @Override
    public String toString() {
        return "BearerToken[hidden]";
    }
}
