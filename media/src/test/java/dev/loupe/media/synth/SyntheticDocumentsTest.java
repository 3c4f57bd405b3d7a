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
import java.util.List;
import java.util.Map;
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

    @TempDir
    static Path batch;

    private static List<GeneratedDocument> documents;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateABatch() throws IOException {
        documents = new SyntheticDocuments().generate(batch, 8, SEED);
    }

    @Test
    void writesTheRequestedNumberOfDocumentsEachWithItsTruth() throws IOException {
        assertThat(documents).hasSize(8);
        try (Stream<Path> files = Files.list(batch)) {
            assertThat(files.count()).isEqualTo(8 * 3);
        }
        for (int i = 0; i < documents.size(); i++) {
            GeneratedDocument document = documents.get(i);
            String name = document.file().getFileName().toString();
            assertThat(name).matches((document.docType().equals("receipt") ? "receipt" : "claim")
                    + String.format("-%04d", i + 1) + "\\.(pdf|png)");
            assertThat(document.truthJson()).exists().hasFileName(name.replaceAll("\\.\\w+$", ".json"));
            assertThat(document.truthText()).exists().hasFileName(name.replaceAll("\\.\\w+$", ".txt"));
            assertThat(MediaTypes.fromFileName(name)).contains(document.mediaType());
        }
        assertThat(new SyntheticDocuments().generate(dir, 0, SEED)).isEmpty();
        assertThatThrownBy(() -> new SyntheticDocuments().generate(dir, -1, SEED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyTypeAppearsInEveryFormat() {
        Map<String, List<String>> formatsByType = documents.stream().collect(Collectors.groupingBy(
                GeneratedDocument::docType, Collectors.mapping(GeneratedDocument::mediaType, Collectors.toList())));

        assertThat(formatsByType).containsOnlyKeys("claim_form", "receipt");
        assertThat(formatsByType.get("claim_form")).contains(MediaTypes.PDF, MediaTypes.PNG);
        assertThat(formatsByType.get("receipt")).contains(MediaTypes.PDF, MediaTypes.PNG);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        List<GeneratedDocument> again = new SyntheticDocuments().generate(dir.resolve("again"), 3, SEED);
        List<GeneratedDocument> other = new SyntheticDocuments().generate(dir.resolve("other"), 2, SEED + 1);

        assertThat(digests(again)).containsExactlyElementsOf(digests(documents.subList(0, 3)));
        assertThat(digests(other)).doesNotContainAnyElementsOf(digests(documents));
    }

    @Test
    void theTruthJsonHoldsTheTypeAndNormalisedFields() throws IOException {
        for (GeneratedDocument document : documents) {
            JsonNode truth = Json.mapper().readTree(document.truthJson().toFile());
            assertThat(truth.path("type").asText()).isEqualTo(document.docType());
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            truth.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
            assertThat(fields).isEqualTo(document.fields());

            List<String> expected = document.docType().equals("claim_form")
                    ? List.of("claim_number", "policy_number", "claimant_name", "date_of_loss", "total")
                    : List.of("vendor", "date", "total");
            assertThat(fields).containsKeys(expected.toArray(String[]::new));
            String date = fields.getOrDefault("date_of_loss", fields.get("date"));
            assertThat(LocalDate.parse(date)).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
            assertThat(fields.get("total")).matches("\\d+\\.\\d{2}");
            if (fields.containsKey("currency")) {
                assertThat(fields.get("currency")).isIn("USD", "EUR", "GBP");
            }
        }
    }

    @Test
    void aPdfsTextLayerHoldsEveryTruthLineAndTheFieldsAsPrinted() throws IOException {
        for (GeneratedDocument document : pdfs()) {
            String layer;
            try (PDDocument pdf = Loader.loadPDF(document.file().toFile())) {
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
                    .filter(field -> List.of("claim_number", "policy_number", "claimant_name", "vendor")
                            .contains(field.getKey()))
                    .forEach(field -> assertThat(layer).contains(field.getValue()));
            assertThat(layer.replaceAll("[^0-9]", ""))
                    .contains(document.fields().get("total").replace(".", ""));
        }
    }

    @Test
    void aScannedPngRendersAsALetterOrA4PageAt150Dpi() {
        GeneratedDocument scan = documents.stream()
                .filter(d -> d.mediaType().equals(MediaTypes.PNG)).findFirst().orElseThrow();
        try (PageSource source = new DocumentRenderer().open(scan.file(), scan.mediaType())) {
            PageImage page = source.render(0, 150);
            assertThat(List.of(page.width(), page.height())).isIn(List.of(1275, 1650), List.of(1240, 1754));
        }
    }

    private static List<GeneratedDocument> pdfs() {
        List<GeneratedDocument> pdfs = documents.stream()
                .filter(d -> d.mediaType().equals(MediaTypes.PDF)).toList();
        assertThat(pdfs).isNotEmpty();
        return pdfs;
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
