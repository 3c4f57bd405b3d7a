package dev.loupe.inference.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises references (claim, policy and invoice numbers) the way the truth keeps them: as printed, in upper
 * case, with each run of spaces made one, no space beside a dash or slash, underscores (the line a value is written
 * on) read as spaces, and the punctuation a sentence, label or underline leaves at either end taken off
 * ({@code #}, {@code :}, a full stop, a dash). {@code HX 1234 5678}, {@code CLM-2024-001234} and {@code CL/23/004567} keep
 * their spaces, dashes and slashes. OCR's letters for digits are only put right against a known
 * {@link IdentifierShape}, since without one nothing says whether {@code O} is a letter or a zero.
 */
public final class Identifiers {
    private static final Pattern EDGES = Pattern.compile("^[\\s#:;,.*\"'“”‘’()\\[\\]_—–-]+|[\\s#:;,.*\"'“”‘’()\\[\\]_—–-]+$");
    /** The line a value is written on, read as underscores where it touches the letters. */
    private static final Pattern UNDERLINE = Pattern.compile("_+");
    /** No reference prints a space beside its dash or slash; OCR puts one there when the glyphs sit apart. */
    private static final Pattern SPACED_JOINER = Pattern.compile("\\s*([-/])\\s*");

    private Identifiers() {
    }

    public static String normalise(String raw) {
        String trimmed = EDGES.matcher(UNDERLINE.matcher(PrintedText.fold(raw)).replaceAll(" ")).replaceAll("");
        return SPACED_JOINER.matcher(trimmed).replaceAll("$1").toUpperCase(Locale.ROOT);
    }

    /** As {@link #normalise(String)}, then printed in the first of the shapes it fits. */
    public static String normalise(String raw, List<IdentifierShape> shapes) {
        String identifier = normalise(raw);
        return fit(identifier, shapes).orElse(identifier);
    }

    /** The first of the shapes a normalised identifier fits, printed in that shape, with that shape. */
    static Optional<String> fit(String identifier, List<IdentifierShape> shapes) {
        for (IdentifierShape shape : shapes) {
            Optional<String> fitted = shape.fit(identifier);
            if (fitted.isPresent()) {
                return fitted;
            }
        }
        return Optional.empty();
    }
}
