package dev.loupe.core.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a field stands before a reviewer looks at it. */
public enum FieldCheck {
    /** Read, normalised and confident. */
    VALID,
    /** Read and normalised, but the models are unsure of it: a reviewer should look. */
    LOW_CONFIDENCE,
    /** Read, but the value fails its check (a date that does not exist, a check digit that does not match). */
    INVALID,
    /** The document's type should have this field, and none was found. */
    MISSING;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static FieldCheck fromWire(String value) {
        for (FieldCheck check : values()) {
            if (check.wire().equals(value)) {
                return check;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a field check; use valid, low-confidence, invalid "
                + "or missing.");
    }
}
