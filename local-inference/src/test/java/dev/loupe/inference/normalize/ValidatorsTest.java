package dev.loupe.inference.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:15:30Z"));
    private final Validators validators = new Validators(clock, Map.of(
            FieldName.CLAIM_NUMBER, List.of(IdentifierShape.of("CLM-####-######").withCheck(CheckDigit.LUHN)),
            FieldName.POLICY_NUMBER, List.of(IdentifierShape.of("HX #### ####"), IdentifierShape.of("PL-######"))));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            date_of_loss    | 2026-11-22 | ""
            date_of_loss    | 1900-01-01 | ""
            date_of_service | 2026-01-05 | ""
            date            | 2027-11-22 | ""
            date_of_loss    | 2026-11-23 | "The date of loss 2026-11-23 is after today (2026-11-22), and a loss cannot be in the future."
            date_of_service | 2027-01-01 | "The date of service 2027-01-01 is after today (2026-11-22), and a service cannot be in the future."
            date            | 2027-11-23 | "The date 2027-11-23 is more than a year after today (2026-11-22); it is probably misread."
            date            | 1899-12-31 | "The date 1899-12-31 is before 1900; it is probably misread."
            date            | 12/01/2024 | "'12/01/2024' is not a date in the form 2024-01-12."
            """)
    void datesLieBetween1900AndAYearFromTodayAndLossesAreNotInTheFuture(String field, String value, String note) {
        assertVerdict(validators.check(FieldName.fromWire(field), value), note);
    }

    @Test
    void todayComesFromTheClock() {
        assertThat(validators.date(FieldName.DATE_OF_LOSS, LocalDate.parse("2026-11-23")).isValid()).isFalse();

        clock.advance(Duration.ofDays(1));

        assertThat(validators.date(FieldName.DATE_OF_LOSS, LocalDate.parse("2026-11-23")).isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1234.50     | ""
            0.01        | ""
            9999999.99  | ""
            0.00        | "The amount is zero; a total should be more than that."
            -12.00      | "The amount -12.00 is negative, a credit; check that this is what the document means."
            10000000.00 | "The amount 10000000.00 is 10,000,000 or more, far over any one document Loupe expects; check it is read right."
            12,50       | "'12,50' is not an amount in the form 1234.50."
            """)
    void amountsArePositiveAndUnderTenMillion(String value, String note) {
        assertVerdict(validators.check(FieldName.TOTAL, value), note);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            claim_number   | CLM-2024-001238 | ""
            claim_number   | CLM-2024-001234 | "'CLM-2024-001234' fails its Luhn check digit; a digit is probably misread."
            claim_number   | CL/23/004567    | "'CL/23/004567' does not have the form of this reference (CLM-####-######, where # is a digit and @ a letter)."
            policy_number  | HX 1234 5678    | ""
            policy_number  | PL-004711       | ""
            policy_number  | HX-1234         | "'HX-1234' does not have the form of this reference (HX #### #### or PL-######, where # is a digit and @ a letter)."
            invoice_number | INV-00123       | ""
            invoice_number | 4471            | ""
            invoice_number | INVOICE         | "'INVOICE' has no digits, and a reference number should."
            invoice_number | ""              | "The reference is empty."
            invoice_number | INV-0012345678901234567890123456789012345 | "'INV-0012345678901234567890123456789012345' is 41 characters long, more than a reference has; it probably runs into the text beside it."
            """)
    void identifiersFitTheirFieldsShapesAndCheckDigits(String field, String value, String note) {
        assertVerdict(validators.check(FieldName.fromWire(field), value), note);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            claimant_name | Jane Doe                   | ""
            patient_name  | Seán O’Brien               | ""
            patient_name  | Mr John Ronald Reuel Tolkien | ""
            claimant_name | J0hn Smith                 | "'J0hn Smith' has digits in it; a person's name has none, so a letter is probably misread."
            claimant_name | Jane Doe Date of loss 12   | "'Jane Doe Date of loss 12' has digits in it; a person's name has none, so a letter is probably misread."
            claimant_name | Jane Doe Policy holder since then | "'Jane Doe Policy holder since then' has 6 words, more than a person's name has; it probably runs into the text beside it."
            claimant_name | "--"                       | "'--' has no letters, so it is not a person's name."
            vendor        | 7-Eleven                   | ""
            vendor        | "1234"                     | "'1234' has no letters, so it is not a business's name."
            """)
    void namesHaveLettersAndPeoplesNamesAreShort(String field, String value, String note) {
        assertVerdict(validators.check(FieldName.fromWire(field), value), note);
    }

    @Test
    void checksBankAndCardNumbers() {
        assertThat(Validators.iban("GB82 WEST 1234 5698 7654 32").isValid()).isTrue();
        assertThat(Validators.iban("DE89370400440532013000").isValid()).isTrue();
        assertThat(Validators.iban("GB82 WEST 1234 5698 7654 33").note()).isEqualTo("'GB82 WEST 1234 5698 7654 33' "
                + "is not a valid IBAN: its check digits do not agree with the rest, so a character is probably "
                + "misread.");
        assertThat(Validators.sortCode("20-45-67").isValid()).isTrue();
        assertThat(Validators.sortCode("20 45 67").isValid()).isTrue();
        assertThat(Validators.sortCode("204567").isValid()).isTrue();
        assertThat(Validators.sortCode("20-4567").note()).isEqualTo("'20-4567' is not a sort code, which is three "
                + "pairs of digits such as 20-45-67.");
        assertThat(Validators.cardNumber("4111 1111 1111 1111").isValid()).isTrue();
        assertThat(Validators.cardNumber("3782-822463-10005").isValid()).isTrue();
        assertThat(Validators.cardNumber("4111 1111 1111 1112").note()).isEqualTo("'4111 1111 1111 1112' fails the "
                + "Luhn check digit of card numbers; a digit is probably misread.");
        assertThat(Validators.cardNumber("4111 1111").note()).isEqualTo("'4111 1111' is not a card number, which has "
                + "13 to 19 digits.");
    }

    @Test
    void aGeneratorsOwnCheckDigitRulePlugsIn() {
        CheckDigit lastDigitIsSumMod10 = CheckDigit.of("sum-mod-10", id -> {
            String digits = id.replaceAll("\\D", "");
            int sum = digits.substring(0, digits.length() - 1).chars().map(c -> c - '0').sum();
            return sum % 10 == digits.charAt(digits.length() - 1) - '0';
        });
        List<IdentifierShape> shapes = List.of(IdentifierShape.of("CLM-####-####").withCheck(lastDigitIsSumMod10));

        assertThat(validators.identifier("CLM-2024-0019", shapes).isValid()).isTrue();
        assertThat(validators.identifier("CLM-2024-0018", shapes).note()).isEqualTo("'CLM-2024-0018' fails its "
                + "sum-mod-10 check digit; a digit is probably misread.");
    }

    private static void assertVerdict(Verdict verdict, String note) {
        assertThat(verdict.note()).isEqualTo(note);
        assertThat(verdict.check()).isEqualTo(note.isEmpty() ? FieldCheck.VALID : FieldCheck.INVALID);
    }
}
