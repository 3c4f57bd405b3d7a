package dev.loupe.ui;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldChange;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.port.FieldValues;
import java.util.List;

/** One field of a {@link FieldReview}: as the models proposed it, and as the reviewer has left it so far. */
final class FieldEdit {
    final FieldName name;
    /** The document it is on, as its annotation names it. */
    final String document;
    /** What the models proposed; null when they proposed nothing for it. */
    final Field proposed;
    /** Whether the reviewer added it, rather than the type listing it. */
    boolean added;
    /** Whether the document's current type lists it. */
    boolean expected;
    /** Its place in the type's order. */
    int order;
    /** The value as shown: normalised when the reviewer gave it. */
    String value;
    /** What the reviewer gave, as typed, picked or read, before normalising; empty while they have not. */
    String given = "";
    /** How the value the reviewer gave fared in its check; null while they have not given one. */
    FieldValues.Checked checked;
    int page;
    Box box;
    List<Integer> words;
    /** How the reviewer gave the value; null while they have not. */
    FieldChange.Method method;
    boolean accepted;

    FieldEdit(String document, FieldName name, Field proposed) {
        this.document = document;
        this.name = name;
        this.proposed = proposed;
        boolean found = proposed != null && proposed.check() != FieldCheck.MISSING;
        this.value = found ? shown(proposed) : "";
        this.page = found ? proposed.page() : -1;
        this.box = found ? proposed.box() : null;
        this.words = found ? proposed.words() : List.of();
    }

    void fill(String newGiven, FieldValues.Checked check, FieldChange.Method how, int newPage, Box newBox,
            List<Integer> newWords) {
        given = newGiven;
        checked = check;
        value = check.value();
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
            return checked.valid() ? FieldState.EDITED : FieldState.INVALID;
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
        String note = method != null ? checked.note() : proposed == null ? "" : proposed.note();
        return new FieldRow(name, value, currency(), confidence, state(), page, box, words, note, changed());
    }

    /** The currency given with the value, else the one the models read. */
    private String currency() {
        if (method != null && !checked.currency().isEmpty()) {
            return checked.currency();
        }
        return proposed == null ? "" : proposed.currency();
    }

    /** Whether the reviewer gave a value that fails its check. */
    boolean givenInvalid() {
        return method != null && !checked.valid();
    }

    FieldChange change() {
        return new FieldChange(document, name, before(), value, method,
                method == FieldChange.Method.TYPED ? List.of() : words);
    }

    Field finalField() {
        if (method != null) {
            return value.isEmpty() ? Field.missing(name, ModelRef.REVIEWER)
                    : new Field(name, given, value, currency(), page, box, 1, words, checked.check(), checked.note(),
                            ModelRef.REVIEWER);
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
