package dev.loupe.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.WorkItem;
import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.PiiKind;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.media.MediaTypes;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole annotator, with Loupe's own trained models and real OCR, over real files. */
class LocalDocumentAnnotatorTest {
    private static DocumentAnnotator annotator;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        TestModels.trained();
        annotator = LocalAnnotators.open(AnnotatorSettings.defaults().withModels(TestModels.STORE.root()),
                message -> { });
    }

    @AfterAll
    static void close() {
        annotator.close();
    }

    @Test
    void aScannedClaimFormGetsItsTypeFieldsAndPersonalDataEachSayingWhichModelMadeIt() throws IOException {
        GeneratedDocument scan = first(GeneratedDocument.CLAIM_FORM, MediaTypes.PNG);

        DocumentAnnotation annotation = annotate(scan.file(), scan.mediaType());

        assertThat(annotation.status()).isEqualTo(AnnotationStatus.COMPLETE);
        assertThat(annotation.type().type()).isEqualTo(DocumentType.CLAIM_FORM);
        assertThat(annotation.type().model().name()).isEqualTo("doc-type");
        assertThat(annotation.fields()).extracting(Field::name).containsExactlyElementsOf(
                DocumentType.CLAIM_FORM.fields());
        Field claimant = annotation.field(FieldName.CLAIMANT_NAME).orElseThrow();
        assertThat(claimant.value()).isEqualTo(scan.fields().get("claimant_name"));
        assertThat(claimant.model().name()).isEqualTo("field-tagger");
        assertThat(claimant.words()).allSatisfy(word -> assertThat(claimant.box().iou(
                annotation.words().get(word).box().union(claimant.box()))).isGreaterThan(0));
        assertThat(annotation.field(FieldName.DATE_OF_LOSS).orElseThrow().value())
                .isEqualTo(scan.fields().get("date_of_loss"));
        assertThat(annotation.words()).allSatisfy(word -> assertThat(word.model().name()).isEqualTo("tesseract"));
        assertThat(annotation.pii()).anySatisfy(span -> {
            assertThat(span.kind()).isEqualTo(PiiKind.PERSON_NAME);
            assertThat(span.words()).containsAnyElementsOf(claimant.words());
        });
        assertThat(annotation.models()).extracting(m -> m.name())
                .contains("tesseract", "doc-type", "field-tagger", "pii-rules");
    }

    @Test
    void aPdfReceiptIsReadFromItsTextLayerWithItsTotalAndCurrency() throws IOException {
        GeneratedDocument pdf = first(GeneratedDocument.RECEIPT, MediaTypes.PDF);

        DocumentAnnotation annotation = annotate(pdf.file(), pdf.mediaType());

        assertThat(annotation.type().type()).isEqualTo(DocumentType.RECEIPT);
        Field total = annotation.field(FieldName.TOTAL).orElseThrow();
        assertThat(total.value()).isEqualTo(pdf.fields().get("total"));
        assertThat(total.currency()).isEqualTo(pdf.fields().getOrDefault("currency", ""));
        assertThat(total.check()).isEqualTo(FieldCheck.VALID);
    }

    @Test
    void aPhotographWithoutTextIsADamagePhotoNotAnUnreadablePage() throws IOException {
        DocumentAnnotation annotation = annotate(
                dev.loupe.inference.ocr.TestDocumentsAccess.photo(folder.resolve("door.jpg")), MediaTypes.JPEG);

        assertThat(annotation.status()).isEqualTo(AnnotationStatus.COMPLETE);
        assertThat(annotation.type().type()).isEqualTo(DocumentType.DAMAGE_PHOTO);
        assertThat(annotation.fields()).isEmpty();
    }

    @Test
    void aBlankPageIsUnreadableWithASentence() throws IOException {
        DocumentAnnotation annotation = annotate(
                dev.loupe.inference.ocr.TestDocumentsAccess.blank(folder.resolve("blank.png")), MediaTypes.PNG);

        assertThat(annotation.status()).isEqualTo(AnnotationStatus.UNREADABLE);
        assertThat(annotation.type()).isNull();
        assertThat(annotation.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("No text could be read in 'blank.png'"));
    }

    @Test
    void anItemIsPreAnnotatedInTheReadyBufferAndGoesAheadSayingWhyWhileModelsAreNotReady()
            throws IOException {
        GeneratedDocument pdf = first(GeneratedDocument.RECEIPT, MediaTypes.PDF);
        ReadyItem item = readyItem(pdf);

        ReadyItem prepared = new AnnotatingPreparation(() -> Optional.of(annotator), () -> "unused").prepare(item);
        ReadyItem notYet = new AnnotatingPreparation(Optional::empty, () -> "The models are still loading.")
                .prepare(item);

        assertThat(prepared.annotations()).singleElement().satisfies(annotation ->
                assertThat(annotation.type().type()).isEqualTo(DocumentType.RECEIPT));
        assertThat(notYet.annotations()).singleElement().satisfies(annotation -> {
            assertThat(annotation.status()).isEqualTo(AnnotationStatus.PARTIAL);
            assertThat(annotation.type()).isNull();
            assertThat(annotation.fields()).isEmpty();
            assertThat(annotation.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo("models-not-ready");
                assertThat(problem.message()).isEqualTo("The models are still loading.");
            });
        });
    }

    /** A fault injected into the models: the item is still reviewed, without suggestions, and says why. */
    @Test
    void aModelThatFailsLeavesTheItemReviewableAndSaysSo() throws IOException {
        GeneratedDocument pdf = first(GeneratedDocument.RECEIPT, MediaTypes.PDF);
        DocumentAnnotator broken = new DocumentAnnotator() {
            @Override
            public DocumentAnnotation annotate(Path file, String mediaType, String name) {
                throw new IllegalStateException("the field tagger ran out of memory");
            }

            @Override
            public void close() {
            }
        };

        ReadyItem prepared = new AnnotatingPreparation(() -> Optional.of(broken), () -> "unused")
                .prepare(readyItem(pdf));

        assertThat(prepared.annotations()).singleElement().satisfies(annotation -> {
            assertThat(annotation.status()).isEqualTo(AnnotationStatus.PARTIAL);
            assertThat(annotation.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.code()).isEqualTo("model-failed");
                assertThat(problem.message()).contains("the field tagger ran out of memory")
                        .endsWith("Review it without suggestions.");
            });
        });
    }

    private GeneratedDocument first(String type, String mediaType) throws IOException {
        return SyntheticDocuments.only(List.of(type)).generate(folder, 8, 99).stream()
                .filter(document -> document.mediaType().equals(mediaType)).findFirst().orElseThrow();
    }

    private static DocumentAnnotation annotate(Path file, String mediaType) {
        return annotator.annotate(file, mediaType, file.getFileName().toString());
    }

    private static ReadyItem readyItem(GeneratedDocument document) throws IOException {
        Asset asset = new Asset("a".repeat(64), document.mediaType(), document.file().getFileName().toString(),
                Files.size(document.file()));
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        WorkItem item = new WorkItem("it-1", "receipts", ItemKind.DOCUMENT, 1, now.plusSeconds(3600),
                ItemState.LEASED, now, List.of(asset), Map.of());
        return new ReadyItem(new Lease("ls-1", 1, now.plusSeconds(300), item), List.of(document.file()), "");
    }
}
