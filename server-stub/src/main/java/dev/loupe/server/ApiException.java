package dev.loupe.server;

import dev.loupe.core.ApiError;

/** A request the server refuses; the router answers it as {@link ApiError} JSON with this status. */
final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    int status() {
        return status;
    }

    ApiError body() {
        return new ApiError(code, getMessage());
    }
}
