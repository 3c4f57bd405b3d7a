package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loupe.core.PageImage;
import dev.loupe.core.Sha256;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.PageSource;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.media.MediaTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDocumentsTest {
    private static final long SEED = 42;
    private static final int BATCH = 40;
    private static final Map<String, List<String>> FIELDS = Map.of(
            "claim_form", List.of("claim_number", "policy_number", "claimant_name", "date_of_loss", "total"),
            "invoice", List.of("vendor", "invoice_number", "date", "total"),
            "receipt", List.of("vendor", "date", "total"),
            "medical_report", List.of("patient_name", "date_of_service", "total"),
            "police_report", List.of(),
            "id_document", List.of(),
            "correspondence", List.of(),
            "damage_photo", List.of(),
            "other", List.of());
    private static final Map<String, String> PREFIXES = Map.of("claim_form", "claim", "invoice", "invoice",
            "receipt", "receipt", "medical_report", "medical", "police_report", "police", "id_document", "id",
            "correspondence", "letter", "damage_photo", "photo", "other", "other");

    @TempDir
    static Path batch;

    private static List<GeneratedDocument> documents;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateABatch() throws IOException {
        documents = new SyntheticDocuments().generate(batch, BATCH, SEED);
    }

    @Test
    void writesTheRequestedNumberOfDocumentsEachWithItsTruth() throws IOException {
        assertThat(documents).hasSize(BATCH);
        try (Stream<Path> files = Files.list(batch)) {
            assertThat(files.count()).isEqualTo(BATCH * 3);
        }
        for (int i = 0; i < documents.size(); i++) {
            GeneratedDocument document = documents.get(i);
            String name = document.file().getFileName().toString();
            assertThat(name).matches(PREFIXES.get(document.docType()) + String.format("-%04d", i + 1)
                    + "\\.(pdf|png|jpg|tif)");
            assertThat(document.truthJson()).exists().hasFileName(name.replaceAll("\\.\\w+$", ".json"));
            assertThat(document.truthText()).exists().hasFileName(name.replaceAll("\\.\\w+$", ".txt"));
            assertThat(MediaTypes.fromFileName(name)).contains(document.mediaType());
        }
        assertThat(new SyntheticDocuments().generate(dir, 0, SEED)).isEmpty();
        assertThatThrownBy(() -> new SyntheticDocuments().generate(dir, -1, SEED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aModestBatchHoldsEveryTypeAndEveryFormat() {
        assertThat(documents).extracting(GeneratedDocument::docType).containsAll(SyntheticDocuments.docTypes());
        assertThat(documents).extracting(GeneratedDocument::format)
                .containsAll(Arrays.stream(Format.values()).map(format -> format.wireName).toList());
        assertThat(FIELDS.keySet()).containsAll(SyntheticDocuments.docTypes());
    }

    @Test
    void typesWithFieldsTakeTwoOrThreeSharesAndLettersTwoAndTheRestOne() {
        int blocks = 20;
        int count = blocks * Arrays.stream(DocType.values()).mapToInt(type -> type.share).sum();
        SyntheticDocuments generator = new SyntheticDocuments();
        Map<String, Long> counts = Stream.iterate(1, n -> n + 1).limit(count)
                .map(n -> generator.layOut(SEED, n).docType())
                .collect(Collectors.groupingBy(type -> type, Collectors.counting()));
        for (DocType type : DocType.values()) {
            if (FIELDS.get(type.wireName).isEmpty()) {
                // Insurers receive more letters than any other paper without fields, so correspondence takes two.
                assertThat(type.share).as(type.wireName)
                        .isEqualTo(type.wireName.equals(GeneratedDocument.CORRESPONDENCE) ? 2 : 1);
            } else {
                assertThat(type.share).as(type.wireName).isBetween(2, 3);
            }
            assertThat(counts.get(type.wireName)).as(type.wireName).isEqualTo((long) type.share * blocks);
        }
    }

    @Test
    void aGeneratorCanBeKeptToSomeTypes() throws IOException {
        SyntheticDocuments claimsAndReceipts = SyntheticDocuments.only(List.of("claim_form", "receipt"));

        List<GeneratedDocument> written = claimsAndReceipts.generate(dir, 6, SEED);

        assertThat(written).extracting(GeneratedDocument::docType).containsOnly("claim_form", "receipt");
        assertThat(claimsAndReceipts.layOut(SEED, 4).docType()).isEqualTo(written.get(3).docType());
        assertThatThrownBy(() -> SyntheticDocuments.only(List.of("claim")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim_form");
        assertThatThrownBy(() -> SyntheticDocuments.only(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        List<GeneratedDocument> again = new SyntheticDocuments().generate(dir.resolve("again"), 10, SEED);
        List<GeneratedDocument> other = new SyntheticDocuments().generate(dir.resolve("other"), 4, SEED + 1);

        assertThat(digests(again)).containsExactlyElementsOf(digests(documents.subList(0, 10)));
        // Types without fields share one truth JSON and photos have no text, so the files themselves must differ.
        assertThat(pictures(other)).doesNotContainAnyElementsOf(pictures(documents));
    }

    @Test
    void theTruthJsonHoldsTheTypeAndExactlyItsTypesNormalisedFields() throws IOException {
        for (GeneratedDocument document : documents) {
            JsonNode truth = Json.mapper().readTree(document.truthJson().toFile());
            assertThat(truth.path("type").asText()).isEqualTo(document.docType());
            Map<String, String> fields = new LinkedHashMap<>();
            truth.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
            assertThat(fields).isEqualTo(document.fields());

            List<String> expected = FIELDS.get(document.docType());
            Set<String> keys = new LinkedHashSet<>(fields.keySet());
            keys.remove("currency");
            assertThat(keys).as(document.file().toString()).containsExactlyElementsOf(expected);
            for (String dateField : List.of("date", "date_of_loss", "date_of_service")) {
                if (fields.containsKey(dateField)) {
                    assertThat(LocalDate.parse(fields.get(dateField)))
                            .isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
                }
            }
            if (!expected.isEmpty()) {
                assertThat(fields.get("total")).matches("\\d+\\.\\d{2}");
            }
            if (fields.containsKey("currency")) {
                assertThat(fields.get("currency")).isIn("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "INR");
            }
        }
    }

    @Test
    void aPdfsTextLayerHoldsEveryTruthLineAndTheFieldsAsPrinted() throws IOException {
        for (GeneratedDocument document : withFormat("pdf")) {
            String layer;
            try (PDDocument pdf = Loader.loadPDF(document.file().toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(document.pages());
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                layer = squeeze(stripper.getText(pdf));
            }
            List<String> truth = Files.readAllLines(document.truthText(), StandardCharsets.UTF_8);
            assertThat(truth).hasSizeGreaterThan(10);
            for (String line : truth) {
                assertThat(layer).contains(squeeze(line));
            }
            document.fields().entrySet().stream()
                    .filter(field -> List.of("claim_number", "policy_number", "claimant_name", "vendor",
                            "invoice_number", "patient_name").contains(field.getKey()))
                    .forEach(field -> assertThat(layer).contains(field.getValue()));
            if (document.fields().containsKey("total")) {
                assertThat(layer.replaceAll("[^0-9]", ""))
                        .contains(document.fields().get("total").replace(".", ""));
            }
        }
    }

    @Test
    void aScannedPngRendersAsALetterOrA4PageAt150Dpi() {
        GeneratedDocument scan = withFormat("png").stream()
                .filter(d -> !d.docType().equals("damage_photo")).findFirst().orElseThrow();
        try (PageSource source = new DocumentRenderer().open(scan.file(), scan.mediaType())) {
            PageImage page = source.render(0, 150);
            assertThat(List.of(page.width(), page.height())).isIn(List.of(1275, 1650), List.of(1240, 1754));
        }
    }

    private static List<GeneratedDocument> withFormat(String format) {
        List<GeneratedDocument> found = documents.stream().filter(d -> d.format().equals(format)).toList();
        assertThat(found).as(format).isNotEmpty();
        return found;
    }

    /** The documents' own files: truths can be alike (a type and no fields), the documents cannot. */
    private static List<String> pictures(List<GeneratedDocument> batch) throws IOException {
        List<String> digests = new ArrayList<>();
        for (GeneratedDocument document : batch) {
            digests.add(Sha256.of(Files.readAllBytes(document.file())));
        }
        return digests;
    }

    private static List<String> digests(List<GeneratedDocument> batch) throws IOException {
        List<String> digests = new ArrayList<>();
        for (GeneratedDocument document : batch) {
            for (Path file : List.of(document.file(), document.truthJson(), document.truthText())) {
                digests.add(Sha256.of(Files.readAllBytes(file)));
            }
        }
        return digests;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
