package dev.loupe.core.annotation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much of a document could be pre-annotated. */
public enum AnnotationStatus {
    /** Every page was read. */
    COMPLETE,
    /** Some pages were read; the problems say which were not, and why. */
    PARTIAL,
    /** Nothing usable could be read: the item goes to review marked unreadable. */
    UNREADABLE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AnnotationStatus fromWire(String value) {
        for (AnnotationStatus status : values()) {
            if (status.wire().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not an annotation status; use complete, partial or "
                + "unreadable.");
    }
}
