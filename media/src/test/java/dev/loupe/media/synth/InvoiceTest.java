package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceTest {
    private static final List<Face> ALL_FACES = List.of(Face.SANS, Face.MONO, Face.SERIF);

    @TempDir
    Path dir;

    @Test
    void eachLayoutTagsExactlyThePrintedVendorNumberDateAndTotal() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            Invoice invoice = Invoice.random(random, 2 + random.nextInt(6));
            Map<String, String> printed = Map.of("vendor", invoice.vendor(), "invoice_number", invoice.invoiceNumber(),
                    "date", invoice.datePrinted(), "total", invoice.conventions().money(invoice.total()));
            assertThat(tagged(InvoiceLayout.layout(invoice, ALL_FACES, random))).as("seed %d, table", seed)
                    .isEqualTo(printed);
            assertThat(tagged(List.of(CompactInvoice.layout(invoice, ALL_FACES, random)))).as("seed %d, compact", seed)
                    .isEqualTo(printed);
        }
    }

    @Test
    void theTruthIsTheInvoiceDateAndTheTotalWithTaxNormalised() {
        for (int seed = 0; seed < 100; seed++) {
            Invoice invoice = Invoice.random(new Random(seed), 4);
            Map<String, String> truth = invoice.truth();

            assertThat(truth.keySet()).containsSubsequence("vendor", "invoice_number", "date", "total");
            assertThat(LocalDate.parse(truth.get("date"))).isEqualTo(invoice.date());
            assertThat(truth.get("total")).matches("\\d+\\.\\d{2}")
                    .isEqualTo(invoice.subtotal().add(invoice.taxAmount()).toPlainString());
            assertThat(invoice.dueDatePrinted()).isNotNull();
            assertThat(truth.get("currency")).isEqualTo(invoice.conventions().currency().orElse(null));
        }
    }

    @Test
    void aLongInvoiceRunsOnToASecondPageWithItsTotalOnTheLast() {
        for (int seed = 0; seed < 40; seed++) {
            Composed composed = Invoice.compose(new Random(seed), new Medium(ALL_FACES, 2, 2));

            assertThat(composed.pages()).as("seed %d", seed).hasSize(2);
            Map<String, String> first = tagged(List.of(composed.pages().get(0)));
            Map<String, String> last = tagged(List.of(composed.pages().get(1)));
            assertThat(first).containsKeys("vendor", "invoice_number", "date").doesNotContainKey("total");
            assertThat(last).containsOnlyKeys("total");
            assertThat(last.get("total").replaceAll("[^0-9]", ""))
                    .isEqualTo(composed.fields().get("total").replace(".", ""));
            assertThat(String.join("\n", composed.pages().get(0).text())).contains("Page 1 of 2");
        }
    }

    @Test
    void aPageOnlyFormatKeepsEveryInvoiceToOnePageAndEveryWordOnIt() {
        for (int seed = 0; seed < 100; seed++) {
            Composed composed = Invoice.compose(new Random(seed), new Medium(ALL_FACES, 1, seed % 2 + 1));
            if (seed % 2 == 0) {
                assertThat(composed.pages()).hasSize(1);
            }
            assertThat(tagged(composed.pages()).keySet()).containsExactlyInAnyOrder("vendor", "invoice_number", "date",
                    "total");
            for (Sheet page : composed.pages()) {
                assertWordsOnPage(page.words(Optional.empty()));
            }
        }
    }

    @Test
    void theGeneratorWritesInvoicesAsPdfsAndPngsWithThePrintedValuesInTheirText() throws IOException {
        List<GeneratedDocument> documents = SyntheticDocuments.only(List.of("invoice")).generate(dir, 8, 11);

        assertThat(documents).extracting(GeneratedDocument::docType).containsOnly(GeneratedDocument.INVOICE);
        assertThat(documents).extracting(GeneratedDocument::format).contains("pdf", "png");
        for (GeneratedDocument document : documents) {
            assertThat(document.file().getFileName().toString()).startsWith("invoice-");
            assertThat(document.file()).exists();
            String text = Files.readString(document.truthText(), StandardCharsets.UTF_8);
            assertThat(text).contains(document.fields().get("vendor"), document.fields().get("invoice_number"));
            assertThat(text.replaceAll("[^0-9]", "")).contains(document.fields().get("total").replace(".", ""));
            assertThat(LocalDate.parse(document.fields().get("date"))).isAfterOrEqualTo(LocalDate.of(2022, 1, 1));
        }
    }

    /** Each field's tagged words joined, across the pages in order. */
    static Map<String, String> tagged(List<Sheet> pages) {
        return pages.stream().flatMap(page -> page.words(Optional.empty()).words().stream())
                .filter(word -> word.field() != null)
                .collect(Collectors.groupingBy(TruthWord::field, LinkedHashMap::new,
                        Collectors.mapping(TruthWord::text, Collectors.joining(" "))));
    }

    static void assertWordsOnPage(LaidOutPage page) {
        for (TruthWord word : page.words()) {
            assertThat(word.x()).as(word.text()).isBetween(0.0, 1.0 - word.width());
            assertThat(word.y()).as(word.text()).isBetween(0.0, 1.0 - word.height());
        }
    }
}
