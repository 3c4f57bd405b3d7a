package dev.loupe.core.annotation;

import java.util.List;
import java.util.Objects;

/**
 * One extracted field, or one the document's type should have and does not.
 *
 * @param name       which field
 * @param raw        the text as printed, words joined by spaces; empty when missing
 * @param value      normalised (ISO date, plain decimal, folded text); empty when missing or not normalisable
 * @param currency   ISO 4217 code for an amount whose document shows its currency; empty otherwise
 * @param page       zero-based page it is on; -1 when missing
 * @param box        where it is; null when missing
 * @param confidence how sure the models and checks together are, 0 to 1
 * @param words      indexes, in the annotation's word list, of the words it was read from
 * @param check      valid, low-confidence, invalid or missing
 * @param note       why it is invalid or low-confidence, as a sentence; empty when valid
 * @param model      the model that found it, or {@link ModelRef#REVIEWER} for a value a person gave
 */
public record Field(FieldName name, String raw, String value, String currency, int page, Box box, double confidence,
        List<Integer> words, FieldCheck check, String note, ModelRef model) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(model, "model");
        raw = raw == null ? "" : raw;
        value = value == null ? "" : value;
        currency = currency == null ? "" : currency;
        note = note == null ? "" : note;
        words = words == null ? List.of() : List.copyOf(words);
        Confidence.check(confidence);
        if ((box == null) != (page < 0)) {
            throw new IllegalArgumentException("A field has both a page and a box, or neither: " + name.wire());
        }
        // A reviewer may type a value the models never located; what a model finds always points at its words.
        if (check != FieldCheck.MISSING && !model.equals(ModelRef.REVIEWER) && (box == null || words.isEmpty())) {
            throw new IllegalArgumentException("A field that was found needs its page, box and words: " + name.wire());
        }
    }

    /** A field the type should have that was not found. */
    public static Field missing(FieldName name, ModelRef model) {
        return new Field(name, "", "", "", -1, null, 0, List.of(), FieldCheck.MISSING,
                "No " + name.wire().replace('_', ' ') + " was found on the document.", model);
    }
}
