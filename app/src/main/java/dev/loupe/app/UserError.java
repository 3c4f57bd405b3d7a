package dev.loupe.app;

/** Something the person running loupe can fix; its message says what and how. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
