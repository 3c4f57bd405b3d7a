package dev.loupe.inference.normalize;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The printed form of one kind of identifier, such as a claim number {@code CLM-####-######}: {@code #} is a digit,
 * {@code @} a letter, {@code *} either; a space, {@code -}, {@code /} or {@code .} is a separator; any other
 * character is printed as it is. Knowing where digits go lets OCR's letters for digits be put right there, and
 * only there, and lets separators that OCR dropped or doubled be printed as the form has them.
 *
 * @param template the form, e.g. {@code HX #### ####}
 * @param check    the identifier's check digit rule; null when it has none
 */
public record IdentifierShape(String template, CheckDigit check) {
    private static final String SEPARATORS = " -/.";

    public IdentifierShape {
        Objects.requireNonNull(template, "template");
        if (template.chars().noneMatch(c -> c == '#' || c == '@' || c == '*')) {
            throw new IllegalArgumentException("An identifier's form needs at least one # (digit), @ (letter) or * "
                    + "(either), got '" + template + "'.");
        }
    }

    public static IdentifierShape of(String template) {
        return new IdentifierShape(template, null);
    }

    public IdentifierShape withCheck(CheckDigit check) {
        return new IdentifierShape(template, check);
    }

    public Optional<CheckDigit> checkDigit() {
        return Optional.ofNullable(check);
    }

    /**
     * The identifier printed in this form, with OCR's confusions put right where the form says a digit or a letter
     * goes; empty when its letters and digits do not fit the form.
     */
    public Optional<String> fit(String identifier) {
        String read = identifier.toUpperCase(Locale.ROOT);
        StringBuilder characters = new StringBuilder();
        for (char c : read.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                characters.append(c);
            } else if (SEPARATORS.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char slot : template.toCharArray()) {
            if (SEPARATORS.indexOf(slot) >= 0) {
                out.append(slot);
                continue;
            }
            if (next >= characters.length()) {
                return Optional.empty();
            }
            char c = characters.charAt(next++);
            char fitted = fitSlot(slot, c);
            if (fitted == 0) {
                return Optional.empty();
            }
            out.append(fitted);
        }
        return next == characters.length() ? Optional.of(out.toString()) : Optional.empty();
    }

    /** The character for one slot of the form, or 0 when it cannot go there. */
    private static char fitSlot(char slot, char c) {
        char asDigit = OcrConfusions.upperToDigit(c);
        char asLetter = OcrConfusions.toLetter(c);
        return switch (slot) {
            case '#' -> OcrConfusions.isDigit(asDigit) ? asDigit : 0;
            case '@' -> Character.isLetter(asLetter) ? asLetter : 0;
            case '*' -> c;
            default -> {
                char literal = Character.toUpperCase(slot);
                yield c == literal || asDigit == literal || asLetter == literal ? literal : 0;
            }
        };
    }
}
