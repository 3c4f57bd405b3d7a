package dev.loupe.inference.normalize;

import dev.loupe.core.annotation.FieldCheck;
import java.util.Objects;

/**
 * Whether a normalised value passes its check.
 *
 * @param check {@link FieldCheck#VALID} or {@link FieldCheck#INVALID}
 * @param note  why it is invalid, as a sentence a reviewer can act on; empty when valid
 */
public record Verdict(FieldCheck check, String note) {
    private static final Verdict VALID = new Verdict(FieldCheck.VALID, "");

    public Verdict {
        Objects.requireNonNull(check, "check");
        note = note == null ? "" : note;
        if (check != FieldCheck.VALID && check != FieldCheck.INVALID) {
            throw new IllegalArgumentException("A check of a value is valid or invalid, got " + check.wire() + ".");
        }
        if ((check == FieldCheck.INVALID) == note.isEmpty()) {
            throw new IllegalArgumentException("An invalid value needs a note that says why, and a valid one none.");
        }
    }

    public static Verdict valid() {
        return VALID;
    }

    public static Verdict invalid(String note) {
        return new Verdict(FieldCheck.INVALID, note);
    }

    public boolean isValid() {
        return check == FieldCheck.VALID;
    }
}
