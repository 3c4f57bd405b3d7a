package dev.loupe.core.port;

import java.util.Locale;
import java.util.Objects;

/** A file could not be opened or rendered. The message says what is wrong with it and what to do. */
public class UnreadableMediaException extends RuntimeException {
    /** Why, as a program can tell it apart; the message says it to a person. */
    public enum Reason {
        /** Missing, damaged, incomplete, or not a document Loupe reads. */
        UNREADABLE,
        /** Protected by a password. */
        ENCRYPTED,
        /** Zero bytes, or a document with no pages. */
        EMPTY,
        /** More pixels than Loupe decodes or renders. */
        TOO_LARGE;

        /** A stable word for programs, e.g. {@code too-large}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public UnreadableMediaException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public UnreadableMediaException(Reason reason, String message) {
        this(reason, message, null);
    }

    public UnreadableMediaException(String message, Throwable cause) {
        this(Reason.UNREADABLE, message, cause);
    }

    public UnreadableMediaException(String message) {
        this(Reason.UNREADABLE, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
