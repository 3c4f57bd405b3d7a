package dev.loupe.core.annotation;

import java.util.Objects;

/**
 * Something that kept a document, or part of it, from being read: an error annotation.
 *
 * @param code    a stable word for programs, e.g. {@code encrypted}, {@code too-large}, {@code no-text}
 * @param message what is wrong and what to do, as sentences a reviewer can act on
 * @param page    the zero-based page it concerns, or -1 for the whole document
 */
public record Problem(String code, String message, int page) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem ofDocument(String code, String message) {
        return new Problem(code, message, -1);
    }
}
