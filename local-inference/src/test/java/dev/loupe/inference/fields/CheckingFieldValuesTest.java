package dev.loupe.inference.fields;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.Word;
import dev.loupe.core.port.FieldValues;
import dev.loupe.core.port.FieldValues.Checked;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values a reviewer gives a field, read and checked as the models' own readings are. */
class CheckingFieldValuesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ModelRef OCR = new ModelRef("tesseract", "5.5.2/eng");
    private static final List<Word> NO_WORDS = List.of();
    private static final List<Word> UK_CLAIM = page(
            "Harbour Lane Motors Ltd",
            "12 Quay Street, Bristol BS1 4DJ",
            "United Kingdom",
            "Claim form");
    private static final List<Word> US_INVOICE = page(
            "Acme Plumbing Inc",
            "400 Main Street",
            "Springfield, IL 62704",
            "Invoice");

    private final FieldValues values = new CheckingFieldValues(CLOCK);

    @Test
    void aTypedDateIsKeptInIsoForm() {
        assertThat(values.check(FieldName.DATE, "12 Jan 2024", NO_WORDS))
                .isEqualTo(new Checked("2024-01-12", "", FieldCheck.VALID, ""));
        assertThat(values.check(FieldName.DATE, "2024-01-12", US_INVOICE))
                .isEqualTo(new Checked("2024-01-12", "", FieldCheck.VALID, ""));
    }

    @Test
    void aUkDocumentsWordsSayTheDayComesFirst() {
        assertThat(values.check(FieldName.DATE_OF_LOSS, "03/04/2024", UK_CLAIM))
                .isEqualTo(new Checked("2024-04-03", "", FieldCheck.VALID, ""));
    }

    @Test
    void aUsDocumentsWordsSayTheMonthComesFirst() {
        assertThat(values.check(FieldName.DATE, "03/04/2024", US_INVOICE))
                .isEqualTo(new Checked("2024-03-04", "", FieldCheck.VALID, ""));
    }

    @Test
    void aDateThatReadsBothWaysIsValidWithoutANoteBecauseAPersonChoseIt() {
        assertThat(values.check(FieldName.DATE, "03/04/2024", NO_WORDS))
                .isEqualTo(new Checked("2024-04-03", "", FieldCheck.VALID, ""));
    }

    @Test
    void aDateOfLossAfterTodayIsInvalidAndSaysWhy() {
        assertThat(values.check(FieldName.DATE_OF_LOSS, "02/06/2024", UK_CLAIM))
                .isEqualTo(new Checked("2024-06-02", "", FieldCheck.INVALID, "The date of loss 2024-06-02 is after "
                        + "today (2024-06-01), and a loss cannot be in the future."));
    }

    @Test
    void aValueThatIsNoDateIsKeptAsTypedWithItsSpacesFolded() {
        assertThat(values.check(FieldName.DATE_OF_LOSS, "  last   Tuesday ", UK_CLAIM))
                .isEqualTo(new Checked("last Tuesday", "", FieldCheck.INVALID, "'last Tuesday' has no date in it."));
    }

    @Test
    void anAmountWithACurrencySignAndThousandsIsAPlainDecimalWithItsCurrency() {
        assertThat(values.check(FieldName.TOTAL, "€1.234,50", NO_WORDS))
                .isEqualTo(new Checked("1234.50", "EUR", FieldCheck.VALID, ""));
        assertThat(values.check(FieldName.TOTAL, "$12.80", NO_WORDS))
                .isEqualTo(new Checked("12.80", "USD", FieldCheck.VALID, ""));
        assertThat(values.check(FieldName.TOTAL, "12,80 EUR", NO_WORDS))
                .isEqualTo(new Checked("12.80", "EUR", FieldCheck.VALID, ""));
    }

    @Test
    void anAmountWithoutASignTakesTheDocumentsCurrency() {
        assertThat(values.check(FieldName.TOTAL, "1,234.50", UK_CLAIM))
                .isEqualTo(new Checked("1234.50", "GBP", FieldCheck.VALID, ""));
    }

    @Test
    void aZeroTotalIsInvalidAndSaysWhy() {
        assertThat(values.check(FieldName.TOTAL, "€0,00", NO_WORDS))
                .isEqualTo(new Checked("0.00", "EUR", FieldCheck.INVALID,
                        "The amount is zero; a total should be more than that."));
    }

    @Test
    void anIdentifierIsUpperCasedAndTrimmed() {
        assertThat(values.check(FieldName.CLAIM_NUMBER, " clm - 2024-001234. ", NO_WORDS))
                .isEqualTo(new Checked("CLM-2024-001234", "", FieldCheck.VALID, ""));
    }

    @Test
    void aPersonsNameWithDigitsIsInvalidAndSaysWhy() {
        assertThat(values.check(FieldName.CLAIMANT_NAME, "J0hn  Smith", NO_WORDS))
                .isEqualTo(new Checked("J0hn Smith", "", FieldCheck.INVALID, "'J0hn Smith' has digits in it; a "
                        + "person's name has none, so a letter is probably misread."));
    }

    @Test
    void aBlankValueClearsTheField() {
        assertThat(values.check(FieldName.TOTAL, "   ", US_INVOICE))
                .isEqualTo(new Checked("", "", FieldCheck.VALID, ""));
        assertThat(values.check(FieldName.CLAIMANT_NAME, "", NO_WORDS))
                .isEqualTo(new Checked("", "", FieldCheck.VALID, ""));
    }

    /** One page of words, a line of text to a line on the page, each word after the last. */
    private static List<Word> page(String... lines) {
        List<Word> words = new ArrayList<>();
        for (int l = 0; l < lines.length; l++) {
            double x = 0.05;
            for (String text : lines[l].split(" ")) {
                double width = 0.012 * text.length();
                words.add(new Word(0, text, new Box(x, 0.1 + 0.05 * l, width, 0.02), 0.95, OCR));
                x += width + 0.01;
            }
        }
        return List.copyOf(words);
    }
}
