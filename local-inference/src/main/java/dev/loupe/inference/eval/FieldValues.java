package dev.loupe.inference.eval;

import dev.loupe.core.annotation.FieldName;
import dev.loupe.inference.normalize.AmountReading;
import dev.loupe.inference.normalize.Amounts;
import dev.loupe.inference.normalize.DateOrder;
import dev.loupe.inference.normalize.DateReading;
import dev.loupe.inference.normalize.Dates;
import dev.loupe.inference.normalize.DocumentCues;
import dev.loupe.inference.normalize.Identifiers;
import dev.loupe.inference.normalize.Names;
import java.util.Locale;
import java.util.Optional;

/**
 * How a true and a proposed value are brought to one form before they are compared: the product's own
 * normalisation for the field's kind (which leaves an already normal value as it is), then case and white space
 * folded.
 */
public final class FieldValues {
    private FieldValues() {
    }

    public static String comparable(String field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        Optional<FieldName> name = FieldName.find(field);
        String normal = name.map(known -> normalised(known, value)).orElse(value);
        return normal.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String normalised(FieldName field, String value) {
        return switch (field.kind()) {
            case DATE -> {
                DateReading reading = Dates.normalise(value, DateOrder.UNKNOWN);
                yield reading.isRead() ? reading.iso() : value;
            }
            case AMOUNT -> {
                AmountReading reading = Amounts.normalise(value, DocumentCues.NONE);
                yield reading.isRead() ? reading.plain() : value;
            }
            case IDENTIFIER -> Identifiers.normalise(value);
            case PERSON -> Names.person(value);
            case ORGANISATION -> Names.organisation(value);
        };
    }
}
