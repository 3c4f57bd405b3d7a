package dev.loupe.inference.fields;

import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.Word;
import dev.loupe.inference.normalize.AmountReading;
import dev.loupe.inference.normalize.Amounts;
import dev.loupe.inference.normalize.DateReading;
import dev.loupe.inference.normalize.Dates;
import dev.loupe.inference.normalize.DocumentCues;
import dev.loupe.inference.normalize.Identifiers;
import dev.loupe.inference.normalize.Names;
import dev.loupe.inference.normalize.Validators;
import dev.loupe.inference.normalize.Verdict;
import java.util.List;

/** Reads fields with the document's own cues (its region, date order and currency) and checks them. */
public final class NormalisingFieldReader implements FieldReader {
    private final DocumentCues cues;
    private final Validators validators;

    public NormalisingFieldReader(DocumentCues cues, Validators validators) {
        this.cues = cues;
        this.validators = validators;
    }

    public static NormalisingFieldReader forDocument(List<Word> words, Validators validators) {
        return new NormalisingFieldReader(DocumentCues.read(words), validators);
    }

    public DocumentCues cues() {
        return cues;
    }

    @Override
    public Reading read(FieldName field, String raw) {
        return switch (field.kind()) {
            case DATE -> date(field, raw);
            case AMOUNT -> amount(field, raw);
            case IDENTIFIER -> checked(field, Identifiers.normalise(raw), "", false, "");
            case PERSON -> checked(field, Names.person(raw), "", false, "");
            case ORGANISATION -> checked(field, Names.organisation(raw), "", false, "");
        };
    }

    private Reading date(FieldName field, String raw) {
        DateReading reading = Dates.normalise(raw, cues.dateOrder());
        if (!reading.isRead()) {
            return Reading.invalid(reading.problem());
        }
        boolean guessed = reading.ambiguous() && !reading.resolvedByHint();
        return checked(field, reading.iso(), "", guessed, guessed ? "'" + raw + "' reads both day first and month "
                + "first, and nothing on the document says which; day first was assumed." : "");
    }

    private Reading amount(FieldName field, String raw) {
        AmountReading reading = Amounts.normalise(raw, cues);
        if (!reading.isRead()) {
            return Reading.invalid(reading.problem());
        }
        return checked(field, reading.plain(), reading.currency(cues), reading.ambiguous(), reading.ambiguous()
                ? "'" + raw + "' was read with its separator as thousands; check the cents." : "");
    }

    private Reading checked(FieldName field, String value, String currency, boolean doubtful, String note) {
        if (value.isEmpty()) {
            return Reading.invalid("'" + field.wire().replace('_', ' ') + "' has no value that can be read.");
        }
        Verdict verdict = validators.check(field, value);
        return verdict.isValid() ? new Reading(value, currency, true, doubtful, note)
                : new Reading(value, currency, false, false, verdict.note());
    }
}
