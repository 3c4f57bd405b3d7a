package dev.loupe.server;

/** The database failed in a way the caller cannot repair; the request that met it answers 500. */
final class StorageException extends RuntimeException {
    StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
