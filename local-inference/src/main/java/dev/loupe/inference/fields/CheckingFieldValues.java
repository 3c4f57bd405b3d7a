package dev.loupe.inference.fields;

import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.Word;
import dev.loupe.core.port.FieldValues;
import dev.loupe.inference.normalize.Validators;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Checks a value a reviewer gives a field with the same reader and validators the models' readings go through, so
 * a typed {@code 12/01/2024} is kept as {@code 2024-01-12} and a typed {@code €1.234,50} as {@code 1234.50} in EUR,
 * read with the cues the document's own words give.
 *
 * <p>A reading that rests on a guess (a date that reads day first and month first) is valid without a note: a
 * person chose the value and sees it as it will be kept, so there is nothing left to ask them. A blank value is
 * valid and empty, because clearing a field is how a reviewer says the document does not show it.
 */
public final class CheckingFieldValues implements FieldValues {
    private final Validators validators;

    /** @param clock today's date, which dates are checked against (no date of loss after today) */
    public CheckingFieldValues(Clock clock) {
        this.validators = new Validators(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public Checked check(FieldName field, String given, List<Word> words) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(words, "words");
        if (given.isBlank()) {
            return new Checked("", "", FieldCheck.VALID, "");
        }
        FieldReader.Reading reading = NormalisingFieldReader.forDocument(words, validators).read(field, given);
        if (reading.valid()) {
            return new Checked(reading.value(), reading.currency(), FieldCheck.VALID, "");
        }
        // A value that could not be read at all is kept as given, so the reviewer sees what they typed and why.
        String value = reading.value().isEmpty() ? given.strip().replaceAll("\\s+", " ") : reading.value();
        return new Checked(value, reading.currency(), FieldCheck.INVALID, reading.note());
    }
}
