package dev.loupe.ui;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.FieldName;
import java.util.List;
import java.util.Objects;

/**
 * One field as the review screen shows it at a moment: a snapshot that {@link FieldReview} replaces when the field
 * changes.
 *
 * @param name       which field
 * @param value      its value; empty when there is none
 * @param currency   the currency of an amount, when the document shows it; empty otherwise
 * @param confidence how sure the models are, 0 to 1; 1 for a value a person gave
 * @param state      where it stands
 * @param page       the zero-based page it is on; -1 when it has no place on a page
 * @param box        where it is on that page; null when it has no place
 * @param words      indexes, in the annotation's word list, of the words it was read from
 * @param note       why the models doubt it, as a sentence; empty when they do not
 * @param changed    whether a person gave it a value other than the proposed one
 */
public record FieldRow(FieldName name, String value, String currency, double confidence, FieldState state, int page,
        Box box, List<Integer> words, String note, boolean changed) {
    public FieldRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(state, "state");
        currency = currency == null ? "" : currency;
        note = note == null ? "" : note;
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** Whether a person has looked at it: confirmed it or gave it a value. */
    public boolean touched() {
        return state == FieldState.EDITED || state == FieldState.ACCEPTED;
    }
}
