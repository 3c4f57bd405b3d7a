package dev.loupe.core.port;

import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.Word;
import java.util.List;
import java.util.Objects;

/**
 * Normalises and checks a value a reviewer gives a field (typed, picked from the page's words, or read from a
 * region) the way the models' own readings are checked: a date becomes {@code 2024-01-12}, an amount
 * {@code 1234.50} with its currency apart, and a value that cannot be right says why. Fast and pure: the UI calls
 * it as the reviewer commits a value.
 */
@FunctionalInterface
public interface FieldValues {

    /**
     * @param field the field given the value
     * @param given the value as the reviewer gave it, never null
     * @param words the document's words, whose cues (date order, decimal mark, currency) say how to read the value
     * @return the value as kept; a blank one clears the field, so it comes back empty and valid
     */
    Checked check(FieldName field, String given, List<Word> words);

    /** Takes values as given, with spaces folded, and checks nothing: for a workstation without local models. */
    static FieldValues asGiven() {
        return (field, given, words) -> new Checked(given.strip().replaceAll("\\s+", " "), "", FieldCheck.VALID, "");
    }

    /**
     * A value as it would be kept.
     *
     * @param value    the normalised value; what was given when it could not be normalised
     * @param currency ISO 4217 code of an amount whose currency the value or the document shows; empty otherwise
     * @param check    {@link FieldCheck#VALID} or {@link FieldCheck#INVALID}
     * @param note     why it is invalid, as a sentence the reviewer can act on; empty when valid
     */
    record Checked(String value, String currency, FieldCheck check, String note) {
        public Checked {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(check, "check");
            currency = currency == null ? "" : currency;
            note = note == null ? "" : note;
            if (check != FieldCheck.VALID && check != FieldCheck.INVALID) {
                throw new IllegalArgumentException("A given value is valid or invalid, got " + check.wire() + ".");
            }
        }

        public boolean valid() {
            return check == FieldCheck.VALID;
        }
    }
}
