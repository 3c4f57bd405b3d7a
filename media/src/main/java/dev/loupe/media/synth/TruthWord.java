package dev.loupe.media.synth;

/**
 * One printed word and where it lies, as fractions of its page measured from the top-left corner.
 *
 * @param field the truth field whose printed value this word is part of, such as {@code total}; null for labels,
 *              decoys and every other word
 */
public record TruthWord(String text, double x, double y, double width, double height, String field) {
}
