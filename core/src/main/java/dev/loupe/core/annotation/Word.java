package dev.loupe.core.annotation;

import java.util.Objects;

/**
 * One word on a page, as OCR read it or as the PDF's text layer holds it.
 *
 * @param page       zero-based page index
 * @param text       the word as read, never blank
 * @param box        where it is on the page
 * @param confidence how sure the reader is of the text, 0 to 1 (1 for a text layer)
 * @param model      what read it
 */
public record Word(int page, String text, Box box, double confidence, ModelRef model) {
    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(model, "model");
        if (page < 0) {
            throw new IllegalArgumentException("A page index cannot be negative, got " + page + ".");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("A word needs text.");
        }
        Confidence.check(confidence);
    }
}
