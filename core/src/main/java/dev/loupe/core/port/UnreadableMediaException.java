package dev.loupe.core.port;

/** A file could not be opened or rendered. The message says what is wrong with it and what to do. */
public class UnreadableMediaException extends RuntimeException {
    public UnreadableMediaException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableMediaException(String message) {
        super(message);
    }
}
