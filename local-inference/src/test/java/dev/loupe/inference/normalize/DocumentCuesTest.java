package dev.loupe.inference.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentCuesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Joe's Diner\\n123 Main St\\nSpringfield, IL 62704\\nTotal $23.50"          | US          | MONTH_FIRST | POINT   | USD
            "WALMART\nBENTONVILLE AR 72712\n(479) 273-4000\nTOTAL 13.20"             | US          | MONTH_FIRST | POINT   | USD
            "Total: $45.00"                                                           | US          | MONTH_FIRST | POINT   | USD
            "Boots\\n12 High Street, Leeds LS1 4AB\\nVAT No 123 4567 89\\nTotal £12.99" | UK          | DAY_FIRST   | POINT   | GBP
            "Invoice\\nManchester M1 1AE\\nAmount due 1,250.00"                        | UK          | DAY_FIRST   | POINT   | GBP
            "Rechnung\\nMwSt. 19%\\nGesamt 1.234,56 €"                                 | EUROZONE    | DAY_FIRST   | COMMA   | EUR
            "Facture\\nTVA 20 %\\nTotal TTC 89,90 EUR"                                 | EUROZONE    | DAY_FIRST   | COMMA   | EUR
            "Migros\\nMwSt. 7.7%\\nTotal CHF 1'234.50"                                 | SWITZERLAND | DAY_FIRST   | POINT   | CHF
            "Coles\\nABN 12 345 678 901\\nGST included\\nTotal $54.20"                  | AUSTRALIA   | DAY_FIRST   | POINT   | AUD
            "Bunnings\\nSydney NSW 2000\\nTotal A$ 99.00"                              | AUSTRALIA   | DAY_FIRST   | POINT   | AUD
            "Tim Hortons\\nToronto ON M5V 2T6\\nHST 13%\\nTotal $8.45"                  | CANADA      | UNKNOWN     | POINT   | CAD
            "Countdown\\nAuckland\\nGST 15%\\nNZ$ 45.00"                                | NEW_ZEALAND | DAY_FIRST   | POINT   | NZD
            "Apollo Pharmacy\\nGSTIN 29ABCDE1234F1Z5\\nTotal Rs. 1,23,456.00"          | INDIA       | DAY_FIRST   | POINT   | INR
            "Claim form\\nSigned"                                                      | UNKNOWN     | UNKNOWN     | UNKNOWN | ""
            """)
    void readsWhereADocumentComesFrom(String text, Region region, DateOrder order, DecimalMark mark, String currency) {
        DocumentCues cues = DocumentCues.read(text.replace("\\n", "\n"));

        assertThat(cues).isEqualTo(new DocumentCues(region, order, mark, currency));
    }

    @Test
    void anUnambiguousDateOnThePageOutweighsTheRegion() {
        assertThat(DocumentCues.read("Total $12.00\nDate 25/03/2024").dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(DocumentCues.read("Leeds LS1 4AB\nDate 03/25/2024").dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(DocumentCues.read("Visit 12.03.2024, paid 31.03.2024").dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    }

    @Test
    void aSortCodeIsNotTakenForADate() {
        assertThat(DocumentCues.read("Sort code 20-14-56").dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(DocumentCues.read("Ref 20-14-56").dateOrder()).isEqualTo(DateOrder.UNKNOWN);
    }

    @Test
    void amountsOnThePageOutweighTheRegionsDecimalMark() {
        assertThat(DocumentCues.read("Dublin, Ireland\nTotal €1,234.56").decimalMark()).isEqualTo(DecimalMark.POINT);
        assertThat(DocumentCues.read("Total 12,50\nCash 20,00").decimalMark()).isEqualTo(DecimalMark.COMMA);
    }

    @Test
    void theCurrencyMostOftenPrintedWinsAndABareDollarIsTheRegionsDollar() {
        assertThat(DocumentCues.read("USD 10.00\nEUR 9.20\nEUR 1.00").currency()).isEqualTo("EUR");
        assertThat(DocumentCues.read("ABN 12 345 678 901\nBSB 062-000\n$ 12.00").currency()).isEqualTo("AUD");
        assertThat(DocumentCues.read("Leeds LS1 4AB").currency()).isEqualTo("GBP");
    }

    @Test
    void readsWordsLineByLine() {
        List<Word> words = new ArrayList<>();
        String[][] lines = {{"Springfield,", "IL", "62704"}, {"Total", "$23.50"}};
        for (int l = 0; l < lines.length; l++) {
            double x = 0.1;
            for (String text : lines[l]) {
                words.add(new Word(0, text, new Box(x, 0.1 + 0.05 * l, 0.01 * text.length(), 0.02), 0.9,
                        new ModelRef("tesseract", "5.5.2/eng")));
                x += 0.01 * text.length() + 0.01;
            }
        }

        assertThat(DocumentCues.read(words)).isEqualTo(new DocumentCues(Region.US, DateOrder.MONTH_FIRST,
                DecimalMark.POINT, "USD"));
    }
}
