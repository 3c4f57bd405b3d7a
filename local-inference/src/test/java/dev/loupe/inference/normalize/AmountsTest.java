package dev.loupe.inference.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
    private static final Map<String, DocumentCues> CUES = Map.of(
            "none", DocumentCues.NONE,
            "us", new DocumentCues(Region.US, DateOrder.MONTH_FIRST, DecimalMark.POINT, "USD"),
            "uk", new DocumentCues(Region.UK, DateOrder.DAY_FIRST, DecimalMark.POINT, "GBP"),
            "eu", new DocumentCues(Region.EUROZONE, DateOrder.DAY_FIRST, DecimalMark.COMMA, "EUR"),
            "au", new DocumentCues(Region.AUSTRALIA, DateOrder.DAY_FIRST, DecimalMark.POINT, "AUD"),
            "in", new DocumentCues(Region.INDIA, DateOrder.DAY_FIRST, DecimalMark.POINT, "INR"));

    @ParameterizedTest(name = "{0} ({1}) is {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "$1,234.56"          | none | 1234.56   | USD
            "$1,234.56"          | au   | 1234.56   | AUD
            "1.234,56 €"         | none | 1234.56   | EUR
            "€ 1.234,56"         | none | 1234.56   | EUR
            "EUR 12,50"          | none | 12.50     | EUR
            "12,50€"             | none | 12.50     | EUR
            "1 234,56"           | eu   | 1234.56   | ""
            "1 234 567,89 €"     | eu   | 1234567.89 | EUR
            "1 234,56"           | none | 1234.56   | ""
            "1'234.50 CHF"       | none | 1234.50   | CHF
            "CHF 1’234.50"       | none | 1234.50   | CHF
            "Fr. 12.50"          | none | 12.50     | CHF
            "£5"                 | none | 5.00      | GBP
            "12"                 | none | 12.00     | ""
            "12.5"               | none | 12.50     | ""
            "12,5"               | none | 12.50     | ""
            "0.99"               | none | 0.99      | ""
            ".50"                | none | 0.50      | ""
            "-12.00"             | none | -12.00    | ""
            "(12.00)"            | none | -12.00    | ""
            "12.00-"             | none | -12.00    | ""
            "12.00 CR"           | none | -12.00    | ""
            "-$12.00"            | none | -12.00    | USD
            "$-12.00"            | none | -12.00    | USD
            "(€ 12,00)"          | none | -12.00    | EUR
            "− 12.00"            | none | -12.00    | ""
            "Total - 12.00"      | none | 12.00     | ""
            "12,-"               | eu   | 12.00     | ""
            "A$ 99.00"           | none | 99.00     | AUD
            "AU$99.00"           | none | 99.00     | AUD
            "C$1,000"            | none | 1000.00   | CAD
            "CA$ 15.75"          | none | 15.75     | CAD
            "NZ$ 45.00"          | none | 45.00     | NZD
            "US$ 45.00"          | au   | 45.00     | USD
            "Rs. 1,23,456.00"    | none | 123456.00 | INR
            "Rs 500"             | none | 500.00    | INR
            "₹ 12,34,567.50"     | none | 1234567.50 | INR
            "INR 2,500"          | none | 2500.00   | INR
            "USD 1,000.00"       | none | 1000.00   | USD
            "USD1,000.00"        | none | 1000.00   | USD
            "1,000.00 usd"       | none | 1000.00   | USD
            "GBP 1,234,567.00"   | none | 1234567.00 | GBP
            "Total: £1,234.56"   | none | 1234.56   | GBP
            "TOTAL 12.50"        | none | 12.50     | ""
            "Amount due: EUR 1.234,00" | none | 1234.00 | EUR
            "1, 234.56"          | none | 1234.56   | ""
            "$1 ,234.56"         | none | 1234.56   | USD
            "$ 1 234.56"         | none | 1234.56   | USD
            "12 .50"             | none | 12.50     | ""
            "12. 50"             | none | 12.50     | ""
            "$1.234.56"          | us   | 1234.56   | USD
            "1,234,56 €"         | none | 1234.56   | EUR
            "$l,234.56"          | none | 1234.56   | USD
            "$1,2S4.5O"          | none | 1254.50   | USD
            "£ 1O.OO"            | none | 10.00     | GBP
            "$B9.00"             | none | 89.00     | USD
            "$I2.00"             | none | 12.00     | USD
            "1.234"              | eu   | 1234.00   | ""
            "1.234"              | us   | 1234.00   | ""
            "1,234"              | us   | 1234.00   | ""
            "1.234.567"          | eu   | 1234567.00 | ""
            "2 x 6.00"           | none | 6.00      | ""
            "S12.00"             | none | 12.00     | USD
            "45,00 Fr."          | none | 45.00     | CHF
            "12.00 USD (EUR 11.05)" | none | 12.00  | USD
            "Rs.500/-"           | none | 500.00    | INR
            "EUR -12,50"         | none | -12.50    | EUR
            "Summe: 1.234,-"     | eu   | 1234.00   | ""
            """)
    void readsPrintedAmounts(String raw, String cues, String plain, String currency) {
        AmountReading reading = Amounts.normalise(raw, CUES.get(cues));

        assertThat(reading.problem()).isEmpty();
        assertThat(reading.plain()).isEqualTo(plain);
        assertThat(reading.value().scale()).isEqualTo(2);
        assertThat(reading.currencyShown()).isEqualTo(currency);
        assertThat(Amounts.normalise(plain, CUES.get(cues)).plain()).as("the truth's side reads alike").isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0} ({1}) ambiguous: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1.234      | eu   | false
            1.234      | us   | true
            1.234      | none | true
            1,234      | us   | false
            1,234      | eu   | true
            "INR 2,500" | in  | false
            1.234.567  | none | false
            1.234,56   | none | false
            12.50      | none | false
            """)
    void saysWhenALoneSeparatorBeforeThreeDigitsWasAGuess(String raw, String cues, boolean ambiguous) {
        assertThat(Amounts.normalise(raw, CUES.get(cues)).ambiguous()).isEqualTo(ambiguous);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Total        | "'Total' has no amount in it."
            ""           | "'' has no amount in it."
            "$"          | "'$' has no amount in it."
            12.3456      | "'12.3456' is not an amount Loupe can read: it has 4 digits after the decimal mark, and money has two."
            "1,234.567"  | "'1,234.567' is not an amount Loupe can read: it has 3 digits after the decimal mark, and money has two."
            "12,34,5"    | "'12,34,5' is not an amount Loupe can read: its digits are not grouped in thousands."
            "1.2.3,45"   | "'1.2.3,45' is not an amount Loupe can read: its digits are not grouped in thousands."
            "1,2.3,4"    | "'1,2.3,4' is not an amount Loupe can read: its digits are not grouped in thousands."
            """)
    void explainsWhyThereIsNoAmount(String raw, String problem) {
        AmountReading reading = Amounts.normalise(raw, DocumentCues.NONE);

        assertThat(reading.isRead()).isFalse();
        assertThat(reading.plain()).isEmpty();
        assertThat(reading.problem()).isEqualTo(problem);
    }

    @Test
    void theDocumentsCurrencyStandsInWhenTheAmountShowsNone() {
        DocumentCues uk = CUES.get("uk");

        assertThat(Amounts.normalise("12.00", uk).currency(uk)).isEqualTo("GBP");
        assertThat(Amounts.normalise("12.00", uk).currencyShown()).isEmpty();
        assertThat(Amounts.normalise("€12.00", uk).currency(uk)).isEqualTo("EUR");
        assertThat(Amounts.normalise("12.00", DocumentCues.NONE).currency(DocumentCues.NONE)).isEmpty();
    }
}
