package dev.loupe.core.annotation;

import java.util.List;
import java.util.Objects;

/**
 * Words that hold personal data, so that logs and exports can mask them. The text itself is not repeated here.
 *
 * @param kind  what sort of personal data
 * @param page  zero-based page
 * @param box   where the words are
 * @param words indexes, in the annotation's word list, of the words
 * @param model what marked them
 */
public record PiiSpan(PiiKind kind, int page, Box box, List<Integer> words, ModelRef model) {
    public PiiSpan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(model, "model");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A span of personal data needs at least one word.");
        }
    }
}
