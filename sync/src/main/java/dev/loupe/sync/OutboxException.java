package dev.loupe.sync;

/**
 * The outbox file cannot be opened or written. The message says what is wrong with the file and what to do, because
 * a reviewer's unsent decisions are in it.
 */
public class OutboxException extends RuntimeException {
    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutboxException(String message) {
        super(message);
    }
}
