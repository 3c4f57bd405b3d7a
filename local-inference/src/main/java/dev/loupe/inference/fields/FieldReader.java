package dev.loupe.inference.fields;

import dev.loupe.core.annotation.FieldName;

/** Turns a field's printed words into its normalised value and checks it, knowing the document it is on. */
@FunctionalInterface
public interface FieldReader {
    Reading read(FieldName field, String raw);

    /**
     * @param value    the normalised value; empty when the words could not be read as this field
     * @param currency ISO 4217 code of an amount whose currency the document shows; empty otherwise
     * @param valid    whether the value passes its checks
     * @param doubtful whether the reading rests on a guess (a date that reads both day-first and month-first)
     *                 that a reviewer should confirm
     * @param note     why it does not, or what was assumed, as a sentence; empty when nothing needs saying
     */
    record Reading(String value, String currency, boolean valid, boolean doubtful, String note) {
        public static Reading invalid(String note) {
            return new Reading("", "", false, false, note);
        }
    }
}
