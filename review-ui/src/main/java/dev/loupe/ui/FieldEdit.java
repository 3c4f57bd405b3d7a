package dev.loupe.ui;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import java.util.List;

/** One field of a {@link FieldReview}: as the models proposed it, and as the reviewer has left it so far. */
final class FieldEdit {
    final FieldName name;
    /** What the models proposed; null when they proposed nothing for it. */
    final Field proposed;
    /** Whether the reviewer added it, rather than the type listing it. */
    boolean added;
    /** Whether the document's current type lists it. */
    boolean expected;
    /** Its place in the type's order. */
    int order;
    String value;
    int page;
    Box box;
    List<Integer> words;
    /** How the reviewer gave the value; null while they have not. */
    FieldChange.Method method;
    boolean accepted;

    FieldEdit(FieldName name, Field proposed) {
        this.name = name;
        this.proposed = proposed;
        boolean found = proposed != null && proposed.check() != FieldCheck.MISSING;
        this.value = found ? shown(proposed) : "";
        this.page = found ? proposed.page() : -1;
        this.box = found ? proposed.box() : null;
        this.words = found ? proposed.words() : List.of();
    }

    void fill(String newValue, FieldChange.Method how, int newPage, Box newBox, List<Integer> newWords) {
        value = newValue;
        method = how;
        page = newBox == null ? -1 : newPage;
        box = newBox;
        words = List.copyOf(newWords);
    }

    String before() {
        return proposed == null || proposed.check() == FieldCheck.MISSING ? "" : shown(proposed);
    }

    boolean changed() {
        return method != null && !value.equals(before());
    }

    /** Those needing a look come first; fields the reviewer added come last, in the order added. */
    int rank() {
        if (added) {
            return 4;
        }
        return switch (proposed == null ? FieldCheck.MISSING : proposed.check()) {
            case INVALID -> 0;
            case MISSING -> 1;
            case LOW_CONFIDENCE -> 2;
            case VALID -> 3;
        };
    }

    FieldState state() {
        if (method != null) {
            return FieldState.EDITED;
        }
        if (accepted) {
            return FieldState.ACCEPTED;
        }
        return switch (proposed == null ? FieldCheck.MISSING : proposed.check()) {
            case INVALID -> FieldState.INVALID;
            case MISSING -> FieldState.MISSING;
            case LOW_CONFIDENCE -> FieldState.LOW_CONFIDENCE;
            case VALID -> FieldState.VALID;
        };
    }

    /** Whether the final annotation has it: a field the reviewer added only once they gave it a value. */
    boolean kept() {
        return expected || !added || method != null;
    }

    FieldRow row() {
        double confidence = method != null ? 1 : proposed == null ? 0 : proposed.confidence();
        String currency = proposed == null ? "" : proposed.currency();
        String note = method != null || proposed == null ? "" : proposed.note();
        return new FieldRow(name, value, currency, confidence, state(), page, box, words, note, changed());
    }

    FieldChange change() {
        return new FieldChange(name, before(), value, method,
                method == FieldChange.Method.TYPED ? List.of() : words);
    }

    Field finalField() {
        if (method != null) {
            return value.isEmpty() ? Field.missing(name, ModelRef.REVIEWER)
                    : new Field(name, value, value, proposed == null ? "" : proposed.currency(), page, box, 1,
                            words, FieldCheck.VALID, "", ModelRef.REVIEWER);
        }
        if (proposed == null) {
            return Field.missing(name, ModelRef.REVIEWER);
        }
        if (accepted && proposed.check() != FieldCheck.MISSING) {
            return new Field(name, proposed.raw(), proposed.value(), proposed.currency(), proposed.page(),
                    proposed.box(), proposed.confidence(), proposed.words(), FieldCheck.VALID, "",
                    proposed.model());
        }
        return proposed;
    }

    private static String shown(Field field) {
        return field.value().isEmpty() ? field.raw() : field.value();
    }
}
