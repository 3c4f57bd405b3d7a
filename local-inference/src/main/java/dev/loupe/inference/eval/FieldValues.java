package dev.loupe.inference.eval;

import java.util.Locale;

/** How a true and a proposed value are brought to one form before they are compared. */
public final class FieldValues {
    private FieldValues() {
    }

    /** Case and runs of white space folded, ends trimmed. */
    public static String comparable(String field, String value) {
        return value == null ? "" : value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
