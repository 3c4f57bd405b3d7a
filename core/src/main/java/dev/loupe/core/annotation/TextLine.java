package dev.loupe.core.annotation;

import java.util.Objects;

/**
 * A line of text: words that share a baseline, read left to right.
 *
 * @param page       zero-based page index
 * @param text       its words joined by single spaces
 * @param box        the union of its words' boxes
 * @param confidence the lowest confidence of its words
 * @param firstWord  the index, in the annotation's word list, of its first word
 * @param wordCount  how many words follow from there, all on this line
 */
public record TextLine(int page, String text, Box box, double confidence, int firstWord, int wordCount) {
    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        Confidence.check(confidence);
        if (page < 0 || firstWord < 0 || wordCount < 1) {
            throw new IllegalArgumentException("A line needs a page, a first word and at least one word, got page "
                    + page + ", first word " + firstWord + ", " + wordCount + " words.");
        }
    }
}
