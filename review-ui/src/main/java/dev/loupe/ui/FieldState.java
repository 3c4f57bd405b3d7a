package dev.loupe.ui;

import java.util.Locale;

/** Where a field stands on the review screen: as the models left it, or as a person left it. */
public enum FieldState {
    /** The value fails its check: look first. */
    INVALID,
    /** The type should have this field and none was found. */
    MISSING,
    /** The models are unsure of the value. */
    LOW_CONFIDENCE,
    /** Read, checked and confident. */
    VALID,
    /** A person gave the value: typed, picked from the words, or read from a region. */
    EDITED,
    /** A person confirmed the proposed value as it is. */
    ACCEPTED;

    /** How a person reads it on a tag, e.g. {@code low confidence}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
