package dev.loupe.core;

import java.util.Objects;

/**
 * The JSON body of every 4xx and 5xx answer of the orchestration API.
 *
 * @param error   a stable machine-readable code, e.g. {@code lease-stale}
 * @param message a sentence for a person: what is wrong and what to do
 */
public record ApiError(String error, String message) {
    public ApiError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }
}
