package dev.loupe.media.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedicalReportTest {
    private static final List<Face> ALL_FACES = List.of(Face.SANS, Face.MONO, Face.SERIF);

    @TempDir
    Path dir;

    @Test
    void eachLayoutTagsExactlyThePrintedPatientDateOfServiceAndTotal() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            MedicalReport report = MedicalReport.random(random);
            Map<String, String> printed = Map.of("patient_name", report.patientName(),
                    "date_of_service", report.dateOfServicePrinted(),
                    "total", report.conventions().money(report.total()));
            assertThat(InvoiceTest.tagged(List.of(MedicalStatement.layout(report, ALL_FACES, random))))
                    .as("seed %d, statement", seed).isEqualTo(printed);
            assertThat(InvoiceTest.tagged(List.of(MedicalLetter.layout(report, ALL_FACES, random))))
                    .as("seed %d, letter", seed).isEqualTo(printed);
        }
    }

    @Test
    void theTruthIsTheDayOfServiceNotTheBirthDateAndThePlainTotal() {
        for (int seed = 0; seed < 100; seed++) {
            MedicalReport report = MedicalReport.random(new Random(seed));
            Map<String, String> truth = report.truth();

            assertThat(truth.keySet()).containsSubsequence("patient_name", "date_of_service", "total");
            assertThat(LocalDate.parse(truth.get("date_of_service"))).isEqualTo(report.dateOfService());
            assertThat(report.dateOfBirthPrinted()).isNotEqualTo(report.dateOfServicePrinted());
            assertThat(truth.get("total")).matches("\\d+\\.\\d{2}");
            assertThat(report.charges()).isNotEmpty();
            assertThat(truth.get("currency")).isEqualTo(report.conventions().currency().orElse(null));
        }
    }

    @Test
    void everyReportIsOnePageWithEveryWordOnIt() {
        for (int seed = 0; seed < 100; seed++) {
            Composed composed = MedicalReport.compose(new Random(seed), new Medium(ALL_FACES, 1, 2));

            assertThat(composed.pages()).hasSize(1);
            InvoiceTest.assertWordsOnPage(composed.pages().get(0).words(Optional.empty()));
        }
    }

    @Test
    void theGeneratorWritesReportsAsPdfsAndPngsWithThePrintedValuesInTheirText() throws IOException {
        List<GeneratedDocument> documents = SyntheticDocuments.only(List.of("medical_report")).generate(dir, 6, 5);

        assertThat(documents).extracting(GeneratedDocument::docType).containsOnly(GeneratedDocument.MEDICAL_REPORT);
        assertThat(documents).extracting(GeneratedDocument::format).contains("pdf", "png");
        for (GeneratedDocument document : documents) {
            assertThat(document.file().getFileName().toString()).startsWith("medical-");
            String text = Files.readString(document.truthText(), StandardCharsets.UTF_8);
            assertThat(text).contains(document.fields().get("patient_name"));
            assertThat(text.replaceAll("[^0-9]", "")).contains(document.fields().get("total").replace(".", ""));
        }
    }
}
